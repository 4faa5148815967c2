/**
 * The learned part: a linear model (one logistic regression per category, multi-label) over
 * hashed features of the normalised text: words, word pairs inside a clause, character 3- to
 * 5-grams of each word (typos, accents, shorthand, word endings across languages) and emoji.
 * Trained by scripts/train on public data in English, Portuguese and Spanish plus the project's
 * corpus; shipped as int8 weights in base64 (model.json). Pure arithmetic at run time.
 *
 * This module never imports the weights: index.ts compiles the built-in ones (model-data.ts)
 * once with compileModel; isModelWeights checks the shape of a weights file.
 *
 * Stable API for layers built on top (per-owner adaptation): `textFeatures(text)` gives the
 * sparse hashed feature vector of a text, `linearScores(model, features)` the per-category
 * scores before the sigmoid, in MODEL_CATEGORIES order; `featuresOf(words, clauses)` still gives
 * the word unigram and bigram strings it gave before.
 */
import type { Category } from './types';
import { normalise, type Normalised, type Token, type WordFacts } from './normalise';
import { isMuted } from './triggers';

export type ModelCategory = 'human_request' | 'complaint' | 'emotional' | 'high_value';
export const MODEL_CATEGORIES: readonly ModelCategory[] = [
  'human_request',
  'complaint',
  'emotional',
  'high_value',
];
const C = MODEL_CATEGORIES.length;

/** Number of hash buckets (features share a bucket when their hashes collide). */
export const FEATURE_BITS = 16;
export const FEATURE_DIMS = 1 << FEATURE_BITS;
const MASK = FEATURE_DIMS - 1;
/** At most this many tokens are read (the text itself is already capped by normalise). */
const MAX_TOKENS = 400;

/** The weights file (model.json), as trained and as sent between extension contexts. */
export interface ModelWeights {
  version: 2;
  /** Hash buckets; must equal FEATURE_DIMS. */
  dims: number;
  /** One bias per category, in MODEL_CATEGORIES order. */
  bias: number[];
  /** Weight = int8 value × scale. */
  scale: number;
  /** base64 of dims × categories int8 values, bucket-major (bucket b, category c at b*C+c). */
  weights: string;
  /**
   * Per category (MODEL_CATEGORIES order), written by the training script (the defaults): the
   * probability from which the model decides alone, and the one from which it confirms weak
   * lexicon evidence.
   * Absent: DEFAULT_ALONE and DEFAULT_SUPPORT for every category.
   */
  thresholds?: { alone: number[]; support: number[] };
}

/** Model probability from which a category applies on the model's word alone (no thresholds in the file). */
export const DEFAULT_ALONE = 0.6;
/** Model probability that lets weak lexicon evidence count (no thresholds in the file). */
export const DEFAULT_SUPPORT = 0.5;

function isProbabilities(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === C &&
    value.every((x) => typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 1)
  );
}

/** Shape check of a weights file (the unit tests run it on model.json as trained). */
export function isModelWeights(value: unknown): value is ModelWeights {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ModelWeights, unknown>>;
  if (v.version !== 2 || v.dims !== FEATURE_DIMS) return false;
  if (typeof v.scale !== 'number' || !Number.isFinite(v.scale) || v.scale <= 0) return false;
  if (!Array.isArray(v.bias) || v.bias.length !== C) return false;
  for (const b of v.bias as unknown[])
    if (typeof b !== 'number' || !Number.isFinite(b)) return false;
  if (v.thresholds !== undefined) {
    const t = v.thresholds as unknown;
    if (typeof t !== 'object' || t === null) return false;
    const { alone, support } = t as Record<string, unknown>;
    if (!isProbabilities(alone) || !isProbabilities(support)) return false;
  }
  return typeof v.weights === 'string' && v.weights.length === base64Length(FEATURE_DIMS * C);
}

function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

export interface CompiledModel {
  bias: Float64Array;
  /** dims × C weights, bucket-major. */
  w: Float32Array;
  /** The same weights as shipped, int8 (w = q × scale): a quarter of the memory to walk. */
  q: Int8Array;
  scale: number;
  /** Per category (MODEL_CATEGORIES order): decides alone from this probability. */
  alone: readonly number[];
  /** Per category: confirms weak lexicon evidence from this probability. */
  support: readonly number[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 → bytes, without atob/Buffer so it runs the same everywhere. */
export function fromBase64(s: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let pad = 0;
  if (s.endsWith('==')) pad = 2;
  else if (s.endsWith('=')) pad = 1;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n =
      ((lookup[s.charCodeAt(i)] as number) << 18) |
      ((lookup[s.charCodeAt(i + 1)] as number) << 12) |
      ((lookup[s.charCodeAt(i + 2)] as number) << 6) |
      (lookup[s.charCodeAt(i + 3)] as number);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  const ch = (i: number): string => B64.charAt(i);
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out.push(
      ch((n >> 18) & 63),
      ch((n >> 12) & 63),
      i + 1 < bytes.length ? ch((n >> 6) & 63) : '=',
      i + 2 < bytes.length ? ch(n & 63) : '=',
    );
  }
  return out.join('');
}

export function compileModel(weights: ModelWeights): CompiledModel {
  const bytes = fromBase64(weights.weights);
  const w = new Float32Array(FEATURE_DIMS * C);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let i = 0; i < w.length; i++) w[i] = (q[i] as number) * weights.scale;
  return {
    bias: Float64Array.from(weights.bias),
    w,
    q,
    scale: weights.scale,
    alone: weights.thresholds?.alone.slice() ?? MODEL_CATEGORIES.map(() => DEFAULT_ALONE),
    support: weights.thresholds?.support.slice() ?? MODEL_CATEGORIES.map(() => DEFAULT_SUPPORT),
  };
}

