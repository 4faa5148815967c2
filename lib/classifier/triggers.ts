/**
 * The owner's triggers, applied on top of the built-in model: per category, phrases that make it
 * apply ("add") and phrases that must never make it apply on their own ("mute"). Matching is
 * case and accent insensitive, on whole words. Compiled once per trigger set.
 */
import { CATEGORIES, type Category, type TriggerSet } from './types';
import { PhraseIndex, type Hit } from './matcher';
import type { Token } from './normalise';

interface Compiled {
  add: PhraseIndex<Category>;
  mute: PhraseIndex<Category>;
}

const cache = new WeakMap<TriggerSet, Compiled>();

/** Owner phrases are literal: "*" and "_" and "|" lose their pattern meaning. */
function literal(p: string): string {
  return p.replace(/[*_|]/g, ' ').trim();
}

function compile(triggers: TriggerSet): Compiled {
  let c = cache.get(triggers);
  if (c === undefined) {
    const add: [string, Category][] = [];
    const mute: [string, Category][] = [];
    for (const cat of CATEGORIES) {
      const t = triggers[cat];
      for (const p of t.add) if (literal(p)) add.push([literal(p), cat]);
      for (const p of t.mute) if (literal(p)) mute.push([literal(p), cat]);
    }
    c = { add: new PhraseIndex(add), mute: new PhraseIndex(mute) };
    cache.set(triggers, c);
  }
  return c;
}

export interface TriggerHits {
  added: readonly Hit<Category>[];
  /** Per category, token ranges the owner muted. */
  muted: Map<Category, [number, number][]>;
}

export function matchTriggers(triggers: TriggerSet, tokens: readonly Token[]): TriggerHits {
  const c = compile(triggers);
  const muted = new Map<Category, [number, number][]>();
  if (c.mute.size > 0) {
    for (const h of c.mute.match(tokens)) {
      const list = muted.get(h.pattern.tag) ?? [];
      list.push([h.from, h.to]);
      muted.set(h.pattern.tag, list);
    }
  }
  const added = c.add.size > 0 ? c.add.match(tokens) : [];
  return { added, muted };
}

/** True when token range [from, to) overlaps one of the muted ranges. */
export function isMuted(
  ranges: readonly [number, number][] | undefined,
  from: number,
  to: number,
): boolean {
  if (!ranges) return false;
  return ranges.some(([a, b]) => from < b && a < to);
}
