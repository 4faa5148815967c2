/**
 * `npm run classify` as a testable function: arguments and input bytes in, output lines and an exit
 * code out; files are read through the given `io`, so tests need no disk. Loads the settings
 * (--config, validated like an import in the options page, or the defaults), then runs the JSON
 * Lines mode or, when the input is a WhatsApp chat export (a zip, or text whose first line is a
 * message header), the backtest. Exit code 0: all input good; 1: some input bad; 2: usage error.
 */
import { classify } from '../lib/classifier/index';
import type { ClassifierConfig } from '../lib/classifier/types';
import {
  backtestSource,
  chatSource,
  isZip,
  looksLikeChatExport,
  looksLikeInstagramJson,
  openExport,
  type ChatSource,
} from '../lib/export';
import { learnFromVerdicts, withAdaptation } from '../lib/learning/index';
import { defaultSettings } from '../lib/settings/defaults';
import type { Settings } from '../lib/settings/types';
import { parseSettingsDocument } from '../lib/settings/validate';
import { parseArgs, USAGE, type ClassifyOptions } from './classify-args';
import { formatReport, messageLine, reportJsonLines } from './classify-export';
import { parseVerdictLines } from './classify-feedback';
import { classifyJsonLines, type ClassifyFunction } from './classify-jsonl';

export interface CliIo {
  readStdin: () => Uint8Array;
  /** Throws (like fs.readFileSync) when the file cannot be read. */
  readFile: (path: string) => Uint8Array;
  /**
   * Where --messages lines go as they are produced (the command line prints them at once, so a
   * large export is never held as output); without it they are collected in CliResult.stdout.
   */
  writeLines?: (lines: string[]) => void;
}

/** Largest chat the command line reads (a zip entry or a text file), in bytes. */
export const CLI_MAX_CHAT_BYTES = 1024 * 1024 * 1024;

export interface CliResult {
  stdout: string[];
  stderr: string[];
  exitCode: 0 | 1 | 2;
}

const usageError = (message: string): CliResult => ({
  stdout: [],
  stderr: [`classify: ${message}`, USAGE],
  exitCode: 2,
});
const failure = (...messages: string[]): CliResult => failures(messages);
const failures = (messages: readonly string[]): CliResult => ({
  stdout: [],
  stderr: messages.map((m) => `classify: ${m}`),
  exitCode: 2,
});

/** At most this many error lines are printed; the rest are counted on one more line. */
export const MAX_ERROR_LINES = 50;

/**
 * What reaches the terminal: control characters from an export or a settings file (escape
 * sequences that could recolour, move the cursor or retitle the terminal) are written as `\uXXXX`
 * (still valid inside a JSON string), and the error lines are capped.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function forTerminal(result: CliResult): CliResult {
  const visible = (line: string) =>
    line.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const errors = result.stderr.length;
  const stderr =
    errors > MAX_ERROR_LINES
      ? [
          ...result.stderr.slice(0, MAX_ERROR_LINES),
          `classify: … and ${errors - MAX_ERROR_LINES} more errors (${errors} in all)`,
        ]
      : result.stderr;
  return { ...result, stdout: result.stdout.map(visible), stderr: stderr.map(visible) };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function loadSettings(path: string | undefined, io: CliIo): Settings | CliResult {
  if (path === undefined) return defaultSettings();
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(io.readFile(path)).replace(/^\ufeff/, ''));
  } catch (error) {
    return failure(`cannot read settings ${path}: ${errorMessage(error)}`);
  }
  const parsed = parseSettingsDocument(json);
  if (!parsed.ok) return failures(parsed.errors.map((e) => `settings ${path}: ${e}`));
  return parsed.settings;
}

export function toClassifierConfig(s: Settings): ClassifierConfig {
  return {
    knowledgeBase: s.knowledgeBase,
    triggers: s.triggers,
    bulkMinQuantity: s.bulkMinQuantity,
    businessHours: s.businessHours,
    businessName: s.businessName,
  };
}

function runExport(
  name: string,
  bytes: Uint8Array,
  settings: Settings,
  options: ClassifyOptions,
  io: CliIo,
  classifier: ClassifyFunction,
): CliResult {
  let source: ChatSource;
  try {
    source = chatSource(openExport(name, bytes, { maxChatBytes: CLI_MAX_CHAT_BYTES }));
  } catch (error) {
    return failure(errorMessage(error));
  }
  if (source.total === 0) {
    const app = source.platform === 'instagram' ? 'Instagram' : 'WhatsApp';
    return { stdout: [], stderr: [`classify: ${name}: no ${app} messages found`], exitCode: 1 };
  }
  const stdout: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    if (io.writeLines) io.writeLines(pending);
    else stdout.push(...pending);
    pending = [];
  };
  try {
    const report = backtestSource(source, toClassifierConfig(settings), {
      classify: classifier,
      ...(options.owner !== undefined ? { owner: options.owner } : {}),
      ownerHints: [settings.ownerName, settings.businessName],
      ...(options.messages
        ? {
            onMessage: (verdict) => {
              pending.push(messageLine(verdict));
              if (pending.length >= 1000) flush();
            },
          }
        : {}),
    });
    flush();
    if (options.messages) return { stdout, stderr: [], exitCode: 0 };
    return {
      stdout: options.json ? reportJsonLines(report) : formatReport(name, source.total, report),
      stderr: [],
      exitCode: 0,
    };
  } catch (error) {
    return failure(errorMessage(error));
  }
}

interface Feedback {
  classifier: ClassifyFunction;
  /** Bad verdict lines, already as "FILE line N: …". */
  errors: string[];
}

