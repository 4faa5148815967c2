// Each word's answers (language markers, number value, model sums, phrase start nodes, FAQ
// role) are kept in one record per word, shared by its tokens and filled by whichever phase
// reads the word first. Every phase must give, from a record the others have already filled,
// exactly what it gives from a record of its own.
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadFaqConfig } from '../../../scripts/corpus/load';
import { classify } from '../../../lib/classifier/index';
import { normalise, WordFacts, type Normalised } from '../../../lib/classifier/normalise';
import { detectFromNormalised } from '../../../lib/classifier/language';
import { lexiconEvidence } from '../../../lib/classifier/evidence';
import { findQuestions } from '../../../lib/classifier/questions';
import { readAmounts } from '../../../lib/classifier/quantities';
import { readContext } from '../../../lib/classifier/context';
import {
  compileModel,
  fromBase64,
  modelScores,
  normalisedFeatures,
  toBase64,
  type CompiledModel,
} from '../../../lib/classifier/model';
import { MODEL } from '../../../lib/classifier/model-data';
import type { Category } from '../../../lib/classifier/types';

const corpus = loadCorpus();
const config = loadFaqConfig();
const noMute = new Map<Category, [number, number][]>();

/** The same tokens, each with a record of its own that no phase has read yet. */
function fresh(n: Normalised): Normalised {
  return { ...n, tokens: n.tokens.map((t) => ({ ...t, facts: new WordFacts(t.w) })) };
}

/** Each phase that reads the words' records, on a message in language `lang`. */
function phases(lang: string, model: CompiledModel): ((n: Normalised) => unknown)[] {
  return [
    (n) => detectFromNormalised(n),
    (n) => lexiconEvidence(n, lang, noMute),
    (n) => findQuestions(n, lang),
    (n) => readAmounts(n.text, n.tokens, false),
    (n) => readAmounts(n.text, n.tokens, true),
    (n) => readContext(undefined, n, [], () => false),
    (n) => modelScores(model, n.tokens, noMute, n.emoji),
    (n) => normalisedFeatures(n),
  ];
}

/** The built-in weights with every int8 value negated: other sums for every word. */
function negatedModel(): CompiledModel {
  const bytes = fromBase64(MODEL.weights);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (256 - (bytes[i] as number)) & 255;
  return compileModel({ ...MODEL, weights: toBase64(bytes) });
}

describe('word records', () => {
  const model = compileModel(MODEL);

  it('every phase reads from a record filled by all the others what it reads from a new one', () => {
    // Fill the records of every corpus word through the whole classifier first.
    for (const row of corpus) classify({ text: row.text }, config);
    let tokens = 0;
    for (const row of corpus) {
      const n = normalise(row.text);
      // Each phase alone on new records: a phase that wrote into another's field, or read a
      // field another filled for something else, would differ here.
      for (const phase of phases(detectFromNormalised(n), model))
        expect(phase(n), row.text).toEqual(phase(fresh(n)));
      tokens += n.tokens.length;
    }
    expect(tokens).toBeGreaterThan(10_000);
  });

  it('a record gives the sums of the model asked for, not those of the model it last served', () => {
    const other = negatedModel();
    let differ = 0;
    for (const row of corpus.slice(0, 400)) {
      const n = normalise(row.text);
      for (const m of [model, other, model, other]) {
        const got = modelScores(m, n.tokens, noMute, n.emoji);
        expect(got).toEqual(modelScores(m, fresh(n).tokens, noMute, n.emoji));
      }
      const a = modelScores(model, n.tokens, noMute, n.emoji);
      const b = modelScores(other, n.tokens, noMute, n.emoji);
      if (a.complaint !== b.complaint) differ++;
    }
    // The two models do score differently, so a stale sum would show.
    expect(differ).toBeGreaterThan(300);
  });
});