// ---- features -------------------------------------------------------------------------------

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_CHAR = 0x85ebca6b;
const SEED_EMOJI = 0xc2b2ae35;

function hashWord(w: string, seed: number): number {
  let h = (FNV ^ seed) >>> 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), PRIME);
  return h >>> 0;
}

function mix(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x27d4eb2d) ^ (b >>> 15), PRIME) >>> 0;
}

/** Reusable buffers: feature buckets and the token each came from. */
let bucketBuf = new Int32Array(4096);
let tokenBuf = new Int32Array(4096);

function grow(atLeast: number): void {
  let size = bucketBuf.length * 2;
  while (size < atLeast) size *= 2;
  const b = new Int32Array(size);
  b.set(bucketBuf);
  bucketBuf = b;
  const t = new Int32Array(size);
  t.set(tokenBuf);
  tokenBuf = t;
}

function push(n: number, bucket: number, token: number): number {
  if (n >= bucketBuf.length) grow(n + 1);
  bucketBuf[n] = bucket;
  tokenBuf[n] = token;
  return n + 1;
}

/**
 * A word's own features, kept in its facts (normalise caches the words it reads): its hash (for
 * pairs) and the buckets of the word and its n-grams; and, for the model last scored with, the
 * sums of the word's int8 weights over those buckets per category (integers, so adding them per
 * word gives the same sums as adding bucket by bucket).
 */
const gramBuf: number[] = [];

/** The word's buckets (its own, then its character n-grams in order), computed once. */
function bucketsOf(f: WordFacts): Int32Array {
  if (f.buckets !== null) return f.buckets;
  const w = f.w;
  const hw = hashWord(w, SEED_WORD);
  gramBuf.length = 0;
  gramBuf.push(hw & MASK);
  // Character n-grams of "<w>" (60 = '<', 62 = '>'), lengths 3 to 5.
  const L = w.length + 2;
  if (L <= 40) {
    for (let s = 0; s + 3 <= L; s++) {
      let h = (FNV ^ SEED_CHAR) >>> 0;
      for (let k = 0; k < 5 && s + k < L; k++) {
        const p = s + k;
        const c = p === 0 ? 60 : p === L - 1 ? 62 : w.charCodeAt(p - 1);
        h = Math.imul(h ^ c, PRIME);
        if (k >= 2) gramBuf.push((h >>> 0) & MASK);
      }
    }
  }
  f.hashHi = hw >>> 16;
  f.hashLo = hw & 0xffff;
  f.size = gramBuf.length;
  return (f.buckets = Int32Array.from(gramBuf));
}

/**
 * The word's hash from its two halves, as a signed 32-bit integer: mix reads its arguments as
 * 32-bit integers, so it gives the same as with the unsigned hash.
 */
function hashOf(f: WordFacts): number {
  return (f.hashHi << 16) | f.hashLo;
}

/** The word's weight sums under `model`, kept in its facts until another model is used. */
function sumWeights(f: WordFacts, model: CompiledModel): void {
  const q = model.q;
  const b = bucketsOf(f);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < b.length; k++) {
    const i = (b[k] as number) * 4;
    s0 += q[i] as number;
    s1 += q[i + 1] as number;
    s2 += q[i + 2] as number;
    s3 += q[i + 3] as number;
  }
  f.s0 = s0;
  f.s1 = s1;
  f.s2 = s2;
  f.s3 = s3;
  f.sumsOf = model;
}

/**
 * Writes the hashed features of normalised tokens into the shared buffers and returns how many:
 * word, word pair (same clause), character 3-5-grams of "<word>", emoji name.
 */
