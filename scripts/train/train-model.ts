/**
 * Training the learned model: the rows of every source (sources.ts) and the project's corpus,
 * mapped to our categories, turned into hashed features (lib/classifier/model.ts) and fitted by
 * logistic regression (one per category, multi-label) with stochastic gradient descent in a
 * seeded order, leaving a seeded random share of each row's features out at each step (dropout).
 * Deterministic: the same rows give the same weights, byte for byte.
 */
import { normalise } from '../../lib/classifier/normalise';
import {
  FEATURE_DIMS,
  MODEL_CATEGORIES,
  normalisedFeatures,
  toBase64,
  type ModelWeights,
} from '../../lib/classifier/model';
import type { Category } from '../../lib/classifier/types';
import { loadCorpus } from '../corpus/load';
import { SEED_SOURCE, seedRows } from './seeds';
import { SOURCES, hash32, loadSource, type SourceRow } from './sources';

const C = MODEL_CATEGORIES.length;
const COMPLAINT = MODEL_CATEGORIES.indexOf('complaint');
/** Rows kept per source and language at most (a deterministic sample by text hash), so no source dominates. */
export const MAX_ROWS_PER_SOURCE = 8_000;
export interface TrainOptions {
  /** Passes over the data. */
  epochs: number;
  /** Gradient weight of a positive example, per category (MODEL_CATEGORIES order). */
  positiveWeight: readonly number[];
  /** Weight of each of our seed messages (seeds.ts); 1, as a row of a public source. */
  seedWeight: number;
  /** Step size of the first epoch (then rate / (1 + epoch)). */
  rate: number;
  /**
   * Share of a row's features left out, at random, at each step (the others scaled up to make
   * up for them), so that no category rests on a few words of one source.
   */
  dropout: number;
  /**
   * Extra weight of a complaint example written in English (multiplies positiveWeight's
   * complaint entry for English rows only; Portuguese and Spanish rows keep 1). The English
   * public sources hold few complaints among many routine messages, and the English model found
   * too few of them; chosen on the leave-one-source-out folds (docs/DATA.md).
   */
  englishComplaintWeight: number;
  /**
   * Most a row of a small public source may weigh (sourceWeight): each source weighs about as
   * much as SOURCE_ROWS rows, a small one up to this many times its own size.
   */
  smallSourceBoost: number;
  /** Seed of the row order and of the dropped features (the shipped model uses the default). */
  seed: number;
}

export const TRAIN_OPTIONS: TrainOptions = {
  epochs: Number(process.env['RADAR_EPOCHS'] ?? 4),
  positiveWeight: (process.env['RADAR_POS'] ?? '1,1,1,1').split(',').map(Number),
  seedWeight: Number(process.env['RADAR_SEED_WEIGHT'] ?? 1),
  rate: Number(process.env['RADAR_RATE'] ?? 1.2),
  dropout: Number(process.env['RADAR_DROPOUT'] ?? 0.7),
  englishComplaintWeight: Number(process.env['RADAR_EN_COMPLAINT'] ?? 2),
  smallSourceBoost: Number(process.env['RADAR_SOURCE_UP'] ?? 4),
  seed: Number(process.env['RADAR_TRAIN_SEED'] ?? 20261130),
};
const L2 = 2e-6;

/** Rows a public source weighs as, whatever its size (within the bounds of sourceWeight). */
export const SOURCE_ROWS = 4000;

/**
 * Weight of each row of a public source of `rows` rows: SOURCE_ROWS / rows, so that every source
 * weighs about the same, but at least 0.3 (a large source keeps some of its variety) and at most
 * `boost` (a source of a few hundred rows is not repeated into a caricature of itself).
 */
export function sourceWeight(rows: number, boost: number): number {
  return Math.min(boost, Math.max(0.3, SOURCE_ROWS / Math.max(1, rows)));
}

/** The project's own messages are closest to the product's inputs: they weigh more. */
const OWN_WEIGHT = 2;
export const OWN_SOURCE = 'own-corpus';

export interface TrainRow extends SourceRow {
  /** The project corpus's split (train/dev); sources have none. */
  split?: 'train' | 'dev';
  history?: { from: 'customer' | 'owner'; text: string }[];
}

