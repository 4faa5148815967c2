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

function check(line: string): Checked {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'expected an object like {"id": "1", "text": "..."}' };
  }
  const input = value as Record<string, unknown>;
  const text = input['text'];
  if (text === undefined) return { ok: false, error: 'missing "text"' };
  if (typeof text !== 'string') return { ok: false, error: '"text" must be a string' };
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
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const input = check(line);
    if (!input.ok) {
      result.stderr.push(`line ${index + 1}: ${input.error}`);
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
