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

/** Stands in for a trigger phrase's words: no feature that contains it is kept. */
const HIDDEN = '\u0000';

function idsOf(words: readonly string[], clauses: readonly number[]): number[] {
  const ids = new Set<number>();
  for (const f of featuresOf(words, clauses)) {
    const parts = f.split(' ');
    if (parts.includes(HIDDEN) || parts.every((w) => STOPWORDS.has(w))) continue;
    ids.add(featureId(f));
  }
  return [...ids].sort((a, b) => a - b);
}

export const messageFeatures: FeatureFunction = (text) => {
  const n = normalise(text);
  return idsOf(
    n.tokens.map((t) => t.w),
    n.tokens.map((t) => t.clause),
  );
};

/** A quoted phrase longer than this is not a trigger phrase (an unanswered question is quoted whole). */
export const TRIGGER_PHRASE_WORDS = 5;

/** The customer's words a reason quotes ("complaint: 'came off'" → "came off"), if any. */
function quoteOf(reason: string): string | undefined {
  const from = reason.indexOf("'");
  const to = reason.lastIndexOf("'");
  return from >= 0 && to > from + 1 ? reason.slice(from + 1, to) : undefined;
}

/**
 * The message's features without the trigger phrases the classifier quoted in its reasons (nor any
 * bigram that touches them): what the message says around "speak to a manager", "cried" or "60
 * croissants". The owner's layer generalises only from these, so verdicts that share a trigger
 * phrase never teach it to silence (or to raise) that phrase wherever it appears: only the
 * phrase together with what this owner's messages say around it.
 */
/** The trigger phrase a reason quotes, normalised, as a word list (undefined: none, or too long). */
function triggerPhrase(reason: string): string[] | undefined {
  const quote = quoteOf(reason);
  if (quote === undefined) return undefined;
  const phrase = normalise(quote).tokens.map((t) => t.w);
  return phrase.length === 0 || phrase.length > TRIGGER_PHRASE_WORDS ? undefined : phrase;
}

/**
 * A hashed key for "this category, raised by this trigger phrase" (numbers left out, so "60
 * croissants" and "80 croissants" are one key); undefined when the reason quotes no short phrase.
 */
export function triggerKey(category: string, reason: string): number | undefined {
  const phrase = triggerPhrase(reason);
  if (phrase === undefined) return undefined;
  return featureId(`${category}\u0000${phrase.filter((w) => !/^\d+$/.test(w)).join(' ')}`);
}

export function contextFeatures(text: string, reasons: readonly string[]): number[] {
  const n = normalise(text);
  const words = n.tokens.map((t) => t.w);
  const hidden = words.slice();
  for (const reason of reasons) {
    const phrase = triggerPhrase(reason);
    if (phrase === undefined) continue;
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, j) => words[i + j] === w)) hidden.fill(HIDDEN, i, i + phrase.length);
    }
  }
  return idsOf(
    hidden,
    n.tokens.map((t) => t.clause),
  );
}
