/**
 * The features the owner's layer learns on: the classifier's own features (word unigrams and
 * bigrams of the normalised text, so "Olá!!", "ola" and "OLA" are one word) without the ones made
 * of function words only ("can you", "the"), which say nothing about one shop, hashed to numbers so
 * that what is learned and sent to the tabs carries no readable text. This file is the one place
 * that knows which feature function the classifier exports.
 */
import { featuresOf } from '../classifier/model';
import { normalise } from '../classifier/normalise';
import { STOPWORDS } from '../classifier/stopwords';

/** text → sorted, distinct feature ids. */
export type FeatureFunction = (text: string) => number[];

/** FNV-1a, 32 bit: stable across runs and machines. */
export function featureId(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const messageFeatures: FeatureFunction = (text) => {
  const n = normalise(text);
  const words = n.tokens.map((t) => t.w);
  const clauses = n.tokens.map((t) => t.clause);
  const ids = new Set<number>();
  for (const f of featuresOf(words, clauses)) {
    if (f.split(' ').every((w) => STOPWORDS.has(w))) continue;
    ids.add(featureId(f));
  }
  return [...ids].sort((a, b) => a - b);
};
