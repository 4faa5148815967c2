// The built-in phrase lists are compiled into one trie; a phrase must be found exactly where an
// index holding that phrase alone finds it (same start, same end, reported once per text).
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/corpus/load';
import { PhraseIndex } from '../../../lib/classifier/matcher';
import { normalise } from '../../../lib/classifier/normalise';
import { COMPLAINT } from '../../../lib/classifier/lexicon/complaint';
import { EMOTIONAL } from '../../../lib/classifier/lexicon/emotional';
import { HIGH_VALUE } from '../../../lib/classifier/lexicon/high-value';
import { HUMAN_REQUEST, PEOPLE_SETS } from '../../../lib/classifier/lexicon/human-request';
import type { LexiconByLang } from '../../../lib/classifier/lexicon/types';

const all = (lex: LexiconByLang) => [...lex.en, ...lex.pt, ...lex.es];

describe('phrase index', () => {
  const phrases = [
    ...all(HUMAN_REQUEST),
    ...all(COMPLAINT),
    ...all(EMOTIONAL),
    ...all(HIGH_VALUE),
    // Shared leading words, a lone word after a shared one, gaps and prefixes.
    'falar com _ gerente',
    'falar com o dono',
    'falar com a dona',
    'preciso _ urgente',
    'reclam* _ atendimento',
  ];
  const together = new PhraseIndex(
    phrases.map((p, i) => [p, i] as const),
    PEOPLE_SETS,
  );
  const alone = phrases.map((p, i) => new PhraseIndex([[p, i] as const], PEOPLE_SETS));

  it('finds each phrase where an index of that phrase alone finds it', () => {
    const texts = [
      ...loadCorpus().map((r) => r.text),
      'quero falar com o gerente, falar com o dono ou falar com a dona',
      'preciso muito muito urgente, reclamei do atendimento',
    ];
    let hits = 0;
    for (const text of texts) {
      const tokens = normalise(text).tokens;
      const mine = together.match(tokens).map((h) => [h.pattern.tag, h.from, h.to]);
      const theirs = alone
        .flatMap((index) => index.match(tokens))
        .map((h) => [h.pattern.tag, h.from, h.to] as [number, number, number])
        .sort((a, b) => a[1] - b[1] || a[0] - b[0]);
      expect(mine, text).toEqual(theirs);
      hits += mine.length;
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it('one call leaves nothing behind for the next, nor changes what an earlier call returned', () => {
    const index = new PhraseIndex(
      ['falar com _ gerente', 'reclam*', 'quero falar'].map((p, i) => [p, i] as const),
    );
    const seen = (text: string) =>
      index.match(normalise(text).tokens).map((h) => [h.pattern.tag, h.from, h.to]);
    const first = index.match(normalise('quero falar com o gerente, reclamei').tokens);
    const copy = first.map((h) => [h.pattern.tag, h.from, h.to]);
    expect(copy).toEqual([
      [2, 0, 2],
      [0, 1, 5],
      [1, 5, 6],
    ]);
    expect(seen('nada a ver')).toEqual([]);
    expect(seen('reclamo')).toEqual([[1, 0, 1]]);
    expect(seen('quero falar com o gerente, reclamei')).toEqual(copy);
    expect(first.map((h) => [h.pattern.tag, h.from, h.to])).toEqual(copy);
  });
});
