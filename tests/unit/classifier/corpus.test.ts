import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import { loadCorpus, loadFaqConfig, score } from '../../../scripts/corpus/load';

const corpus = loadCorpus();
const config = loadFaqConfig();

describe('labelled corpus', () => {
  it('is large enough, mostly routine, with every category in every language', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(2000);
    const routine = corpus.filter((r) => r.labels.length === 0).length;
    expect(routine / corpus.length).toBeGreaterThanOrEqual(0.4);
    for (const lang of ['en', 'pt', 'es'] as const) {
      for (const cat of [
        'complaint',
        'high_value',
        'knowledge_gap',
        'emotional',
        'human_request',
      ] as const) {
        const both = corpus.filter((r) => r.lang === lang && r.labels.includes(cat));
        expect(
          both.some((r) => r.split === 'dev'),
          `${lang} ${cat} in dev`,
        ).toBe(true);
        expect(
          both.some((r) => r.split === 'train'),
          `${lang} ${cat} in train`,
        ).toBe(true);
      }
    }
  });

  it('dev and train share no sentence', () => {
    const strip = (s: string) =>
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '');
    const train = new Set(corpus.filter((r) => r.split === 'train').map((r) => strip(r.text)));
    const dev = corpus.filter((r) => r.split === 'dev');
    expect(dev.filter((r) => train.has(strip(r.text)))).toEqual([]);
  });

  it.each(['en', 'pt', 'es'] as const)('dev split meets the targets in %s', (lang) => {
    const m = score(
      corpus.filter((r) => r.split === 'dev' && r.lang === lang),
      classify,
      config,
    );
    expect(m.f1).toBeGreaterThanOrEqual(0.9);
    expect(m.falseAlarm).toBeLessThanOrEqual(0.05);
  });
});
