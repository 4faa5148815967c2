import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { relearn } from '@/lib/background/learning';
import { classify } from '@/lib/classifier/index';
import type { Classification } from '@/lib/classifier/types';
import { addVerdict } from '@/lib/db/verdicts';
import { withAdaptation } from '@/lib/learning/index';
import { defaultSettings } from '@/lib/settings/defaults';
import { toClassifierConfig } from '@/lib/settings/validate';
import { parseVerdictLines } from '../../../scripts/classify-feedback';
import { runClassify } from '../../../scripts/classify-core';
import { freshDb } from '../db/helpers';

// The real classifier and the real learning code: this is the contract the owner relies on.
const DISMISSED = 'I want to speak to a manager, the cake was dry';
const MISSED = 'the loaf was still frozen in the middle when we cut it';
const UNRELATED = 'can I talk to a manager please';

const jsonl = (...rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n');

function run(args: string[], files: Record<string, string>, stdin = '') {
  return runClassify(args, {
    readStdin: () => strToU8(stdin),
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return strToU8(file);
    },
  });
}

const results = (stdout: string[]) =>
  stdout.map((line) => JSON.parse(line) as Classification & { id: unknown });

const INPUT = jsonl(
  { id: 'same', text: DISMISSED },
  { id: 'near', text: 'Hello, the loaf was still frozen in the middle when we cut it 😕' },
  { id: 'other', text: UNRELATED },
);

describe('parseVerdictLines', () => {
  it('reads good lines in order and skips blank ones', () => {
    const parsed = parseVerdictLines(
      `\ufeff${jsonl({ text: 'a', category: null })}\n\n${jsonl({
        text: 'b',
        category: 'complaint',
        history: [{ from: 'owner', text: 'hi' }],
        id: 'extra fields are allowed',
      })}\r\n`,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.verdicts).toEqual([
      { text: 'a', category: null },
      { text: 'b', category: 'complaint', history: [{ from: 'owner', text: 'hi' }] },
    ]);
  });

  it('reports each bad line with its line number and keeps the others', () => {
    const lines = [
      '{"text": "good", "category": "emotional"}',
      'not json',
      '[1, 2]',
      '{"category": null}',
      '{"text": 3, "category": null}',
      '{"text": "  ", "category": null}',
      `{"text": "${'x'.repeat(4001)}", "category": null}`,
      '{"text": "no category"}',
      '{"text": "x", "category": "angry"}',
      '{"text": "x", "category": null, "history": [{"from": "bot", "text": "x"}]}',
      `{"text": "x", "category": null, "history": ${JSON.stringify(
        Array.from({ length: 11 }, () => ({ from: 'owner', text: 'x' })),
      )}}`,
      '{"text": "also good", "category": null}',
    ];
    const parsed = parseVerdictLines(lines.join('\n'));
    expect(parsed.verdicts).toEqual([
      { text: 'good', category: 'emotional' },
      { text: 'also good', category: null },
    ]);
    expect(parsed.errors.map((e) => e.replace(/: .*/s, ''))).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `line ${n}`),
    );
    expect(parsed.errors[2]).toBe('line 4: missing "text"');
    expect(parsed.errors[5]).toBe('line 7: "text" is longer than 4000 characters');
    expect(parsed.errors[6]).toContain('missing "category"');
    expect(parsed.errors[7]).toContain('"category" must be "human_request", "complaint"');
    expect(parsed.errors[9]).toBe('line 11: "history" has more than 10 turns');
  });
});

