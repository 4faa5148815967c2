/**
 * Command-line arguments of `npm run classify` (docs/contracts.md, "Command line"): which flags exist, what
 * they take, and the usage text printed with --help or after a usage error.
 */

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

const VALUE_FLAGS = new Set(['--config', '--feedback', '--owner']);

export function parseArgs(args: readonly string[]): ParsedArgs {
  const options: ClassifyOptions = { json: false, messages: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(flag)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') return { ok: false, error: `${flag} needs a value` };
      if (flag === '--config') options.config = value;
      else if (flag === '--feedback') options.feedback = value;
      else options.owner = value;
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--messages') {
      options.messages = true;
    } else if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (arg === '--') {
      continue;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, error: `unknown option ${arg}` };
    } else if (options.file !== undefined) {
      return { ok: false, error: `only one FILE, got ${options.file} and ${arg}` };
    } else {
      options.file = arg;
    }
  }
  return { ok: true, options };
}