export interface Prepared {
  rows: TrainRow[];
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

/** Rows of every source found under `root` (null: none), plus the project's corpus. */
export function gatherRows(root: string | null): { rows: TrainRow[]; missing: string[] } {
  const rows: TrainRow[] = [];
  const missing: string[] = [];
  for (const r of loadCorpus()) {
    rows.push({
      source: OWN_SOURCE,
      lang: r.lang,
      text: r.text,
      labels: r.labels,
      split: r.split,
      ...(r.history ? { history: r.history } : {}),
    });
  }
  rows.push(...seedRows());
  if (root === null) return { rows, missing: SOURCES.map((s) => s.id) };
  // RADAR_SKIP_SOURCES=a,b: train and score as if those sources were absent (to compare).
  const skip = (process.env['RADAR_SKIP_SOURCES'] ?? '').split(',');
  for (const s of SOURCES) {
    if (skip.includes(s.id)) {
      missing.push(s.id);
      continue;
    }
    const got = loadSource(root, s);
    if (got === null) {
      missing.push(s.id);
      continue;
    }
    for (const lang of ['en', 'pt', 'es'] as const)
      rows.push(
        ...sample(
          got.filter((r) => r.lang === lang),
          MAX_ROWS_PER_SOURCE,
        ),
      );
  }
  return { rows, missing };
}

function sample(rows: SourceRow[], max: number): SourceRow[] {
  if (rows.length <= max) return rows;
  return rows
    .map((r) => [hash32(`${r.lang}|${r.text}`), r] as const)
    .sort((a, b) => a[0] - b[0] || (a[1].text < b[1].text ? -1 : 1))
    .slice(0, max)
    .map(([, r]) => r);
}

/** Features of every row, computed once (shared by every leave-one-source-out fold). */
export function prepare(rows: TrainRow[]): Prepared {
  const offsets = new Int32Array(rows.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  rows.forEach((r, i) => {
    const f = normalisedFeatures(normalise(r.text));
    for (let k = 0; k < f.indices.length; k++) {
      idx.push(f.indices[k] as number);
      val.push(f.values[k] as number);
    }
    offsets[i + 1] = idx.length;
  });
  return { rows, offsets, indices: Int32Array.from(idx), values: Float32Array.from(val) };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fits the model on the rows `use` accepts; returns the weights as shipped (int8, base64). */
export function trainModel(
  p: Prepared,
  use: (r: TrainRow) => boolean,
  options: TrainOptions = TRAIN_OPTIONS,
): ModelWeights {
  const chosen: number[] = [];
  const perSource = new Map<string, number>();
  p.rows.forEach((r, i) => {
    if (!use(r)) return;
    chosen.push(i);
    perSource.set(r.source, (perSource.get(r.source) ?? 0) + 1);
  });
  // Each public source weighs about as much as 4,000 rows, whatever its size (sourceWeight); our
  // seed messages weigh options.seedWeight per row and our corpus OWN_WEIGHT.
  // In a source whose complaints are balanced against its routine rows, a complaint row weighs
  // (routine rows / complaint rows) and gets no English complaint weight.
  const balance = new Map<string, number>();
  for (const s of SOURCES) {
    if (!s.balanceComplaints) continue;
    let routine = 0;
    let complaints = 0;
    for (const i of chosen) {
      const r = p.rows[i] as TrainRow;
      if (r.source !== s.id) continue;
      if (r.labels.length === 0) routine++;
      else if (r.labels.includes('complaint')) complaints++;
    }
    if (complaints > 0) balance.set(s.id, Math.min(1, routine / complaints));
  }
  const weightOf = (r: TrainRow): number =>
    r.source === OWN_SOURCE
      ? OWN_WEIGHT
      : r.source === SEED_SOURCE
        ? options.seedWeight
        : sourceWeight(perSource.get(r.source) ?? 1, options.smallSourceBoost);
  const w = new Float64Array(FEATURE_DIMS * C);
  const bias = new Float64Array(C);
  // Start the biases at the label frequencies.
  for (let c = 0; c < C; c++) {
    let pos = 0;
    for (const i of chosen)
      if ((p.rows[i] as TrainRow).labels.includes(MODEL_CATEGORIES[c] as Category)) pos++;
    const f = Math.min(0.99, Math.max(0.001, pos / Math.max(1, chosen.length)));
    bias[c] = Math.log(f / (1 - f));
  }
  const rand = mulberry32(options.seed);
  const dropRand = mulberry32(options.seed ^ 0x5bd1e995);
  const order = chosen.slice();
  const y = new Float64Array(C);
  const z = new Float64Array(C);
  const dropout = options.dropout;
  const inv = 1 / (1 - dropout);
  let keep = new Uint8Array(1024);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      const t = order[k] as number;
      order[k] = order[j] as number;
      order[j] = t;
    }
    const rate = options.rate / (1 + epoch);
    for (const i of order) {
      const r = p.rows[i] as TrainRow;
      const from = p.offsets[i] as number;
      const to = p.offsets[i + 1] as number;
      for (let c = 0; c < C; c++) {
        y[c] = r.labels.includes(MODEL_CATEGORIES[c] as Category) ? 1 : 0;
        z[c] = bias[c] as number;
      }
      // The features this step sees (the same in the forward pass and the update).
      if (keep.length < to - from) keep = new Uint8Array(2 * (to - from));
      for (let k = 0; k < to - from; k++) keep[k] = dropout > 0 && dropRand() < dropout ? 0 : 1;
      for (let k = from; k < to; k++) {
        if (keep[k - from] === 0) continue;
        const b = (p.indices[k] as number) * C;
        const v = (p.values[k] as number) * inv;
        for (let c = 0; c < C; c++) z[c] = (z[c] as number) + v * (w[b + c] as number);
      }
      const balanced = balance.get(r.source);
      const rw =
        weightOf(r) *
        rate *
        (balanced !== undefined && r.labels.includes('complaint') ? balanced : 1);
      const complaintBoost =
        balanced === undefined && r.lang === 'en' ? options.englishComplaintWeight : 1;
      for (let c = 0; c < C; c++) {
        const yc = y[c] as number;
        const pw = (options.positiveWeight[c] as number) * (c === COMPLAINT ? complaintBoost : 1);
        const g = (1 / (1 + Math.exp(-(z[c] as number))) - yc) * rw * (yc === 1 ? pw : 1);
        z[c] = g;
        bias[c] = (bias[c] as number) - g * 0.1;
      }
      for (let k = from; k < to; k++) {
        if (keep[k - from] === 0) continue;
        const b = (p.indices[k] as number) * C;
        const v = (p.values[k] as number) * inv;
        for (let c = 0; c < C; c++) {
          const cur = w[b + c] as number;
          w[b + c] = cur - (z[c] as number) * v - rate * L2 * cur;
        }
      }
    }
  }
  return quantise(w, bias);
}

/** int8 weights: clipped at the 99.99th percentile of |w|, scaled to ±127. */
function quantise(w: Float64Array, bias: Float64Array): ModelWeights {
  const mags = Array.from(w, Math.abs).sort((a, b) => a - b);
  const clip = Math.max(1e-6, mags[Math.floor(mags.length * 0.9999)] ?? 1);
  const scale = clip / 127;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    q[i] = Math.max(-127, Math.min(127, Math.round((w[i] as number) / scale)));
  }
  return {
    version: 2,
    dims: FEATURE_DIMS,
    bias: Array.from(bias, (b) => Math.round(b * 1e4) / 1e4),
    scale: Number(scale.toPrecision(6)),
    weights: toBase64(new Uint8Array(q.buffer)),
  };
}

/** Rows per source, language and category (for docs/DATA.md and the training log). */
export function countRows(rows: readonly TrainRow[]): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const rec = out.get(r.source) ?? {};
    for (const key of [r.lang, `${r.lang}:${r.labels.length === 0 ? 'none' : r.labels.join('+')}`])
      rec[key] = (rec[key] ?? 0) + 1;
    out.set(r.source, rec);
  }
  return out;
}
