import { describe, expect, it } from 'vitest';
import { MAX_ERROR_LINES, runClassify, type CliIo } from '../../../scripts/classify-core';

const encode = (text: string) => new TextEncoder().encode(text);

function io(stdin: string, files: Record<string, string> = {}): CliIo {
  return {
    readStdin: () => encode(stdin),
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) throw new Error(`ENOENT: ${path}`);
      return encode(file);
    },
  };
}

// eslint-disable-next-line no-control-regex -- what must never reach the terminal
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('the command line in a terminal', () => {
  it('a config with 200,000 invalid entries: exit 2 with a short list naming the field', () => {
    const config = JSON.stringify({
      knowledgeBase: Array.from({ length: 200_000 }, () => ({ question: 1 })),
    });
    const result = runClassify(['--config', 's.json'], io('', { 's.json': config }));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toEqual([
      'classify: settings s.json: knowledgeBase: at most 200 entries, got 200000',
    ]);
  });

  it('a config with hundreds of wrong fields: exit 2, at most 50 errors and a count', () => {
    const add = Array.from({ length: 100 }, () => 7);
    const config = JSON.stringify({
      triggers: { complaint: { add, mute: add }, emotional: { add, mute: add } },
    });
    const result = runClassify(['--config', 's.json'], io('', { 's.json': config }));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toHaveLength(MAX_ERROR_LINES + 1);
    expect(result.stderr.at(-1)).toBe('classify: … and 51 more errors (101 in all)');
  });

  it('thousands of bad input lines: 50 errors and a count, the good lines still classified', () => {
    const input = [
      ...Array.from({ length: 3000 }, () => 'not json'),
      JSON.stringify({ id: 'ok', text: 'hello' }),
    ].join('\n');
    const result = runClassify([], io(input));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toHaveLength(MAX_ERROR_LINES + 1);
    expect(result.stderr.at(-1)).toBe('classify: … and 2950 more errors (3000 in all)');
    expect(result.stdout).toHaveLength(1);
  });

  it('control characters from the input are printed escaped, and JSON output stays valid', () => {
    const id = 'x\u009b31m\u001b]0;owned\u0007';
    const input = [
      JSON.stringify({ id, text: 'I want to talk to a person \u009b2J' }),
      `{"text": 1, "id": "\u001b[2J"}`,
    ].join('\n');
    const result = runClassify([], io(input));
    for (const line of [...result.stdout, ...result.stderr]) expect(line).not.toMatch(CONTROL);
    const [line] = result.stdout;
    expect((JSON.parse(line ?? '{}') as { id: string }).id).toBe(id);
  });

  it('a chat export with escape sequences in names and messages prints them escaped', () => {
    const chat = [
      '26/11/2026, 10:00 - Ana\u001b[31m: I want to talk to a person right now\u001b[2J',
      '26/11/2026, 10:05 - Shop: Hello!',
    ].join('\n');
    const result = runClassify(['--owner', 'Shop', 'chat.txt'], io('', { 'chat.txt': chat }));
    expect(result.stdout.join('\n')).toContain('\\u001b');
    for (const line of [...result.stdout, ...result.stderr]) expect(line).not.toMatch(CONTROL);
  });
});
