import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the real command (npx tsx scripts/classify.ts, as `npm run classify` does) with the real
// classifier, so only classifier-independent facts are asserted, plus one plain request for a person.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'classify-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function classifyCommand(args: string[], input?: string) {
  const result = spawnSync('npx', ['tsx', 'scripts/classify.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

// Each test starts a real process (tsx compiles on start), which takes seconds on a loaded 2-core machine.
describe('npm run classify (spawned)', { timeout: 60_000 }, () => {
  it('classifies a JSON Lines file, reporting bad lines by number', () => {
    const file = join(dir, 'input.jsonl');
    writeFileSync(
      file,
      [
        '{"id": "pt-1", "text": "Quero falar com um atendente humano, por favor"}',
        '{"id": "en-2", "text": "Thanks, see you tomorrow"}',
        'this is not json',
        '{"id": "no-text"}',
        '{"id": "es-5", "text": "¿Tenéis envío a Sevilla?", "history": [{"from": "owner", "text": "¡Hola!"}]}',
      ].join('\n'),
    );
    const { stdout, stderr, status } = classifyCommand([file]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['id'])).toEqual(['pt-1', 'en-2', 'es-5']);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual([
        'id',
        'escalate',
        'category',
        'categories',
        'score',
        'lang',
        'reasons',
      ]);
    }
    expect(lines[0]).toMatchObject({ escalate: true, category: 'human_request' });
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^line 3: not valid JSON: /) as string,
      'line 4: missing "text"',
    ]);
    expect(status).toBe(1);
  });

  it('reads standard input and exits 0 when every line is good', () => {
    const { stdout, stderr, status } = classifyCommand([], '{"id":"x","text":"hello"}\n');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('exits 2 on an unknown option', () => {
    const { stdout, stderr, status } = classifyCommand(['--frobnicate']);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^classify: unknown option --frobnicate\nusage: /);
    expect(status).toBe(2);
  });

  it('learns from --feedback verdicts, reporting a bad verdict line by number', () => {
    const verdicts = join(dir, 'verdicts.jsonl');
    writeFileSync(
      verdicts,
      [
        '{"text": "Quero falar com um atendente humano, por favor", "category": null}',
        '{"text": "wrong", "category": "spam"}',
      ].join('\n'),
    );
    const input = '{"id": 1, "text": "Quero falar com um atendente humano, por favor"}\n';
    const { stdout, stderr, status } = classifyCommand(['--feedback', verdicts], input);
    expect(JSON.parse(stdout)).toMatchObject({ id: 1, escalate: false, category: null });
    expect(stderr).toMatch(/^.*verdicts\.jsonl line 2: "category" must be .* or null\n$/);
    expect(status).toBe(1);
  });

  it('reports on a WhatsApp export', () => {
    const { stdout, status } = classifyCommand(['tests/fixtures/exports/android-pt.txt']);
    expect(stdout).toMatch(
      /^tests\/fixtures\/exports\/android-pt\.txt: 5 messages from Beatriz Lima, Marta Bolsas\n/,
    );
    expect(stdout).toContain('Conversation with Beatriz Lima:');
    expect(status).toBe(0);
  });
});
