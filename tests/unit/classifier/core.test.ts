import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../lib/classifier/classify';
import {
  FEATURE_DIMS,
  isModelWeights,
  MODEL_CATEGORIES,
  compileModel,
  featuresOf,
  textFeatures,
  fromBase64,
  linearScores,
  modelScores,
  toBase64,
} from '../../../lib/classifier/model';
import { normalise } from '../../../lib/classifier/normalise';
import { MODEL, classify } from '../../../lib/classifier/index';
import type { ClassifierConfig, ClassifierInput } from '../../../lib/classifier/types';
import { config } from './helpers';

describe('the classifier without the learned model (what the training scripts call the rules)', () => {
  it('the rules still work; only the model’s own verdicts are gone', () => {
    const rulesOnly = (text: string) => classifyText(null, { text }, config());
    expect(rulesOnly('quero falar com um atendente').category).toBe('human_request');
    expect(rulesOnly('Vocês emitem nota fiscal?').category).toBe('knowledge_gap');
    // Flagged by the learned model alone (no lexicon phrase for it).
    const text = 'Se despegó el asa la primera vez que usé el bolso';
    expect(classify({ text }, config()).category).toBe('complaint');
    expect(rulesOnly(text).escalate).toBe(false);
  });
});

/** Weights of a model that always says 0.5. */
const blank = {
  version: 2,
  dims: FEATURE_DIMS,
  bias: [0, 0, 0, 0],
  scale: 0.01,
  weights: toBase64(new Uint8Array(FEATURE_DIMS * 4)),
};

describe('isModelWeights', () => {
  it('accepts the built-in weights after a JSON round trip (extension messaging)', () => {
    expect(isModelWeights(JSON.parse(JSON.stringify(MODEL)))).toBe(true);
    expect(isModelWeights(blank)).toBe(true);
    const thresholds = { alone: [0.85, 0.6, 0.7, 0.6], support: [0.4, 0.5, 0.55, 0.5] };
    expect(isModelWeights({ ...blank, thresholds })).toBe(true);
  });

  it.each([
    null,
    undefined,
    'model',
    [],
    {},
    { version: 1, bias: [0, 0, 0, 0], features: {} },
    { ...blank, version: 1 },
    { ...blank, dims: 1024 },
    { ...blank, bias: [0, 0, 0] },
    { ...blank, bias: [0, 0, 0, 'x'] },
    { ...blank, bias: [0, 0, 0, Number.NaN] },
    { ...blank, scale: 0 },
    { ...blank, scale: '1' },
    { ...blank, weights: 'AAAA' },
    { ...blank, weights: null },
    { ...blank, thresholds: null },
    { ...blank, thresholds: { alone: [0.6, 0.6, 0.6], support: [0.5, 0.5, 0.5, 0.5] } },
    { ...blank, thresholds: { alone: [0.6, 0.6, 0.6, 0], support: [0.5, 0.5, 0.5, 0.5] } },
    { ...blank, thresholds: { alone: [0.6, 0.6, 0.6, 0.6], support: [0.5, 0.5, 0.5, 1.5] } },
    { ...blank, thresholds: { alone: [0.6, 0.6, 0.6, 0.6] } },
  ])('rejects %j', (value) => {
    expect(isModelWeights(value)).toBe(false);
  });
});

describe('thresholds that come with the weights', () => {
  // A model that says 0.55 for complaint whatever the text, and almost 0 for the rest.
  const logit = (p: number): number => Math.log(p / (1 - p));
  const sure = (thresholds?: { alone: number[]; support: number[] }) => {
    const model = compileModel({
      version: 2,
      dims: FEATURE_DIMS,
      bias: [logit(0.01), logit(0.55), logit(0.01), logit(0.01)],
      scale: 0.01,
      weights: toBase64(new Uint8Array(FEATURE_DIMS * 4)),
      ...(thresholds ? { thresholds } : {}),
    });
    return (input: ClassifierInput, cfg: ClassifierConfig) => classifyText(model, input, cfg);
  };
  const text = 'the weather is lovely today';

  it('without thresholds the model decides alone from 0.6', () => {
    expect(compileModel(MODEL).alone).toHaveLength(MODEL_CATEGORIES.length);
    expect(sure()({ text }, config()).escalate).toBe(false);
  });

  it('a category decides alone from its own threshold, the others keep theirs', () => {
    const low = sure({ alone: [0.9, 0.5, 0.9, 0.9], support: [0.5, 0.5, 0.5, 0.5] });
    const out = low({ text }, config());
    expect(out.category).toBe('complaint');
    expect(out.categories).toEqual(['complaint']);
    const high = sure({ alone: [0.3, 0.56, 0.3, 0.3], support: [0.3, 0.3, 0.3, 0.3] });
    expect(high({ text }, config()).escalate).toBe(false);
  });
});

