import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../../../scripts/classify-args';

const ok = (args: string[]) => {
  const parsed = parseArgs(args);
  if (!parsed.ok) throw new Error(`expected ${JSON.stringify(args)} to parse: ${parsed.error}`);
  return parsed.options;
};
const error = (args: string[]) => {
  const parsed = parseArgs(args);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(args)} to be refused`);
  return parsed.error;
};

describe('classify arguments', () => {
  it('reads nothing as standard input with the defaults', () => {
    expect(ok([])).toEqual({ json: false, messages: false, help: false });
  });

  it('reads every flag, with its value after a space or an =', () => {
    expect(
      ok(['--config', 's.json', '--feedback=v.jsonl', '--owner', 'Loja Sol', '--json', 'chat.zip']),
    ).toEqual({
      config: 's.json',
      feedback: 'v.jsonl',
      owner: 'Loja Sol',
      json: true,
      messages: false,
      help: false,
      file: 'chat.zip',
    });
    expect(ok(['--messages', '--owner=Rui'])).toMatchObject({ messages: true, owner: 'Rui' });
    expect(ok(['-h'])).toMatchObject({ help: true });
    expect(ok(['--help'])).toMatchObject({ help: true });
  });

  it('takes the argument after a value flag as its value, whatever it looks like', () => {
    expect(ok(['--owner', '-x'])).toMatchObject({ owner: '-x' });
    expect(ok(['--config', '--json'])).toEqual({
      config: '--json',
      json: false,
      messages: false,
      help: false,
    });
  });

  it('reads "-" as standard input and skips a "--" wherever it stands', () => {
    expect(ok(['-'])).toMatchObject({ file: '-' });
    expect(ok(['--', 'in.jsonl'])).toMatchObject({ file: 'in.jsonl' });
    expect(ok(['in.jsonl', '--', '--json'])).toMatchObject({ file: 'in.jsonl', json: true });
  });

  it('the last of a repeated value flag wins', () => {
    expect(ok(['--owner', 'A', '--owner', 'B'])).toMatchObject({ owner: 'B' });
  });

  it.each([
    [['--frobnicate'], 'unknown option --frobnicate'],
    [['--frobnicate=1'], 'unknown option --frobnicate=1'],
    [['-x'], 'unknown option -x'],
    // A group of short flags is named as it was written.
    [['-hx'], 'unknown option -hx'],
    [['--config'], '--config needs a value'],
    [['--config='], '--config needs a value'],
    [['--feedback', ''], '--feedback needs a value'],
    [['--json', '--owner'], '--owner needs a value'],
    [['--json=yes'], '--json takes no value'],
    [['--help=1'], '--help takes no value'],
    [['a.jsonl', 'b.jsonl'], 'only one FILE, got a.jsonl and b.jsonl'],
  ])('refuses %j: %s', (args, message) => {
    expect(error(args)).toBe(message);
  });

  it('the usage names every flag', () => {
    for (const flag of ['--config', '--feedback', '--owner', '--json', '--messages', '-h, --help'])
      expect(USAGE).toContain(flag);
  });
});
