/**
 * The JSON Lines mode of `npm run classify`: one input object per line, one result line per input
 * in input order. A line that is not JSON, not an object, or lacks a string "text" (or has a
 * malformed "history") is reported as "line N: …" and produces no output; blank lines are skipped.
 */
import { classify } from '../lib/classifier/index';
import type {
  Classification,
  ClassifierConfig,
  ClassifierInput,
  HistoryTurn,
} from '../lib/classifier/types';

/** A classifier: the shipped one, or the shipped one with the owner's verdicts learned on top. */
export type ClassifyFunction = (input: ClassifierInput, config: ClassifierConfig) => Classification;

export interface JsonLinesResult {
  stdout: string[];
  stderr: string[];
  bad: number;
}

type Checked =
  { ok: true; id: unknown; text: string; history?: HistoryTurn[] } | { ok: false; error: string };

export function isTurn(value: unknown): value is HistoryTurn {
  if (typeof value !== 'object' || value === null) return false;
  const turn = value as Record<string, unknown>;
  return (
    (turn['from'] === 'customer' || turn['from'] === 'owner') && typeof turn['text'] === 'string'
  );
}

type TextObject =
  { ok: true; input: Record<string, unknown>; text: string } | { ok: false; error: string };

/** A line read as a JSON object with a string "text", or what is wrong with it; `example` is the
 *  object shown when the line is not one. */
export function readTextObject(line: string, example: string): TextObject {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `expected an object like ${example}` };
  }
  const input = value as Record<string, unknown>;
  const text = input['text'];
  if (text === undefined) return { ok: false, error: 'missing "text"' };
  if (typeof text !== 'string') return { ok: false, error: '"text" must be a string' };
  return { ok: true, input, text };
}

/** Calls `each` with every line that is not blank and its 1-based number (a leading byte-order
 *  mark is dropped). */
export function forEachLine(text: string, each: (line: string, number: number) => void): void {
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() !== '') each(line, index + 1);
    });
}

function check(line: string): Checked {
  const read = readTextObject(line, '{"id": "1", "text": "..."}');
  if (!read.ok) return read;
  const { input, text } = read;
  const history = input['history'];
  if (history !== undefined && !(Array.isArray(history) && history.every(isTurn))) {
    return {
      ok: false,
      error: '"history" must be a list of {"from": "customer" or "owner", "text": "..."}',
    };
  }
  return { ok: true, id: input['id'] ?? null, text, ...(history ? { history } : {}) };
}

export function classifyJsonLines(
  text: string,
  config: ClassifierConfig,
  classifier: ClassifyFunction = classify,
): JsonLinesResult {
  const result: JsonLinesResult = { stdout: [], stderr: [], bad: 0 };
  forEachLine(text, (line, number) => {
    const input = check(line);
    if (!input.ok) {
      result.stderr.push(`line ${number}: ${input.error}`);
      result.bad++;
      return;
    }
    const c = classifier(
      { text: input.text, ...(input.history ? { history: input.history } : {}) },
      config,
    );
    const output = {
      id: input.id,
      escalate: c.escalate,
      category: c.category,
      categories: c.categories,
      score: c.score,
      lang: c.lang,
      reasons: c.reasons,
    };
    result.stdout.push(JSON.stringify(output));
  });
  return result;
}
