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
  /** Position in its index's entry list: hits from one token are reported in this order. */
  id: number;
}

export interface Hit<T> {
  pattern: Pattern<T>;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

const GAP = 3;
const NO_NODES: readonly never[] = [];
const NO_HITS: readonly never[] = [];

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

/**
 * Patterns are compiled into one token trie: patterns sharing leading items share nodes, so a
 * text costs one walk per start token instead of one try per pattern.
 */
interface Node<T> {
  /** Whole-word children; a node with only one keeps it in `word`/`wordNode` instead. */
  words: Map<string, Node<T>> | null;
  word: string | null;
  wordNode: Node<T> | null;
  prefixes: [string, Node<T>][] | null;
  sets: [SetItem, Node<T>][] | null;
  gap: Node<T> | null;
  /** Patterns that end here. */
  ends: Pattern<T>[] | null;
}

type SetItem = Extract<Item, { kind: 'set' }>;

function newNode<T>(): Node<T> {
  return {
    words: null,
    word: null,
    wordNode: null,
    prefixes: null,
    sets: null,
    gap: null,
    ends: null,
  };
}

/** Moves each lone whole-word child out of its map: one string comparison instead of a lookup. */
function seal<T>(node: Node<T>): void {
  const words = node.words;
  if (words !== null) {
    for (const c of words.values()) seal(c);
    if (words.size === 1) {
      for (const [w, c] of words) {
        node.word = w;
        node.wordNode = c;
      }
      node.words = null;
    }
  }
  if (node.prefixes !== null) for (const [, c] of node.prefixes) seal(c);
  if (node.sets !== null) for (const [, c] of node.sets) seal(c);
  if (node.gap !== null) seal(node.gap);
}

function childFor<T>(node: Node<T>, item: Item): Node<T> {
  switch (item.kind) {
    case 'gap':
      return (node.gap ??= newNode());
    case 'word': {
      const words = (node.words ??= new Map<string, Node<T>>());
      let c = words.get(item.v);
      if (c === undefined) words.set(item.v, (c = newNode()));
      return c;
    }
    case 'prefix':
      return listChild((node.prefixes ??= []), item.v, item.v);
    case 'set':
      return listChild((node.sets ??= []), item.v, item);
  }
}

function listChild<T, K extends string | SetItem>(
  list: [K, Node<T>][],
  v: string,
  key: K,
): Node<T> {
  for (const [k, c] of list) if ((typeof k === 'string' ? k : k.v) === v) return c;
  const c = newNode<T>();
  list.push([key, c]);
  return c;
}

/** Patterns whose first item shares one four-letter key (WordFacts.k). */
interface Root<T> {
  /** First item a whole word: the word → its subtree. */
  words: Map<string, Node<T>> | null;
  /** First item a prefix of four letters or more. */
  prefixes: [string, Node<T>][] | null;
}

/** State of one match call: the start token and what was found from it. */
interface Walk<T> {
  tokens: readonly Token[];
  from: number;
  found: Hit<T>[];
  /** Pattern id → number of the match call that last reported it. */
  stamp: Int32Array;
  call: number;
}

/**
 * Built-in indexes so far; each has a bit in WordFacts.noStarts (a small integer: 30 bits). There
 * are a handful; one beyond the limit would look its start nodes up each time.
 */
let builtIns = 0;
const MAX_BUILT_INS = 30;

export class PhraseIndex<T> {
  private readonly roots = new Map<string, Root<T>>();
  private stamp = new Int32Array(0);
  private calls = 0;
  /** The walk state of this index, reused by each match call (matching never nests). */
  private readonly walk: Walk<T> = {
    tokens: NO_NODES,
    from: 0,
    found: [],
    stamp: this.stamp,
    call: 0,
  };
  /** This index's number among the built-in ones (-1: not one), and its bit (0: none). */
  private readonly slot: number;
  private readonly bit: number;
  readonly size: number;

  /**
   * `builtIn`: an index made once when the module loads (not one per owner setting); the nodes
   * each word starts (or that it starts none) are then kept in the word's facts instead of looked
   * up per occurrence.
   */
  constructor(
    entries: readonly (readonly [string, T])[],
    sets: WordSets = {},
    options: { builtIn?: boolean } = {},
  ) {
    this.slot = options.builtIn === true && builtIns < MAX_BUILT_INS ? builtIns++ : -1;
    this.bit = this.slot >= 0 ? 1 << this.slot : 0;
    let n = 0;
    for (const [src, tag] of entries) {
      const [text = '', w] = src.split('|');
      const items = compileItems(text, sets);
      const first = items[0];
      if (first === undefined || first.kind === 'gap' || first.kind === 'set') continue;
      if (first.kind === 'prefix' && first.v.length < 4) continue;
      const negated = items.some(
        (it) => (it.kind === 'word' || it.kind === 'prefix') && NEGATORS.has(it.v),
      );
      const p: Pattern<T> = {
        source: text.trim(),
        items,
        weight: w ? Number(w) : 1,
        negated,
        tag,
        id: n,
      };
      const key = first.v.slice(0, 4);
      let root = this.roots.get(key);
      if (root === undefined) this.roots.set(key, (root = { words: null, prefixes: null }));
      let node: Node<T>;
      if (first.kind === 'word') {
        const words = (root.words ??= new Map<string, Node<T>>());
        node = words.get(first.v) ?? newNode();
        words.set(first.v, node);
      } else node = listChild((root.prefixes ??= []), first.v, first.v);
      for (let k = 1; k < items.length; k++) node = childFor(node, items[k] as Item);
      (node.ends ??= []).push(p);
      n++;
    }
    for (const root of this.roots.values()) {
      if (root.words !== null) for (const c of root.words.values()) seal(c);
      if (root.prefixes !== null) for (const [, c] of root.prefixes) seal(c);
    }
    this.size = n;
    this.stamp = new Int32Array(n);
  }

