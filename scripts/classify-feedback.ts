/**
 * `--feedback FILE` of `npm run classify`: the owner's verdicts as JSON Lines, one
 * `{"text": "...", "category": "<category>" | null, "history"?: [...]}` per line, checked the way
 * the extension checks a verdict before it keeps one. A bad line is reported as "FILE line N: …"
 * and left out; the good ones are learned from with the extension's own learning code.
 */
import { CATEGORIES, type Category } from '../lib/classifier/types';
import { VERDICT_HISTORY_MAX, VERDICT_TEXT_MAX, type Verdict } from '../lib/learning/index';
import { forEachLine, isTurn, readTextObject } from './classify-jsonl';

export interface VerdictLines {
  verdicts: Verdict[];
  /** "line N: what is wrong", in file order. */
  errors: string[];
}

const CATEGORY_LIST = `${CATEGORIES.map((c) => `"${c}"`).join(', ')} or null`;

type Checked = { ok: true; verdict: Verdict } | { ok: false; error: string };

function checkVerdict(line: string): Checked {
  const read = readTextObject(line, '{"text": "...", "category": null}');
  if (!read.ok) return read;
  const { input, text } = read;
  if (text.trim() === '') return { ok: false, error: '"text" is empty' };
  if (text.length > VERDICT_TEXT_MAX) {
    return { ok: false, error: `"text" is longer than ${VERDICT_TEXT_MAX} characters` };
  }
  if (!('category' in input)) return { ok: false, error: `missing "category" (${CATEGORY_LIST})` };
  const category = input['category'];
  if (category !== null && !CATEGORIES.includes(category as Category)) {
    return { ok: false, error: `"category" must be ${CATEGORY_LIST}` };
  }
  const history = input['history'];
  if (history === undefined)
    return { ok: true, verdict: { text, category: category as Category | null } };
  if (
    !Array.isArray(history) ||
    !history.every((t) => isTurn(t) && t.text.length <= VERDICT_TEXT_MAX)
  ) {
    return {
      ok: false,
      error: `"history" must be a list of {"from": "customer" or "owner", "text": "..."} (each text at most ${VERDICT_TEXT_MAX} characters)`,
    };
  }
  if (history.length > VERDICT_HISTORY_MAX) {
    return { ok: false, error: `"history" has more than ${VERDICT_HISTORY_MAX} turns` };
  }
  return {
    ok: true,
    verdict: {
      text,
      category: category as Category | null,
      history: history.map((t: { from: 'customer' | 'owner'; text: string }) => ({
        from: t.from,
        text: t.text,
      })),
    },
  };
}

/** Reads a verdicts file (oldest verdict first, as the extension keeps them). */
export function parseVerdictLines(text: string): VerdictLines {
  const result: VerdictLines = { verdicts: [], errors: [] };
  forEachLine(text, (line, number) => {
    const checked = checkVerdict(line);
    if (checked.ok) result.verdicts.push(checked.verdict);
    else result.errors.push(`line ${number}: ${checked.error}`);
  });
  return result;
}
