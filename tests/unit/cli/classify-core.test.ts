import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { ClassifierConfig, ClassifierInput } from '../../../lib/classifier/types';

// A stand-in classifier: escalates text containing "person" (human_request) or "broken"
// (complaint, plus emotional when it also says "sad"), and records the config it was given.
const configs: ClassifierConfig[] = [];
vi.mock('../../../lib/classifier/index', () => ({
  classify: (input: ClassifierInput, config: ClassifierConfig) => {
    configs.push(config);
    if (/person|pessoa|persona|humano/i.test(input.text)) {
      return {
        escalate: true,
        category: 'human_request',
        categories: ['human_request'],
        score: 0.9,
        lang: 'en',
        reasons: ['asks for a person'],
      };
    }
    if (/broken/i.test(input.text)) {
      const categories = /sad/.test(input.text) ? ['complaint', 'emotional'] : ['complaint'];
      return {
        escalate: true,
        category: 'complaint',
        categories,
        score: 0.75,
        lang: 'en',
        reasons: ['says it is broken', `history: ${input.history?.length ?? 0}`],
      };
    }
    return {
      escalate: false,
      category: null,
      categories: [],
      score: 0.05,
      lang: 'en',
      reasons: [],
    };
  },
}));

const { runClassify } = await import('../../../scripts/classify-core');

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../fixtures/exports/${name}`, import.meta.url))),
  );

function run(args: string[], stdin = '', files: Record<string, string | Uint8Array> = {}) {
  return runClassify(args, {
    readStdin: () => strToU8(stdin),
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return typeof file === 'string' ? strToU8(file) : file;
    },
  });
}

describe('JSON Lines', () => {
  it('writes one line per input, in order, with exactly the contract fields', () => {
    const input = [
      '{"id": "a", "text": "I want a person"}',
      '{"id": 2, "text": "it arrived broken", "history": [{"from": "owner", "text": "hi"}]}',
      '{"text": "thanks"}',
    ].join('\n');
    const result = run([], input);
    expect(result).toEqual({
      stdout: [
        '{"id":"a","escalate":true,"category":"human_request","categories":["human_request"],"score":0.9,"lang":"en","reasons":["asks for a person"]}',
        '{"id":2,"escalate":true,"category":"complaint","categories":["complaint"],"score":0.75,"lang":"en","reasons":["says it is broken","history: 1"]}',
        '{"id":null,"escalate":false,"category":null,"categories":[],"score":0.05,"lang":"en","reasons":[]}',
      ],
      stderr: [],
      exitCode: 0,
    });
  });

  it('reports bad lines by number, classifies the rest and exits 1', () => {
    const input = [
      '{"id": "1", "text": "ok"}',
      '',
      'not json',
      '{"id": "4"}',
      '{"id": "5", "text": 42}',
      '["text"]',
      '{"id": "7", "text": "x", "history": [{"from": "bot", "text": "y"}]}',
      '{"id": "8", "text": "a person please"}',
    ].join('\r\n');
    const result = run(['-'], input);
    expect(result.stdout.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['1', '8']);
    expect(result.stderr).toEqual([
      expect.stringMatching(/^line 3: not valid JSON: /) as string,
      'line 4: missing "text"',
      'line 5: "text" must be a string',
      'line 6: expected an object like {"id": "1", "text": "..."}',
      'line 7: "history" must be a list of {"from": "customer" or "owner", "text": "..."}',
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('reads FILE instead of standard input', () => {
    const result = run(['in.jsonl'], 'ignored', { 'in.jsonl': '{"id":"f","text":"hello"}\n' });
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toContain('"id":"f"');
  });

  it('empty input: no output, exit 0', () => {
    expect(run([], '\n\n')).toEqual({ stdout: [], stderr: [], exitCode: 0 });
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['--verbose'], 'classify: unknown option --verbose'],
    [['--config'], 'classify: --config needs a value'],
    [['a.jsonl', 'b.jsonl'], 'classify: only one FILE, got a.jsonl and b.jsonl'],
    [
      ['missing.jsonl'],
      "classify: cannot read missing.jsonl: ENOENT: no such file or directory, open 'missing.jsonl'",
    ],
    [
      ['--config', 'nope.json'],
      "classify: cannot read settings nope.json: ENOENT: no such file or directory, open 'nope.json'",
    ],
  ])('%j', (args, message) => {
    const result = run(args, '{"text":"x"}');
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr[0]).toBe(message);
  });

  it('refuses a config that is not JSON', () => {
    const result = run(['--config', 's.json'], '', { 's.json': '{ nope' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr[0]).toMatch(/^classify: cannot read settings s\.json: /);
  });

  it('refuses an invalid settings document, naming the field', () => {
    const result = run(['--config', 's.json'], '{"text":"x"}', {
      's.json': '{"bulkMinQuantity": "lots"}',
    });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr.join('\n')).toContain('bulkMinQuantity');
  });

  it('--help prints the usage and exits 0', () => {
    const result = run(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout[0]).toMatch(/^usage: npm run --silent classify -- /);
  });
});

describe('--config', () => {
  it('passes knowledge base, triggers and bulk quantity to the classifier', () => {
    configs.length = 0;
    const settings = {
      knowledgeBase: [{ question: 'Do you ship?', answer: 'Yes' }],
      bulkMinQuantity: 300,
    };
    run(['--config', 's.json'], '{"text":"hi"}', { 's.json': JSON.stringify(settings) });
    expect(configs[0]?.knowledgeBase).toEqual(settings.knowledgeBase);
    expect(configs[0]?.bulkMinQuantity).toBe(300);
    expect(Object.keys(configs[0]?.triggers ?? {}).sort()).toEqual([
      'complaint',
      'emotional',
      'high_value',
      'human_request',
      'knowledge_gap',
    ]);
  });
});

describe('WhatsApp chat exports', () => {
  it('prints a readable report per conversation', () => {
    const result = run(['chat.txt'], '', { 'chat.txt': fixture('iphone-es-group.txt') });
    expect(result).toEqual({
      stdout: [
        'chat.txt: 7 messages from Carmen Ruiz, Diego Martín, Elena Vidal',
        'Owner: Carmen Ruiz (guessed: the one who wrote the most messages; choose with --owner)',
        'Would escalate: 1 of 4 customer messages',
        '',
        'Conversation with Diego Martín: none of 2 messages would escalate',
        '',
        'Conversation with Elena Vidal: 1 of 2 messages would escalate',
        '  2025-01-05 10:04  human_request  score 0.90  "¿Puedo hablar con una persona?"',
        '      - asks for a person',
      ],
      stderr: [],
      exitCode: 0,
    });
  });

  it('uses the owner name from --config to tell the owner apart', () => {
    const chat =
      '01/02/2025, 10:00 - Marta: hello\n01/02/2025, 10:01 - Tom: it is broken and I am sad\n';
    const result = run(['--config', 's.json', 'chat.txt'], '', {
      's.json': '{"ownerName": "Marta"}',
      'chat.txt': chat,
    });
    expect(result.stdout).toEqual([
      'chat.txt: 2 messages from Marta, Tom',
      'Owner: Marta (matches "Marta" from the settings; choose with --owner)',
      'Would escalate: 1 of 1 customer messages',
      '',
      'Conversation with Tom: 1 of 1 messages would escalate',
      '  2025-02-01 10:01  complaint (+ emotional)  score 0.75  "it is broken and I am sad"',
      '      - says it is broken',
      '      - history: 1',
    ]);
  });

  it('--json writes one line per message that would escalate', () => {
    const zip = zipSync({
      '_chat.txt': fixture('iphone-pt.txt'),
      '00000001-PHOTO.jpg': new Uint8Array([1]),
    });
    const result = run(['--json', '--owner', 'Marta Bolsas', 'export.zip'], '', {
      'export.zip': zip,
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.map((l) => JSON.parse(l) as unknown)).toEqual([
      {
        conversation: 'Rafael Costa',
        owner: 'Marta Bolsas',
        at: '2024-12-31T21:42:00',
        text: 'Posso falar com um humano?',
        escalate: true,
        category: 'human_request',
        categories: ['human_request'],
        score: 0.9,
        lang: 'en',
        reasons: ['asks for a person'],
      },
    ]);
  });

  it('recognises an export piped on standard input', () => {
    const result = run(
      [],
      '31/12/2024 21:43 - Bia: falar com uma pessoa\n31/12/2024 21:44 - Marta: oi',
    );
    expect(result.stdout[1]).toBe(
      'Owner: Marta (guessed: the one who did not start the chat; choose with --owner)',
    );
  });

  it.each([
    [
      ['--owner', 'Zé', 'c.txt'],
      { 'c.txt': fixture('android-pt.txt') },
      2,
      'classify: owner "Zé" is not one of the chat\'s authors: Beatriz Lima, Marta Bolsas',
    ],
    [
      ['p.zip'],
      { 'p.zip': zipSync({ 'IMG.jpg': new Uint8Array([1]) }) },
      2,
      'classify: p.zip: the zip has no chat text (expected _chat.txt, "WhatsApp Chat with ….txt" or Instagram\'s messages/inbox/…/message_1.json)',
    ],
    [
      ['e.zip'],
      { 'e.zip': strToU8('hello') },
      2,
      'classify: e.zip: not a readable zip file (invalid zip data)',
    ],
    [
      ['n.zip'],
      { 'n.zip': zipSync({ '_chat.txt': strToU8('nothing here') }) },
      1,
      'classify: n.zip: no WhatsApp messages found',
    ],
  ])('%j fails clearly', (args, files, exitCode, message) => {
    const result = run(args, '', files);
    expect(result.exitCode).toBe(exitCode);
    expect(result.stderr).toEqual([message]);
  });
});

describe('--messages', () => {
  it('prints every message in file order with its role, and the classification of customer ones', () => {
    const chat = [
      '12/07/2017, 22:35 - Les messages et les appels sont chiffrés de bout en bout.',
      '12/07/2017, 22:35 - Lucie Marin: bonjour',
      'je voudrais parler à une personne',
      '12/07/2017, 22:36 - Lucie Marin: <Médias omis>',
      '12/07/2017, 22:37 - Lucie Marin: Ce message a été supprimé.',
      '13/07/2017, 09:12 - Atelier Rose: Bonjour Lucie',
    ].join('\n');
    const result = run(['--messages', '--owner', 'Atelier Rose', 'chat.txt'], '', {
      'chat.txt': chat,
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.map((l) => JSON.parse(l) as unknown)).toEqual([
      {
        conversation: 'Lucie Marin',
        at: '2017-07-12T22:35:00',
        author: 'Lucie Marin',
        text: 'bonjour\nje voudrais parler à une personne',
        media: false,
        role: 'customer',
        escalate: true,
        category: 'human_request',
        reasons: ['asks for a person'],
      },
      {
        conversation: 'Lucie Marin',
        at: '2017-07-12T22:36:00',
        author: 'Lucie Marin',
        text: '',
        media: true,
        role: 'customer',
        escalate: false,
        category: null,
        reasons: [],
      },
      {
        conversation: 'Lucie Marin',
        at: '2017-07-13T09:12:00',
        author: 'Atelier Rose',
        text: 'Bonjour Lucie',
        media: false,
        role: 'owner',
      },
    ]);
  });

  it('streams its lines to the writer when there is one', () => {
    const written: string[] = [];
    const result = runClassify(['--messages', 'chat.txt'], {
      readStdin: () => new Uint8Array(),
      readFile: () => strToU8('01/02/2025, 10:00 - Tom: hi\n01/02/2025, 10:01 - Marta: hello'),
      writeLines: (lines) => written.push(...lines),
    });
    expect(result.stdout).toEqual([]);
    expect(written.map((l) => (JSON.parse(l) as { role: string }).role)).toEqual([
      'customer',
      'owner',
    ]);
  });
});

/** Each UTF-8 byte as a Latin-1 code point, as Instagram's download writes text. */
const mojibake = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe('Instagram downloads', () => {
  const thread = (name: string, text: string, at: number) =>
    strToU8(
      JSON.stringify({
        participants: [{ name: mojibake(name) }, { name: 'Loja Sol' }],
        title: mojibake(name),
        messages: [
          { sender_name: 'Loja Sol', timestamp_ms: at + 60_000, content: 'Olá!' },
          { sender_name: mojibake(name), timestamp_ms: at, content: mojibake(text) },
        ],
      }),
    );

  it('reads one message_1.json, with the text fixed, in --messages', () => {
    const result = run(['--messages', '--owner', 'Loja Sol', 'message_1.json'], '', {
      'message_1.json': thread(
        'Lúcia Prado',
        'quero falar com uma pessoa',
        Date.UTC(2024, 2, 1, 10),
      ),
    });
    expect(result.stdout.map((l) => JSON.parse(l) as unknown)).toEqual([
      {
        conversation: 'Lúcia Prado',
        at: '2024-03-01T10:00:00',
        author: 'Lúcia Prado',
        text: 'quero falar com uma pessoa',
        media: false,
        role: 'customer',
        escalate: true,
        category: 'human_request',
        reasons: ['asks for a person'],
      },
      {
        conversation: 'Lúcia Prado',
        at: '2024-03-01T10:01:00',
        author: 'Loja Sol',
        text: 'Olá!',
        media: false,
        role: 'owner',
      },
    ]);
  });

  it('reports on the whole zip, one conversation per thread, the account holder as owner', () => {
    const zip = zipSync({
      'your_instagram_activity/messages/inbox/lucia_1/message_1.json': thread(
        'Lúcia Prado',
        'está broken',
        Date.UTC(2024, 2, 1, 10),
      ),
      'your_instagram_activity/messages/inbox/rui_2/message_1.json': thread(
        'Rui Paz',
        'obrigado',
        Date.UTC(2024, 2, 2, 10),
      ),
    });
    const result = run(['instagram.zip'], '', { 'instagram.zip': zip });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.slice(0, 3)).toEqual([
      'instagram.zip: 4 messages from Lúcia Prado, Loja Sol, Rui Paz',
      'Owner: Loja Sol (the account holder: in every Instagram thread; choose with --owner)',
      'Would escalate: 1 of 2 customer messages',
    ]);
    expect(result.stdout).toContain(
      'Conversation with Lúcia Prado: 1 of 1 messages would escalate',
    );
    expect(result.stdout).toContain('Conversation with Rui Paz: none of 1 messages would escalate');
  });
});
