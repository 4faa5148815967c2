import { describe, expect, it } from 'vitest';
import { normalise } from '../../../lib/classifier/normalise';
import { MODEL_CATEGORIES } from '../../../lib/classifier/model';
import { loadCorpus } from '../../../scripts/corpus/load';
import { SEEDS, SEED_SOURCE, seedRows } from '../../../scripts/train/seeds';

/** Lower case, accents, repeated letters and punctuation away: "Hiii!!" and "hi" are one text. */
const key = (text: string): string =>
  normalise(text)
    .tokens.map((t) => t.w)
    .join(' ');

describe('our seed messages (training only)', () => {
  const rows = seedRows();

  it('cover the three languages, each model category and routine messages, in numbers', () => {
    expect(Object.keys(SEEDS).sort()).toEqual(['en', 'es', 'pt']);
    for (const lang of ['en', 'pt', 'es'] as const) {
      const set = SEEDS[lang];
      expect(Object.keys(set).sort()).toEqual([...MODEL_CATEGORIES, 'none'].sort());
      for (const texts of Object.values(set)) expect(texts.length).toBeGreaterThanOrEqual(40);
      expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(250);
    }
  });

  it('are rows of the seed source, one category or none each, short non-empty texts', () => {
    for (const r of rows) {
      expect(r.source).toBe(SEED_SOURCE);
      expect(r.labels.length).toBeLessThanOrEqual(1);
      expect(r.text.trim()).toBe(r.text);
      expect(r.text.length).toBeGreaterThan(1);
      expect(r.text.length).toBeLessThanOrEqual(200);
    }
    const none = seedRows().filter((r) => r.labels.length === 0);
    expect(none.length).toBe(SEEDS.en.none!.length + SEEDS.pt.none!.length + SEEDS.es.none!.length);
  });

  it('hold no message twice, even across categories, once normalised', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const r of rows) {
      const k = `${r.lang}|${key(r.text)}`;
      if (seen.has(k)) dupes.push(`${r.text} ~ ${seen.get(k)}`);
      seen.set(k, r.text);
    }
    expect(dupes).toEqual([]);
  });

  it('share no message with the corpus our dev split is scored on', () => {
    const corpus = new Set(loadCorpus().map((r) => `${r.lang}|${key(r.text)}`));
    expect(rows.filter((r) => corpus.has(`${r.lang}|${key(r.text)}`)).map((r) => r.text)).toEqual(
      [],
    );
  });
});
