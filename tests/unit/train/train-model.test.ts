import { describe, expect, it } from 'vitest';
import { MODEL_CATEGORIES } from '../../../lib/classifier/model';
import type { Category } from '../../../lib/classifier/types';
import { probabilities } from '../../../scripts/train/cv';
import {
  TRAIN_OPTIONS,
  prepare,
  sourceWeight,
  trainModel,
  type Prepared,
  type TrainOptions,
  type TrainRow,
} from '../../../scripts/train/train-model';

// A tiny training set of our own: complaints and routine messages in English and Portuguese,
// each language with its own words, so each language's complaint score rests on its own rows.
const EN_COMPLAINTS = [
  'the zipper broke on the first day',
  'my parcel never arrived and nobody answers',
  'you charged my card twice for one order',
  'the cake came squashed and the icing melted',
];
const EN_ROUTINE = [
  'thanks, see you tomorrow',
  'what time do you open on saturday',
  'lovely, I will pick it up at noon',
  'do you have it in blue',
  'great, talk soon',
  'ok perfect',
];
const PT_COMPLAINTS = [
  'o fecho quebrou logo no primeiro dia',
  'minha encomenda nunca chegou e ninguém responde',
  'cobraram duas vezes no meu cartão',
  'o bolo chegou amassado e derretido',
];
const PT_ROUTINE = [
  'obrigada, até amanhã',
  'vocês abrem no sábado de manhã',
  'combinado, busco ao meio dia',
  'tem na cor azul',
  'beleza, falamos depois',
  'ok perfeito',
];

const row = (lang: 'en' | 'pt', text: string, labels: Category[]): TrainRow => ({
  source: 'test',
  lang,
  text,
  labels,
});

const rows: TrainRow[] = [
  ...EN_COMPLAINTS.map((t) => row('en', t, ['complaint'])),
  ...EN_ROUTINE.map((t) => row('en', t, [])),
  ...PT_COMPLAINTS.map((t) => row('pt', t, ['complaint'])),
  ...PT_ROUTINE.map((t) => row('pt', t, [])),
];
const prepared = prepare(rows);
const COMPLAINT = MODEL_CATEGORIES.indexOf('complaint');
const C = MODEL_CATEGORIES.length;

/** Mean complaint probability of the complaint rows of one language. */
function complaintScore(options: TrainOptions, lang: 'en' | 'pt'): number {
  const weights = trainModel(prepared, () => true, options);
  const which = rows.flatMap((r, i) =>
    r.lang === lang && r.labels.includes('complaint') ? [i] : [],
  );
  const out = new Float32Array(rows.length * C);
  probabilities(prepared, weights, which, out);
  return which.reduce((sum, i) => sum + (out[i * C + COMPLAINT] as number), 0) / which.length;
}

describe('trainModel', () => {
  const options: TrainOptions = { ...TRAIN_OPTIONS, epochs: 2, englishComplaintWeight: 1 };

  it('gives the same weights on every run, dropout included', () => {
    const withDropout = { ...options, dropout: 0.7 };
    expect(trainModel(prepared, () => true, withDropout)).toEqual(
      trainModel(prepared, () => true, withDropout),
    );
  });

  it('leaves features out when dropout is on', () => {
    expect(trainModel(prepared, () => true, { ...options, dropout: 0.7 }).weights).not.toEqual(
      trainModel(prepared, () => true, { ...options, dropout: 0 }).weights,
    );
  });

  it('weighs English complaint examples more, and Portuguese ones less than English', () => {
    const heavier = { ...options, englishComplaintWeight: 4 };
    const enGain = complaintScore(heavier, 'en') - complaintScore(options, 'en');
    const ptGain = complaintScore(heavier, 'pt') - complaintScore(options, 'pt');
    expect(enGain).toBeGreaterThan(0);
    expect(enGain).toBeGreaterThan(ptGain);
  });

  it("weighs a balanced source's complaints together as its routine rows, with no English weight", () => {
    // Four complaints and two routine messages: in a balanced source each complaint weighs 2/4.
    const mostlyComplaints = (source: string): Prepared =>
      prepare([
        ...EN_COMPLAINTS.map((t) => ({ ...row('en', t, ['complaint']), source })),
        ...EN_ROUTINE.slice(0, 2).map((t) => ({ ...row('en', t, []), source })),
      ]);
    const balanced = mostlyComplaints('ibm-twitter');
    const plain = mostlyComplaints('test');
    const score = (p: Prepared, o: TrainOptions): number => {
      const which = [0, 1, 2, 3];
      const out = new Float32Array(p.rows.length * C);
      probabilities(
        p,
        trainModel(p, () => true, o),
        which,
        out,
      );
      return which.reduce((sum, i) => sum + (out[i * C + COMPLAINT] as number), 0) / 4;
    };
    expect(score(balanced, options)).toBeLessThan(score(plain, options));
    const heavier = { ...options, englishComplaintWeight: 4 };
    expect(trainModel(balanced, () => true, heavier)).toEqual(
      trainModel(balanced, () => true, options),
    );
    expect(trainModel(plain, () => true, heavier)).not.toEqual(
      trainModel(plain, () => true, options),
    );
  });
});

describe('sourceWeight', () => {
  it('makes every public source weigh about 4,000 rows, a small one up to the boost', () => {
    expect(sourceWeight(8000, 4)).toBe(0.5);
    expect(sourceWeight(2000, 4)).toBe(2);
    expect(sourceWeight(1000, 4)).toBe(4);
    expect(sourceWeight(500, 4)).toBe(4);
    expect(sourceWeight(20_000, 4)).toBe(0.3);
    expect(sourceWeight(1000, 1)).toBe(1);
  });

  it("gives a small source's rows more weight with the boost than without", () => {
    // The rows above are one public source of 20 rows: with the boost each of them weighs 4
    // instead of 1, so after the same epochs its complaints score higher.
    const score = (boost: number): number =>
      complaintScore(
        { ...TRAIN_OPTIONS, epochs: 2, englishComplaintWeight: 1, smallSourceBoost: boost },
        'en',
      );
    expect(score(4)).toBeGreaterThan(score(1));
  });
});
