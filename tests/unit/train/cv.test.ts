import { describe, expect, it } from 'vitest';
import { MODEL, classify } from '../../../lib/classifier/index';
import { CATEGORIES, type Category } from '../../../lib/classifier/types';
import {
  chooseThresholds,
  configFor,
  decide,
  groupsOf,
  probabilities,
  ruleFlags,
} from '../../../scripts/train/cv';
import { prepare, type TrainRow } from '../../../scripts/train/train-model';

const texts = [
  'The print on the shirt peeled off after one wash',
  'quero falar com um atendente',
  'Se despegó el asa la primera vez que usé el bolso',
  'thanks, see you tomorrow',
  'we need 300 croissants for a company event',
  'meu pedido veio errado e ninguém responde',
  'estou desesperada, era o presente do meu pai que faleceu',
  'what time do you open on saturday?',
  'kkkk adorei, obrigada',
  '¿me pasas con una persona, por favor?',
];

const rowsOf = (labels: Category[][]): TrainRow[] =>
  texts.map((text, i) => ({ source: 'test', lang: 'en', text, labels: labels[i] ?? [] }));

describe('cross-validation helpers of the training script', () => {
  it('decide() from rule flags and probabilities gives what the classifier gives', () => {
    const rows = rowsOf([]);
    const flags = ruleFlags(rows);
    const p = prepare(rows);
    const probs = new Float32Array(rows.length * 4);
    const all = rows.map((_, i) => i);
    probabilities(p, MODEL, all, probs);
    const thresholds = MODEL.thresholds ?? {
      alone: [0.6, 0.6, 0.6, 0.6],
      support: [0.5, 0.5, 0.5, 0.5],
    };
    const cfg = configFor();
    for (const i of all) {
      const row = rows[i] as TrainRow;
      const out = classify({ text: row.text }, cfg(row));
      const mask = decide(flags, probs, i, thresholds);
      expect(CATEGORIES.filter((_, k) => (mask >> k) & 1)).toEqual(out.categories);
    }
  });

  it('chooses the thresholds that separate positives from routine rows', () => {
    // Four rows, complaint probability 0.9 / 0.8 for the two complaints, 0.45 / 0.3 for routine.
    const rows = rowsOf([['complaint'], ['complaint'], [], []]).slice(0, 4);
    rows.forEach((r) => {
      r.text = 'zzz qqq';
    });
    const flags = ruleFlags(rows);
    const probs = new Float32Array(16);
    [0.9, 0.8, 0.45, 0.3].forEach((p, i) => {
      probs[i * 4 + 1] = p;
    });
    const t = chooseThresholds(rows, flags, probs, [0, 1, 2, 3]);
    expect(t.alone[1]).toBeGreaterThan(0.45);
    expect(t.alone[1]).toBeLessThanOrEqual(0.8);
  });

  it('keeps a default threshold when moving it gains less than one point of F1', () => {
    // 150 complaints at 0.9 and one at 0.57, 150 routine rows at 0.3: lowering complaint's
    // alone threshold below 0.57 would catch the last complaint, F1 99.7% → 100%.
    const rows: TrainRow[] = Array.from({ length: 301 }, (_, i) => ({
      source: 'test',
      lang: 'en',
      text: 'zzz qqq',
      labels: i < 151 ? ['complaint'] : [],
    }));
    const flags = ruleFlags(rows);
    const probs = new Float32Array(rows.length * 4);
    rows.forEach((_, i) => {
      probs[i * 4 + 1] = i < 150 ? 0.9 : i === 150 ? 0.57 : 0.3;
    });
    const t = chooseThresholds(
      rows,
      flags,
      probs,
      rows.map((_, i) => i),
    );
    expect(t.alone[1]).toBe(0.6);
  });

  it('deals sources into groups round-robin', () => {
    expect(groupsOf(['a', 'b', 'c', 'd', 'e'], 3)).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    expect(groupsOf(['a'], 3)).toEqual([['a']]);
  });
});
