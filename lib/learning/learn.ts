/**
 * Learning the owner's layer from their verdicts, oldest first. Deterministic: the same verdicts,
 * settings and classifier always give the same adaptation (fixed order, no randomness). The
 * extension's background and the command line both call learnAdaptation, so they learn alike.
 */
import {
  CATEGORIES,
  type Classification,
  type ClassifierConfig,
  type ClassifierInput,
} from '../classifier/types';
import { contextFeatures, messageFeatures, triggerKey } from './features';
import { baseScores } from './layer';
import { categoryIndex, MAX_VERDICTS, type Adaptation, type Verdict } from './types';

/** What the shipped classifier says about a verdict's message (with its history). */
export type BaseResult = (verdict: Verdict) => Pick<Classification, 'categories' | 'reasons'>;

const EPOCHS = 20;
const RATE = 4;
const L2 = 0.002;
/** A feature gets a weight only when this many different verdicts contain it. */
export const MIN_SUPPORT = 2;
/** Weights are rounded to this many decimals (smaller messages, same decisions). */
const DECIMALS = 3;

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function round(x: number): number {
  const k = 10 ** DECIMALS;
  return Math.round(x * k) / k;
}

/**
 * Learns from the newest MAX_VERDICTS verdicts (given oldest first). For the memory, the latest
 * verdict on the same wording wins; the linear correction learns from all of them.
 */
export function learnAdaptation(all: readonly Verdict[], base: BaseResult): Adaptation {
  const verdicts = all.slice(-MAX_VERDICTS);
  const dismissed = new Set<number>();
  const docs = verdicts.map((v) => {
    const shipped = base(v);
    // A category the classifier raised and the owner did not want: its trigger phrase may be
    // lowered where the learned context says so.
    shipped.categories.forEach((c, i) => {
      if (c === v.category) return;
      const key = triggerKey(c, shipped.reasons[i] ?? '');
      if (key !== undefined) dismissed.add(key);
    });
    const scores = baseScores(shipped.categories);
    return {
      ids: messageFeatures(v.text),
      context: contextFeatures(v.text, shipped.reasons),
      c: categoryIndex(v.category),
      prior: CATEGORIES.map((c) => scores[c]),
    };
  });

  // Memory: one example per wording, the latest verdict's.
  const byWording = new Map<string, { f: number[]; c: number }>();
  for (const d of docs) {
    if (d.ids.length === 0) continue;
    const key = d.ids.join(',');
    byWording.delete(key);
    byWording.set(key, { f: d.ids, c: d.c });
  }

  // Linear correction on context features (trigger phrases left out) that at least MIN_SUPPORT
  // verdicts share.
  const support = new Map<number, number>();
  for (const d of docs) for (const f of d.context) support.set(f, (support.get(f) ?? 0) + 1);
  const kept = new Set([...support].filter(([, n]) => n >= MIN_SUPPORT).map(([f]) => f));
  const C = CATEGORIES.length;
  const weights = new Map<number, number[]>();
  for (const f of [...kept].sort((a, b) => a - b)) weights.set(f, new Array<number>(C).fill(0));
  if (weights.size > 0) {
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      const rate = RATE / (1 + epoch * 0.5);
      for (const d of docs) {
        const ids = d.context.filter((f) => kept.has(f));
        if (ids.length === 0) continue;
        const x = 1 / Math.sqrt(d.ids.length);
        for (let c = 0; c < C; c++) {
          let z = d.prior[c] as number;
          for (const f of ids) z += ((weights.get(f) as number[])[c] as number) * x;
          const g = sigmoid(z) - (d.c === c ? 1 : 0);
          for (const f of ids) {
            const w = weights.get(f) as number[];
            w[c] = (w[c] as number) * (1 - rate * L2) - rate * g * x;
          }
        }
      }
    }
  }
  const learned: [number, number[]][] = [];
  for (const [f, w] of weights) {
    const r = w.map(round);
    if (r.some((x) => Math.abs(x) >= 0.01)) learned.push([f, r]);
  }
  return {
    version: 1,
    verdicts: verdicts.length,
    examples: [...byWording.values()],
    weights: learned,
    dismissed: [...dismissed].sort((a, b) => a - b),
  };
}

/**
 * What the extension's background and the command line both call: learns with `classify` under
 * `config` as the shipped classifier whose answers the verdicts correct.
 */
export function learnFromVerdicts(
  verdicts: readonly Verdict[],
  classify: (input: ClassifierInput, config: ClassifierConfig) => Classification,
  config: ClassifierConfig,
): Adaptation {
  return learnAdaptation(verdicts, (v) => classify(v, config));
}
