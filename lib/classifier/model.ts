/**
 * The learned part: a linear model (one logistic regression per category) over word unigrams
 * and bigrams of the normalised text, trained by scripts/train.ts on the corpus's train split
 * and shipped as a small JSON of weights. Pure arithmetic at run time.
 */
import type { Category } from './types';
import type { Token } from './normalise';
import { isMuted } from './triggers';
import weights from './model.json';

export type ModelCategory = 'human_request' | 'complaint' | 'emotional' | 'high_value';
export const MODEL_CATEGORIES: readonly ModelCategory[] = [
  'human_request',
  'complaint',
  'emotional',
  'high_value',
];

export interface ModelFile {
  version: number;
  bias: number[];
  /** feature → weights, in MODEL_CATEGORIES order (0 where absent). */
  features: Record<string, number[]>;
}

const MODEL = weights as ModelFile;
const UNI = new Map<string, number[]>();
/** Bigrams as first word → second word → weights: no string building at run time. */
const BI = new Map<string, Map<string, number[]>>();
for (const [f, w] of Object.entries(MODEL.features)) {
  const sp = f.indexOf(' ');
  if (sp < 0) UNI.set(f, w);
  else {
    const a = f.slice(0, sp);
    let m = BI.get(a);
    if (m === undefined) BI.set(a, (m = new Map<string, number[]>()));
    m.set(f.slice(sp + 1), w);
  }
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
  tokens: readonly Token[],
  muted: Map<Category, [number, number][]>,
): Record<ModelCategory, number> {
  const z = MODEL.bias.slice();
  const n = Math.min(tokens.length, 400);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const next = i + 1 < n ? tokens[i + 1] : undefined;
    add(z, UNI.get(t.w), i, i + 1, muted);
    if (next !== undefined && next.clause === t.clause)
      add(z, BI.get(t.w)?.get(next.w), i, i + 2, muted);
  }
  return {
    human_request: sigmoid(z[0] ?? 0),
    complaint: sigmoid(z[1] ?? 0),
    emotional: sigmoid(z[2] ?? 0),
    high_value: sigmoid(z[3] ?? 0),
  };
}

function add(
  z: number[],
  w: number[] | undefined,
  from: number,
  to: number,
  muted: Map<Category, [number, number][]>,
): void {
  if (w === undefined) return;
  for (let c = 0; c < z.length; c++) {
    const cat = MODEL_CATEGORIES[c];
    if (cat !== undefined && muted.size > 0 && isMuted(muted.get(cat), from, to)) continue;
    z[c] = (z[c] ?? 0) + (w[c] ?? 0);
  }
}