describe('features and linear scores (the stable API for layers built on the model)', () => {
  const compiled = compileModel(MODEL);

  it('a text gives sorted, distinct hashed buckets with positive values', () => {
    const f = textFeatures('Quero falar com um atendente, por favor 😡');
    expect(f.indices.length).toBeGreaterThan(20);
    expect(f.indices.length).toBe(f.values.length);
    for (let i = 1; i < f.indices.length; i++)
      expect(f.indices[i]).toBeGreaterThan(f.indices[i - 1] as number);
    for (const i of f.indices) expect(i >= 0 && i < FEATURE_DIMS).toBe(true);
    for (const v of f.values) expect(v).toBeGreaterThan(0);
  });

  it('typos and accents share most character n-grams', () => {
    const a = new Set(textFeatures('atendimento').indices);
    const b = textFeatures('atendimeto').indices;
    const shared = b.filter((i) => a.has(i)).length;
    expect(shared / b.length).toBeGreaterThan(0.4);
    expect(textFeatures('Não chegou').indices).toEqual(textFeatures('nao chegou').indices);
  });

  it('linear scores match the probabilities the classifier uses', () => {
    const text = 'I was charged twice and nobody answers my emails';
    const z = linearScores(compiled, textFeatures(text));
    const n = normalise(text);
    const p = modelScores(compiled, n.tokens, new Map(), n.emoji);
    MODEL_CATEGORIES.forEach((c, i) => {
      expect(1 / (1 + Math.exp(-(z[i] as number)))).toBeCloseTo(p[c], 5);
    });
  });

  it('word by word and bucket by bucket give the very same probabilities', () => {
    // A muted range that covers no token sends the scores through the bucket-by-bucket loop.
    const nowhere = new Map([['knowledge_gap' as const, [[1000, 1001]] as [number, number][]]]);
    for (const text of [
      'I was charged twice and nobody answers my emails 😡',
      'charged twice, twice charged. CHARGED!!',
      'Quero falar com um atendente, por favor 🙏',
    ]) {
      const n = normalise(text);
      expect(modelScores(compiled, n.tokens, new Map(), n.emoji)).toEqual(
        modelScores(compiled, n.tokens, nowhere, n.emoji),
      );
    }
  });

  it('a word scored with one model is scored with its own weights by another', () => {
    // Weights that differ from the shipped ones in every bucket (a fixed pseudo-random fill).
    const bytes = new Uint8Array(FEATURE_DIMS * 4);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++)
      bytes[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    const other = compileModel({ ...MODEL, weights: toBase64(bytes) });
    const text = 'I was charged twice and nobody answers my emails';
    const n = normalise(text);
    for (const model of [compiled, other, compiled, other]) {
      const z = linearScores(model, textFeatures(text));
      const p = modelScores(model, n.tokens, new Map(), n.emoji);
      MODEL_CATEGORIES.forEach((c, i) => {
        expect(p[c]).toBeCloseTo(1 / (1 + Math.exp(-(z[i] as number))), 6);
      });
    }
    const mine = modelScores(compiled, n.tokens, new Map(), n.emoji);
    const theirs = modelScores(other, n.tokens, new Map(), n.emoji);
    expect(mine.complaint).not.toBe(theirs.complaint);
  });

  it('featuresOf still gives word unigrams and bigrams inside a clause', () => {
    expect(featuresOf(['nao', 'chegou', 'ainda'], [0, 0, 1])).toEqual([
      'nao',
      'nao chegou',
      'chegou',
      'ainda',
    ]);
  });

  it('base64 round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 259 }, (_, i) => i % 256);
    expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
  });
});
