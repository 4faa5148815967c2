/**
 * The owner's verdicts and what is learned from them. A verdict says what one customer message
 * really was for this owner: a category that needed them, or null when it did not. Pure types
 * and limits; no browser, DOM or database code.
 */
import { CATEGORIES, type Category, type HistoryTurn } from '../classifier/types';

/** How many verdicts are kept and learned from: the newest ones, the oldest dropped first. */
export const MAX_VERDICTS = 5000;

/** Longest message text (and history turn) kept in a verdict. */
export const VERDICT_TEXT_MAX = 4000;
/** Most history turns kept with a verdict. */
export const VERDICT_HISTORY_MAX = 10;

/** One owner verdict, as learned from (the extension's rows and the command line's lines). */
export interface Verdict {
  text: string;
  history?: HistoryTurn[];
  /** The category this message needed the owner for, or null: it did not need the owner. */
  category: Category | null;
}

/**
 * What the background computes from the verdicts and sends to the content scripts: no text, only
 * hashed features. Plain JSON, so it survives extension messaging and IndexedDB.
 */
export interface Adaptation {
  version: 1;
  /** How many verdicts it was learned from. */
  verdicts: number;
  /** Remembered examples: sorted feature ids and the owner's category (index into CATEGORIES, -1 for none). */
  examples: { f: number[]; c: number }[];
  /** Learned corrections: [feature id, one weight per category in CATEGORIES order]. */
  weights: [number, number[]][];
  /**
   * The trigger phrases (hashed with their category, see triggerKey) the owner said were not
   * needed at least once: only a category raised by one of these may be lowered by the learned
   * corrections. Absent in layers stored before it existed (then none may).
   */
  dismissed?: number[];
}

export const EMPTY_ADAPTATION: Adaptation = {
  version: 1,
  verdicts: 0,
  examples: [],
  weights: [],
  dismissed: [],
};

export function categoryIndex(category: Category | null): number {
  return category === null ? -1 : CATEGORIES.indexOf(category);
}

function isIdList(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x));
}

function isWeightList(v: unknown): v is number[] {
  return (
    Array.isArray(v) &&
    v.length === CATEGORIES.length &&
    v.every((x) => typeof x === 'number' && Number.isFinite(x))
  );
}

/** Shape check for an adaptation that arrives over extension messaging. */
export function isAdaptation(value: unknown): value is Adaptation {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof Adaptation, unknown>>;
  if (v.version !== 1 || typeof v.verdicts !== 'number') return false;
  if (!Array.isArray(v.examples) || !Array.isArray(v.weights)) return false;
  for (const e of v.examples as unknown[]) {
    if (typeof e !== 'object' || e === null) return false;
    const { f, c } = e as { f?: unknown; c?: unknown };
    if (!isIdList(f) || typeof c !== 'number' || c < -1 || c >= CATEGORIES.length) return false;
  }
  if (v.dismissed !== undefined && !isIdList(v.dismissed)) return false;
  for (const w of v.weights as unknown[]) {
    if (!Array.isArray(w) || w.length !== 2 || typeof w[0] !== 'number' || !isWeightList(w[1]))
      return false;
  }
  return true;
}
