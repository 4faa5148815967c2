/**
 * The learned part: a linear model (one logistic regression per category) over word unigrams
 * and bigrams of the normalised text, trained by scripts/train.ts on the corpus's train split
 * and shipped as a small JSON of weights. Pure arithmetic at run time.
 *
 * This module never imports the weights: they are passed in (model-data.ts holds the built-in
 * ones; content scripts receive them from the background), validated by isModelWeights and
 * compiled once by compileModel.
 */
import type { Category } from './types';
import type { Token } from './normalise';
import { isMuted } from './triggers';

export type ModelCategory = 'human_request' | 'complaint' | 'emotional' | 'high_value';
export const MODEL_CATEGORIES: readonly ModelCategory[] = [
  'human_request',
  'complaint',
  'emotional',
  'high_value',
];
const C = MODEL_CATEGORIES.length;

/** The weights file (model.json), as trained and as sent between extension contexts. */
export interface ModelWeights {
  version: number;
  /** One bias per category, in MODEL_CATEGORIES order. */
  bias: number[];
  /** feature ("word" or "word word") → weights, in MODEL_CATEGORIES order (0 where absent). */
  features: Record<string, number[]>;
}

function isWeightList(v: unknown): v is number[] {
  if (!Array.isArray(v) || v.length !== C) return false;
  for (const x of v) if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  return true;
}

/** Shape check for weights that arrive over extension messaging: one pass, no copies. */
export function isModelWeights(value: unknown): value is ModelWeights {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ModelWeights, unknown>>;
  if (typeof v.version !== 'number' || !isWeightList(v.bias)) return false;
  const f = v.features;
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return false;
  for (const key in f) if (!isWeightList((f as Record<string, unknown>)[key])) return false;
  return true;
}

/** Weights of one word: as a unigram, and as the first word of bigrams. */
interface WordWeights {
  uni: readonly number[] | null;
  /** Second word → bigram weights. */
  bi: Map<string, readonly number[]> | null;
}

export interface CompiledModel {
  bias: readonly number[];
  words: Map<string, WordWeights>;
}

/** One lookup per token at run time: unigram and bigram weights hang off the first word. */
export function compileModel(weights: ModelWeights): CompiledModel {
  const words = new Map<string, WordWeights>();
  const entry = (w: string): WordWeights => {
    let e = words.get(w);
    if (e === undefined) words.set(w, (e = { uni: null, bi: null }));
    return e;
  };
  for (const [f, w] of Object.entries(weights.features)) {
    const sp = f.indexOf(' ');
    if (sp < 0) entry(f).uni = [...w];
    else (entry(f.slice(0, sp)).bi ??= new Map()).set(f.slice(sp + 1), [...w]);
  }
  return { bias: [...weights.bias], words };
}

/** Features of a token list: unigrams and bigrams inside a clause. */
export function featuresOf(words: readonly string[], clauses?: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    out.push(w);
    if (i + 1 < words.length && (clauses === undefined || clauses[i] === clauses[i + 1])) {
      out.push(`${w} ${words[i + 1] as string}`);
    }
  }
  return out;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Per-category probability; tokens the owner muted for a category do not count for it. */
export function modelScores(
  model: CompiledModel,
  tokens: readonly Token[],
  muted: Map<Category, [number, number][]>,
): Record<ModelCategory, number> {
  const z = [...model.bias];
  const n = Math.min(tokens.length, 400);
  const anyMuted = muted.size > 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const e = model.words.get(t.w);
    if (e === undefined) continue;
    if (e.uni !== null) add(z, e.uni, i, i + 1, anyMuted ? muted : null);
    if (e.bi !== null && i + 1 < n) {
      const next = tokens[i + 1] as Token;
      if (next.clause === t.clause) {
        const w = e.bi.get(next.w);
        if (w !== undefined) add(z, w, i, i + 2, anyMuted ? muted : null);
      }
    }
  }
  return {
    human_request: sigmoid(z[0] as number),
    complaint: sigmoid(z[1] as number),
    emotional: sigmoid(z[2] as number),
    high_value: sigmoid(z[3] as number),
  };
}

function add(
  z: number[],
  w: readonly number[],
  from: number,
  to: number,
  muted: Map<Category, [number, number][]> | null,
): void {
  if (muted === null) {
    z[0] = (z[0] as number) + (w[0] as number);
    z[1] = (z[1] as number) + (w[1] as number);
    z[2] = (z[2] as number) + (w[2] as number);
    z[3] = (z[3] as number) + (w[3] as number);
    return;
  }
  for (let c = 0; c < C; c++) {
    if (isMuted(muted.get(MODEL_CATEGORIES[c] as ModelCategory), from, to)) continue;
    z[c] = (z[c] as number) + (w[c] as number);
  }
}