describe('npm run classify -- --feedback FILE', () => {
  it('learns from the verdicts, then classifies: dismissed wording quiet, missed wording flagged', () => {
    const plain = run(['in.jsonl'], { 'in.jsonl': INPUT });
    expect(plain.exitCode).toBe(0);
    expect(results(plain.stdout).map((r) => r.categories)).toEqual([
      ['human_request'],
      [],
      ['human_request'],
    ]);

    const learned = run(['--feedback', 'v.jsonl', 'in.jsonl'], {
      'in.jsonl': INPUT,
      'v.jsonl': jsonl(
        { text: DISMISSED, category: null },
        { text: MISSED, category: 'complaint' },
      ),
    });
    expect(learned.stderr).toEqual([]);
    expect(learned.exitCode).toBe(0);
    const [same, near, other] = results(learned.stdout);
    expect(same).toMatchObject({ id: 'same', escalate: false, category: null, categories: [] });
    expect(near).toMatchObject({
      id: 'near',
      escalate: true,
      category: 'complaint',
      reasons: ['complaint, like messages you marked as needing you'],
    });
    // One dismissal does not silence its phrase family: another "manager" request is unchanged.
    expect(other).toEqual(results(plain.stdout)[2]);
  });

  it('reports a bad verdict line on standard error with its number, exits 1, and uses the others', () => {
    const result = run(
      ['--feedback=v.jsonl'],
      {
        'v.jsonl': [
          '{"text": "oops", "category": "angry"}',
          '',
          JSON.stringify({ text: DISMISSED, category: null }),
          '{"text": "no category at all"}',
        ].join('\n'),
      },
      jsonl({ id: 1, text: DISMISSED }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toHaveLength(2);
    expect(result.stderr[0]).toMatch(/^v\.jsonl line 1: "category" must be /);
    expect(result.stderr[1]).toMatch(/^v\.jsonl line 4: missing "category"/);
    expect(results(result.stdout)).toMatchObject([{ id: 1, escalate: false, categories: [] }]);
  });

  it('learns exactly what the extension learns from the same verdicts and settings', async () => {
    const settings = defaultSettings();
    settings.triggers.emotional.enabled = false;
    const verdicts = [
      { text: DISMISSED, category: null, history: [] },
      {
        text: MISSED,
        category: 'complaint' as const,
        history: [{ from: 'owner' as const, text: 'your order is ready' }],
      },
      {
        text: 'my grandmother passed away, the cake was for her',
        category: 'emotional' as const,
        history: [],
      },
    ];
    const { db } = freshDb();
    for (const v of verdicts) {
      await addVerdict(db, { ...v, kind: 'needs_me', platform: 'whatsapp', customer: 'Ana' }, 1);
    }
    const extension = withAdaptation(classify, await relearn(db, settings, 1));
    const inputs = [
      DISMISSED,
      'Hello, the loaf was still frozen in the middle when we cut it 😕',
      'my grandmother passed away, the cake was for her',
      UNRELATED,
      'do you deliver on Sundays?',
    ];
    const config = toClassifierConfig(settings);
    const result = run(['--config', 's.json', '--feedback', 'v.jsonl', 'in.jsonl'], {
      's.json': JSON.stringify({ triggers: { emotional: { enabled: false } } }),
      'v.jsonl': jsonl(...verdicts),
      'in.jsonl': jsonl(...inputs.map((text, id) => ({ id, text }))),
    });
    expect(result.stderr).toEqual([]);
    expect(results(result.stdout)).toEqual(
      inputs.map((text, id) => ({ id, ...extension({ text }, config) })),
    );
    // The switched-off category stays off even though a verdict asked for it.
    expect(results(result.stdout)[2]?.categories).not.toContain('emotional');
    expect(results(result.stdout)[0]?.escalate).toBe(false);
  });

  it('applies to chat exports too', () => {
    const chat = [
      '12/03/2025 10:15 - Ana Costa: Hi! I want to speak to a manager, the cake was dry',
      '12/03/2025 10:20 - Doce Casa: Hi Ana, sorry to hear that',
    ].join('\n');
    const plain = run(['--json', '--owner', 'Doce Casa', 'chat.txt'], { 'chat.txt': chat });
    expect(plain.stdout.length).toBe(1);
    const learned = run(['--json', '--owner', 'Doce Casa', '--feedback', 'v.jsonl', 'chat.txt'], {
      'chat.txt': chat,
      'v.jsonl': jsonl({ text: DISMISSED, category: null }),
    });
    expect(learned.exitCode).toBe(0);
    expect(learned.stdout).toEqual([]);
  });

  it('an unreadable verdicts file is a usage error', () => {
    const result = run(['--feedback', 'missing.jsonl'], {}, jsonl({ id: 1, text: 'hi' }));
    expect(result.exitCode).toBe(2);
    expect(result.stderr[0]).toMatch(/^classify: cannot read verdicts missing\.jsonl: ENOENT/);
    expect(result.stdout).toEqual([]);
  });
});
