/**
 * Command-line arguments of `npm run classify` (docs/contracts.md, "Command line"): which flags exist, what
 * they take, and the usage text printed with --help or after a usage error.
 */
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';

export interface ClassifyOptions {
  config?: string;
  /** The owner's verdicts (JSON Lines), learned from before classifying. */
  feedback?: string;
  owner?: string;
  json: boolean;
  /** Chat exports: one line per message of the export (--messages). */
  messages: boolean;
  help: boolean;
  /** Input file; absent or "-" means standard input. */
  file?: string;
}

export const USAGE = [
  'usage: npm run --silent classify -- [--config settings.json] [--feedback FILE] [--owner NAME]',
  '                                    [--json | --messages] [FILE]',
  '',
  'Reads JSON Lines ({"id": "...", "text": "...", "history"?: [{"from": "customer"|"owner", "text": "..."}]})',
  'from FILE or standard input and writes one result line per input line, in input order.',
  'FILE may also be a chat export: WhatsApp (.txt or .zip) or Instagram (message_N.json or the',
  'whole .zip): then it reports, per conversation, which customer messages would escalate and why.',
  '',
  '  --config FILE  settings document as the options page exports it (default: built-in settings)',
  '  --feedback FILE',
  '                 the owner\'s verdicts as JSON Lines, oldest first: {"text": "...",',
  '                 "category": "complaint" | "high_value" | "knowledge_gap" | "emotional" |',
  '                 "human_request" | null, "history"?: [...]}; learned from as the extension',
  '                 learns, then the input is classified with what was learned',
  '  --owner NAME   chat exports: the owner as the export names them (default: guessed)',
  '  --json         chat exports: one JSON line per message that would escalate',
  '  --messages     chat exports: one JSON line per message, in file order, with its role and,',
  '                 for customer messages, the classification',
  '  -h, --help     show this text',
  '',
  'Exit status: 0 all input good, 1 some input or verdict lines bad, 2 usage error.',
].join('\n');

export type ParsedArgs = { ok: true; options: ClassifyOptions } | { ok: false; error: string };

/** The flags, as node:util's parseArgs describes them. */
const FLAGS = {
  config: { type: 'string' },
  feedback: { type: 'string' },
  owner: { type: 'string' },
  json: { type: 'boolean' },
  messages: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type Flag = keyof typeof FLAGS;

function isFlag(name: string): name is Flag {
  return Object.hasOwn(FLAGS, name);
}

/**
 * Reads the arguments with node:util's parseArgs in its lenient mode, walking its tokens so every
 * mistake gets this command's own message (naming the flag) and exit status 2, rather than
 * parseArgs's generic exception. A value flag takes the next argument whatever it looks like
 * (`--owner -x` is the owner "-x"), or its `=value`. A `--` is skipped wherever it stands, as npm
 * may pass one through.
 */
export function parseArgs(args: readonly string[]): ParsedArgs {
  const given = args.filter((arg) => arg !== '--');
  const { tokens } = parseNodeArgs({
    args: given,
    options: FLAGS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const options: ClassifyOptions = { json: false, messages: false, help: false };
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (options.file !== undefined)
        return { ok: false, error: `only one FILE, got ${options.file} and ${token.value}` };
      options.file = token.value;
      continue;
    }
    const { name, rawName, value } = token;
    if (!isFlag(name))
      return { ok: false, error: `unknown option ${given[token.index] ?? rawName}` };
    if (FLAGS[name].type === 'boolean') {
      if (value !== undefined) return { ok: false, error: `${rawName} takes no value` };
      if (name === 'json') options.json = true;
      else if (name === 'messages') options.messages = true;
      else options.help = true;
      continue;
    }
    if (value === undefined || value === '')
      return { ok: false, error: `${rawName} needs a value` };
    if (name === 'config') options.config = value;
    else if (name === 'feedback') options.feedback = value;
    else options.owner = value;
  }
  return { ok: true, options };
}
