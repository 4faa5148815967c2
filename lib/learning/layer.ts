/**
 * The owner's layer on top of the shipped classifier. Its interface is small on purpose, so it
 * does not care how the classifier decides: a message's feature ids in, and per category a base
 * score (a logit: positive when the classifier reports the category) turned into an adjusted one.
 *
 * Two parts, both deterministic:
 * - a memory of the owner's examples (nearest neighbours by cosine similarity of the feature
 *   sets): the same wording takes effect at once, near wording (greeting, emoji, a word or two
 *   changed) follows it, and a message that only shares a phrase with an example does not;
 * - a linear correction per category (logistic regression on the same features, trained with the
 *   classifier's decision as a fixed offset), which generalises from several verdicts. It sees a
 *   message without the trigger phrases the classifier quoted ("speak to a manager"), so verdicts
 *   that share a phrase teach it what this owner's messages say around the phrase, never the
 *   phrase itself. A feature gets a weight only when at least two different verdicts contain
 *   it, so one verdict alone never moves anything but its own near wording.
 */
import { CATEGORIES, type Category } from '../classifier/types';
import type { Adaptation } from './types';

/** Base logit of a category the classifier reports (+) or does not (−). */
export const BASE_MARGIN = 2;
/** Examples less similar than this are not neighbours. */
export const NEIGHBOUR_FROM = 0.6;
/** Pull of a fully similar example on a category's logit. */
export const NEIGHBOUR_PULL = 6;
/** At most this many neighbours count. */
export const NEIGHBOURS = 5;

export type CategoryScores = Record<Category, number>;

export interface CompiledAdaptation {
  verdicts: number;
  examples: { size: number; c: number }[];
  /** feature id → indexes of the examples that contain it. */
  postings: Map<number, number[]>;
  weights: Map<number, readonly number[]>;
  /** Trigger keys the owner dismissed at least once (see Adaptation.dismissed). */
  dismissed: Set<number>;
}

export function compileAdaptation(a: Adaptation): CompiledAdaptation {
  const postings = new Map<number, number[]>();
  a.examples.forEach((e, i) => {
    for (const f of e.f) {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  });
  return {
    verdicts: a.verdicts,
    examples: a.examples.map((e) => ({ size: e.f.length, c: e.c })),
    postings,
    weights: new Map(a.weights.map(([f, w]) => [f, w])),
    dismissed: new Set(a.dismissed ?? []),
  };
}

/** Whether the layer would change anything at all (no verdicts: it is skipped). */
export function isEmpty(a: CompiledAdaptation): boolean {
  return a.examples.length === 0 && a.weights.size === 0;
}

export interface Neighbour {
  index: number;
  similarity: number;
  /** The example's category index (-1: did not need the owner). */
  c: number;
}

/** The most similar remembered examples, most similar first (later examples first on ties). */
export function neighbours(a: CompiledAdaptation, ids: readonly number[]): Neighbour[] {
  if (ids.length === 0) return [];
  const overlap = new Map<number, number>();
  for (const f of ids) {
    const list = a.postings.get(f);
    if (list) for (const i of list) overlap.set(i, (overlap.get(i) ?? 0) + 1);
  }
  const found: Neighbour[] = [];
  for (const [index, shared] of overlap) {
    const e = a.examples[index];
    if (!e) continue;
    const similarity = shared / Math.sqrt(e.size * ids.length);
    if (similarity >= NEIGHBOUR_FROM) found.push({ index, similarity, c: e.c });
  }
  found.sort((x, y) => y.similarity - x.similarity || y.index - x.index);
  return found.slice(0, NEIGHBOURS);
}

/** How much a neighbour of this similarity counts, 0..1. */
function closeness(similarity: number): number {
  const t = (similarity - NEIGHBOUR_FROM) / (1 - NEIGHBOUR_FROM);
  return Math.min(1, t * t);
}

/**
 * The linear correction's contribution per category, from the message's context features (its
 * features without the classifier's trigger phrases); feature values are 1/√n, n counting all the
 * message's features.
 */
export function correction(a: CompiledAdaptation, context: readonly number[], n: number): number[] {
  const z = CATEGORIES.map(() => 0);
  if (a.weights.size === 0 || context.length === 0 || n === 0) return z;
  const x = 1 / Math.sqrt(n);
  for (const f of context) {
    const w = a.weights.get(f);
    if (w) for (let c = 0; c < z.length; c++) z[c] = (z[c] as number) + (w[c] as number) * x;
  }
  return z;
}

/** The neighbours' pull per category: towards what the owner said about similar wording. */
export function memoryPull(a: CompiledAdaptation, ids: readonly number[]): number[] {
  const pull = CATEGORIES.map(() => 0);
  const near = neighbours(a, ids);
  if (near.length === 0) return pull;
  let total = 0;
  for (const n of near) {
    const g = closeness(n.similarity);
    total += g;
    for (let c = 0; c < pull.length; c++) pull[c] = (pull[c] as number) + g * (n.c === c ? 1 : -1);
  }
  // A weighted mean scaled by how close the closest one is: many far examples never add up to
  // one exact one.
  const best = closeness(near[0]?.similarity ?? 0);
  return pull.map((p) => (total === 0 ? 0 : (NEIGHBOUR_PULL * best * p) / total));
}

/**
 * Base scores in, adjusted scores out (positive: the category applies). `ids` are all the
 * message's features (the memory compares whole wordings); `context` those without the trigger
 * phrases (the linear correction generalises from them only).
 */
export function adjustScores(
  a: CompiledAdaptation,
  ids: readonly number[],
  context: readonly number[],
  base: CategoryScores,
  mayLower: (category: Category) => boolean = () => true,
): CategoryScores {
  const lin = correction(a, context, ids.length);
  const mem = memoryPull(a, ids);
  const out = { ...base };
  CATEGORIES.forEach((c, i) => {
    const l = lin[i] as number;
    out[c] = base[c] + (l < 0 && !mayLower(c) ? 0 : l) + (mem[i] as number);
  });
  return out;
}

/** The classifier's decision as base scores: ±BASE_MARGIN per category. */
export function baseScores(categories: readonly Category[]): CategoryScores {
  const set = new Set(categories);
  const scores = {} as CategoryScores;
  for (const c of CATEGORIES) scores[c] = set.has(c) ? BASE_MARGIN : -BASE_MARGIN;
  return scores;
}