/**
 * --feedback: reads the owner's verdicts and learns from them exactly as the extension's
 * background does (same checks, same learning code, same classifier and settings), giving the
 * classifier to run. Without --feedback it is the shipped classifier.
 */
function loadFeedback(
  path: string | undefined,
  settings: Settings,
  io: CliIo,
): Feedback | CliResult {
  if (path === undefined) return { classifier: classify, errors: [] };
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(path));
  } catch (error) {
    return failure(`cannot read verdicts ${path}: ${errorMessage(error)}`);
  }
  const { verdicts, errors } = parseVerdictLines(text);
  const adaptation = learnFromVerdicts(verdicts, classify, toClassifierConfig(settings));
  return {
    classifier: withAdaptation(classify, adaptation),
    errors: errors.map((e) => `${path} ${e}`),
  };
}

/** Bad verdict lines come first on standard error and make the exit code at least 1. */
function withFeedbackErrors(result: CliResult, errors: readonly string[]): CliResult {
  if (errors.length === 0) return result;
  return {
    ...result,
    stderr: [...errors, ...result.stderr],
    exitCode: result.exitCode === 0 ? 1 : result.exitCode,
  };
}

export function runClassify(args: readonly string[], io: CliIo): CliResult {
  return forTerminal(run(args, io));
}

function run(args: readonly string[], io: CliIo): CliResult {
  const parsed = parseArgs(args);
  if (!parsed.ok) return usageError(parsed.error);
  const options = parsed.options;
  if (options.help) return { stdout: [USAGE], stderr: [], exitCode: 0 };
  const settings = loadSettings(options.config, io);
  if ('exitCode' in settings) return settings;
  const feedback = loadFeedback(options.feedback, settings, io);
  if ('exitCode' in feedback) return feedback;
  return withFeedbackErrors(
    classifyInput(options, settings, io, feedback.classifier),
    feedback.errors,
  );
}

function classifyInput(
  options: ClassifyOptions,
  settings: Settings,
  io: CliIo,
  classifier: ClassifyFunction,
): CliResult {
  const fromStdin = options.file === undefined || options.file === '-';
  const name = fromStdin ? 'standard input' : (options.file ?? '');
  let bytes: Uint8Array;
  try {
    bytes = fromStdin ? io.readStdin() : io.readFile(name);
  } catch (error) {
    return failure(`cannot read ${name}: ${errorMessage(error)}`);
  }
  if (isZip(bytes) || /\.zip$/i.test(name))
    return runExport(name, bytes, settings, options, io, classifier);
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  if (looksLikeChatExport(head) || looksLikeInstagramJson(head)) {
    return runExport(name, bytes, settings, options, io, classifier);
  }
  const text = new TextDecoder().decode(bytes);
  const result = classifyJsonLines(text, toClassifierConfig(settings), classifier);
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.bad > 0 ? 1 : 0 };
}
