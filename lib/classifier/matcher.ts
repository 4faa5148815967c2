/**
 * Phrase matching over normalised tokens. A pattern is written as plain words:
 *   "falar com _ atendente"  word, "_" = up to three any words, "reclam*" = any word starting so.
 * Optional weight after "|": "atrasado|0.6". Patterns are compiled once into an index keyed by
 * the first four letters of the first word, so matching costs a couple of map lookups per token.
 */
import { normPhrase, type Token } from './normalise';

type Item =
  | { kind: 'word'; v: string }
  | { kind: 'prefix'; v: string }
  | { kind: 'gap' }
  | { kind: 'set'; v: string; words: ReadonlySet<string>; prefixes: readonly string[] };

/** Named word sets usable in patterns as "@name" (e.g. "falar _ @people"). */
export type WordSets = Readonly<Record<string, readonly string[]>>;

export interface Pattern<T> {
  source: string;
  items: Item[];
  weight: number;
  /** True when the pattern itself contains a negation word (then negation never cancels it). */
  negated: boolean;
  tag: T;
}

export interface Hit<T> {
  pattern: Pattern<T>;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

const GAP = 3;

export const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nao',
  'nunca',
  'nem',
  'ni',
  'sin',
  'sem',
  'without',
  'nada',
  'nothing',
  'jamas',
  'tampoco',
]);

function compileItems(text: string, sets: WordSets): Item[] {
  const items: Item[] = [];
  for (const part of text.trim().split(/\s+/)) {
    if (part === '_') items.push({ kind: 'gap' });
    else if (part.startsWith('@')) {
      const list = sets[part.slice(1)] ?? [];
      const words = new Set(list.filter((w) => !w.endsWith('*')).flatMap((w) => normPhrase(w)));
      const prefixes = list.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
      items.push({ kind: 'set', v: part, words, prefixes });
    } else if (part.endsWith('*')) {
      for (const w of normPhrase(part.slice(0, -1))) items.push({ kind: 'prefix', v: w });
    } else for (const w of normPhrase(part)) items.push({ kind: 'word', v: w });
  }
  return items;
}

function keyOf(item: Item): string | null {
  if (item.kind === 'gap' || item.kind === 'set') return null;
  return item.v.length >= 4 ? item.v.slice(0, 4) : item.v;
}

export class PhraseIndex<T> {
  private readonly byKey = new Map<string, Pattern<T>[]>();
  readonly size: number;

  constructor(entries: readonly (readonly [string, T])[], sets: WordSets = {}) {
    let n = 0;
    for (const [src, tag] of entries) {
      const [text = '', w] = src.split('|');
      const items = compileItems(text, sets);
      const first = items[0];
      if (first === undefined || first.kind === 'gap' || first.kind === 'set') continue;
      const key = keyOf(first);
      if (key === null) continue;
      if (first.kind === 'prefix' && first.v.length < 4) continue;
      const negated = items.some(
        (it) => (it.kind === 'word' || it.kind === 'prefix') && NEGATORS.has(it.v),
      );
      const p: Pattern<T> = { source: text.trim(), items, weight: w ? Number(w) : 1, negated, tag };
      const list = this.byKey.get(key);
      if (list) list.push(p);
      else this.byKey.set(key, [p]);
      n++;
    }
    this.size = n;
  }

  /** All pattern occurrences, leftmost first; a pattern is reported at most once per text. */
  match(tokens: readonly Token[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    let seen: Set<Pattern<T>> | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const list = this.byKey.get((tokens[i] as Token).k);
      if (list === undefined) continue;
      for (const p of list) {
        if (seen?.has(p)) continue;
        const to = matchAt(p.items, 0, tokens, i);
        if (to >= 0) {
          hits.push({ pattern: p, from: i, to });
          (seen ??= new Set()).add(p);
        }
      }
    }
    return hits;
  }
}

function itemMatches(item: Item, w: string): boolean {
  switch (item.kind) {
    case 'word':
      return item.v === w;
    case 'prefix':
      return w.startsWith(item.v);
    case 'set':
      return item.words.has(w) || item.prefixes.some((p) => w.startsWith(p));
    case 'gap':
      return false;
  }
}

/** Returns the end token index of a match of items[k..] starting at token i, or -1. */
function matchAt(items: readonly Item[], k: number, tokens: readonly Token[], i: number): number {
  if (k === items.length) return i;
  const item = items[k] as Item;
  if (item.kind === 'gap') {
    for (let skip = 0; skip <= GAP && i + skip <= tokens.length; skip++) {
      const r = matchAt(items, k + 1, tokens, i + skip);
      if (r >= 0) return r;
    }
    return -1;
  }
  const t = tokens[i];
  if (t === undefined || !itemMatches(item, t.w)) return -1;
  return matchAt(items, k + 1, tokens, i + 1);
}

/** The customer's own words for a token range, for quoting in reasons. */
export function quote(text: string, tokens: readonly Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[Math.max(from, to - 1)];
  if (a === undefined || b === undefined) return '';
  const s = text.slice(a.start, b.end).replace(/\s+/g, ' ');
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