function collect(tokens: readonly Token[], emoji: readonly string[]): number {
  let n = 0;
  const len = Math.min(tokens.length, MAX_TOKENS);
  let prevHash = 0;
  let prevClause = -1;
  for (let i = 0; i < len; i++) {
    const t = tokens[i] as Token;
    const f = t.facts;
    const b = bucketsOf(f);
    const hash = hashOf(f);
    n = push(n, b[0] as number, i);
    if (prevClause === t.clause) n = push(n, mix(prevHash, hash) & MASK, i);
    prevHash = hash;
    prevClause = t.clause;
    if (n + b.length > bucketBuf.length) grow(n + b.length);
    for (let k = 1; k < b.length; k++) {
      bucketBuf[n] = b[k] as number;
      tokenBuf[n++] = i;
    }
  }
  for (const e of emoji) n = push(n, hashWord(e, SEED_EMOJI) & MASK, -1);
  return n;
}

export interface FeatureVector {
  /** Hash buckets, ascending, each once. */
  indices: number[];
  /** Value per bucket: occurrences / sqrt(total occurrences). */
  values: number[];
}

/** The sparse feature vector the model reads for a normalised text. */
export function normalisedFeatures(n: Normalised): FeatureVector {
  const count = collect(n.tokens, n.emoji);
  const scale = count === 0 ? 0 : 1 / Math.sqrt(count);
  const acc = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const b = bucketBuf[i] as number;
    acc.set(b, (acc.get(b) ?? 0) + scale);
  }
  const indices = [...acc.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((i) => acc.get(i) as number) };
}

/** The sparse feature vector of a text (normalised first, as the classifier does). */
export function textFeatures(text: string): FeatureVector {
  return normalisedFeatures(normalise(text));
}

/**
 * Word unigrams and bigrams (inside a clause) of a token list, as strings: the features of the
 * earlier word-level model, kept with the same signature for callers that learn on words (the
 * per-owner layer). The shipped model reads textFeatures.
 */
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

/** Per-category scores before the sigmoid, in MODEL_CATEGORIES order. */
export function linearScores(model: CompiledModel, f: FeatureVector): number[] {
  const z = Array.from(model.bias);
  for (let i = 0; i < f.indices.length; i++) {
    const base = (f.indices[i] as number) * C;
    const v = f.values[i] as number;
    for (let c = 0; c < C; c++) z[c] = (z[c] as number) + v * (model.w[base + c] as number);
  }
  return z;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Per-category probability; words the owner muted for a category do not count for it. */
export function modelScores(
  model: CompiledModel,
  tokens: readonly Token[],
  muted: Map<Category, [number, number][]>,
  emoji: readonly string[] = [],
): Record<ModelCategory, number> {
  const q = model.q;
  // Sums of int8 weights are exact integers; the scale is applied once at the end.
  let z0 = 0;
  let z1 = 0;
  let z2 = 0;
  let z3 = 0;
  let count = 0;
  if (muted.size === 0) {
    // The same features as collect, in the same order, with each word's own buckets summed once
    // per word (sumWeights) instead of once per occurrence.
    const len = Math.min(tokens.length, MAX_TOKENS);
    let prevHash = 0;
    let prevClause = -1;
    for (let i = 0; i < len; i++) {
      const t = tokens[i] as Token;
      const f = t.facts;
      if (f.sumsOf !== model) sumWeights(f, model);
      z0 += f.s0;
      z1 += f.s1;
      z2 += f.s2;
      z3 += f.s3;
      count += f.size;
      const hash = hashOf(f);
      if (prevClause === t.clause) {
        const b = (mix(prevHash, hash) & MASK) * 4;
        z0 += q[b] as number;
        z1 += q[b + 1] as number;
        z2 += q[b + 2] as number;
        z3 += q[b + 3] as number;
        count++;
      }
      prevHash = hash;
      prevClause = t.clause;
    }
    for (const e of emoji) {
      const b = (hashWord(e, SEED_EMOJI) & MASK) * 4;
      z0 += q[b] as number;
      z1 += q[b + 1] as number;
      z2 += q[b + 2] as number;
      z3 += q[b + 3] as number;
      count++;
    }
  } else {
    count = collect(tokens, emoji);
    const m = MODEL_CATEGORIES.map((c) => muted.get(c));
    const z = [0, 0, 0, 0];
    for (let i = 0; i < count; i++) {
      const b = (bucketBuf[i] as number) * 4;
      const t = tokenBuf[i] as number;
      for (let c = 0; c < C; c++) {
        if (t >= 0 && isMuted(m[c], t, t + 1)) continue;
        z[c] = (z[c] as number) + (q[b + c] as number);
      }
    }
    [z0, z1, z2, z3] = z as [number, number, number, number];
  }
  const scale = model.scale;
  z0 *= scale;
  z1 *= scale;
  z2 *= scale;
  z3 *= scale;
  const s = count === 0 ? 0 : 1 / Math.sqrt(count);
  const bias = model.bias;
  return {
    human_request: sigmoid((bias[0] as number) + s * z0),
    complaint: sigmoid((bias[1] as number) + s * z1),
    emotional: sigmoid((bias[2] as number) + s * z2),
    high_value: sigmoid((bias[3] as number) + s * z3),
  };
}