  /** Trie nodes a token starts: the node of its whole word, then those of its prefixes. */
  private startsOf(t: Token): readonly Node<T>[] {
    const f = t.facts;
    const bit = this.bit;
    if (bit === 0) return this.findStarts(f.k, f.w);
    // Most words start nothing in an index: one bit of the word's facts says so.
    if ((f.noStarts & bit) !== 0) return NO_NODES;
    // Only this index writes its entry, always its own nodes.
    const known = f.starts?.[this.slot] as readonly Node<T>[] | undefined;
    if (known !== undefined) return known;
    const starts = this.findStarts(f.k, f.w);
    if (starts.length === 0) f.noStarts |= bit;
    else (f.starts ??= [])[this.slot] = starts;
    return starts;
  }

  private findStarts(k: string, w: string): readonly Node<T>[] {
    const root = this.roots.get(k);
    if (root === undefined) return NO_NODES;
    const out: Node<T>[] = [];
    const node = root.words?.get(w);
    if (node !== undefined) out.push(node);
    const prefixes = root.prefixes;
    if (prefixes !== null) {
      for (let p = 0; p < prefixes.length; p++) {
        const [v, c] = prefixes[p] as [string, Node<T>];
        if (w.startsWith(v)) out.push(c);
      }
    }
    return out.length === 0 ? NO_NODES : out;
  }

  /** All pattern occurrences, leftmost first; a pattern is reported at most once per text. */
  match(tokens: readonly Token[]): readonly Hit<T>[] {
    let hits: Hit<T>[] | null = null;
    let walk: Walk<T> | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const starts = this.startsOf(tokens[i] as Token);
      if (starts.length === 0) continue;
      walk ??= this.newWalk(tokens);
      walk.from = i;
      for (let k = 0; k < starts.length; k++) visit(starts[k] as Node<T>, walk, i + 1);
      const found = walk.found;
      if (found.length === 0) continue;
      if (found.length > 1) found.sort(byPatternId);
      if (hits === null) hits = found.slice();
      else for (const h of found) hits.push(h);
      found.length = 0;
    }
    return hits ?? NO_HITS;
  }

  private newWalk(tokens: readonly Token[]): Walk<T> {
    // A new call number marks every pattern "not yet reported" without clearing anything.
    if (++this.calls === 0x7fffffff) {
      this.calls = 1;
      this.stamp.fill(0);
    }
    const walk = this.walk;
    walk.tokens = tokens;
    walk.from = 0;
    walk.found.length = 0;
    walk.stamp = this.stamp;
    walk.call = this.calls;
    return walk;
  }
}

function byPatternId<T>(a: Hit<T>, b: Hit<T>): number {
  return a.pattern.id - b.pattern.id;
}

/**
 * Depth first through the trie from token j. A gap tries 0..GAP skipped tokens in order and
 * every branch is explored, so each pattern is first reached where a search for that pattern
 * alone would have stopped: same match, same end.
 */
function visit<T>(node: Node<T>, walk: Walk<T>, j: number): void {
  const ends = node.ends;
  if (ends !== null) {
    for (let k = 0; k < ends.length; k++) {
      const p = ends[k] as Pattern<T>;
      if (walk.stamp[p.id] === walk.call) continue;
      walk.stamp[p.id] = walk.call;
      walk.found.push({ pattern: p, from: walk.from, to: j });
    }
  }
  const tokens = walk.tokens;
  const t = tokens[j];
  if (t !== undefined) {
    const w = t.w;
    if (node.wordNode !== null) {
      if (w === node.word) visit(node.wordNode, walk, j + 1);
    } else if (node.words !== null) {
      const c = node.words.get(w);
      if (c !== undefined) visit(c, walk, j + 1);
    }
    const prefixes = node.prefixes;
    if (prefixes !== null)
      for (let k = 0; k < prefixes.length; k++) {
        const [v, n] = prefixes[k] as [string, Node<T>];
        if (w.startsWith(v)) visit(n, walk, j + 1);
      }
    const sets = node.sets;
    if (sets !== null)
      for (let k = 0; k < sets.length; k++) {
        const [s, n] = sets[k] as [SetItem, Node<T>];
        if (itemMatches(s, w)) visit(n, walk, j + 1);
      }
  }
  if (node.gap !== null)
    for (let skip = 0; skip <= GAP && j + skip <= tokens.length; skip++)
      visit(node.gap, walk, j + skip);
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

/** The customer's own words for a token range, for quoting in reasons. */
export function quote(text: string, tokens: readonly Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[Math.max(from, to - 1)];
  if (a === undefined || b === undefined) return '';
  const s = oneSpaced(text.slice(a.start, b.end));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

const SPACING_RE = /\s\s|[^\S ]/;
/** Runs of white space as one space (the text itself when it has none to fold). */
export function oneSpaced(s: string): string {
  return SPACING_RE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
