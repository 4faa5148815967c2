/**
 * Text normalisation: lowercase, accents stripped, letter runs collapsed ("pleeease" → "please"),
 * chat shorthand expanded, clauses numbered, emoji and punctuation cues counted. Every token keeps
 * the offsets of the original text it came from, so reasons can quote the customer's own words.
 */
import { ABBREVIATIONS } from './abbreviations';

/**
 * One normalised word, shared by every token that reads as it while it stays in the cache
 * (FACTS_MAX words). The modules that look a word up in their tables keep the answer here, each
 * in fields of its own, so a word costs one lookup per table while it stays cached, and reading
 * the answer back is one load from this one object (one record per word, all fields present
 * from the start: the same shape for every word).
 */
export class WordFacts {
  readonly w: string;
  /** Index key: the first four letters of w (w itself when shorter). */
  readonly k: string;
  /** language.ts: the word's marker bits for en, pt, es (-1: not looked up yet). */
  lang = -1;
  /** quantities.ts: its value as a number word, 0 when it is none (-1: not looked up yet). */
  num = -1;
  /**
   * model.ts: the word's features, computed on first use (buckets null until then): the buckets
   * of the word and of its n-grams, how many, and its 32-bit hash in two 16-bit halves (small
   * integers stay in the record; a larger number would be a separate object); and, for the
   * model in `sumsOf`, the sums of its weights per category.
   */
  buckets: Int32Array | null = null;
  size = 0;
  hashHi = 0;
  hashLo = 0;
  sumsOf: object | null = null;
  s0 = 0;
  s1 = 0;
  s2 = 0;
  s3 = 0;
  /**
   * matcher.ts, built-in phrase indexes (bit 1 << index number): those known to start no
   * pattern at this word; the start nodes of the others, by index number (null: none read).
   */
  noStarts = 0;
  starts: unknown[] | null = null;
  /** faq.ts: the word's role in a question's terms (null: not read yet). */
  role: object | null = null;

  constructor(w: string) {
    this.w = w;
    this.k = w.length > 4 ? w.slice(0, 4) : w;
  }
}

export interface Token {
  /** Normalised word. */
  w: string;
  /** The word's shared facts (same w, same object while cached). */
  facts: WordFacts;
  /** Offsets in the (capped) original text. */
  start: number;
  end: number;
  /** Clause number: punctuation and "but/mas/pero" start a new clause. */
  clause: number;
  /**
   * What the text between the previous token and this one holds (GAP_* bits): sentence ends and
   * "?" (0 for the second and later tokens of one written word, "pfv" → "por favor").
   */
  gap: number;
}

/** Token.gap and Normalised.endGap bits: a sentence ends there (. ! ? ; or a line break)... */
export const GAP_BREAK = 1;
/** ...with a "?" among them. */
export const GAP_MARK = 2;

export interface Normalised {
  /** The text actually scored (capped for very long input). */
  text: string;
  tokens: Token[];
  /** Token.gap bits of the text after the last token (of the whole text when it has none). */
  endGap: number;
  /** Emoji cue names found ("angry", "crying", "pray", "happy"). */
  emoji: string[];
  questionMarks: number;
  /** Longest run of "?" and of "!". */
  maxQuestionRun: number;
  maxExclaimRun: number;
  /** Share of upper-case letters among letters (0 when fewer than 8 letters). */
  capsRatio: number;
  /** True when the original text carried Spanish-only or Portuguese-only characters. */
  hasSpanishMarks: boolean;
  hasPortugueseMarks: boolean;
}

/** Only the first and last part of a very long message is scored: linear cost, bounded. */
export const HEAD_CHARS = 1500;
export const TAIL_CHARS = 500;

export function capText(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(text.length - TAIL_CHARS)}`;
}

const NON_ASCII_RE = /[^ -~]/;
const MARKS_RE = /\p{M}/gu;
const REPEAT_RE = /(\p{L})\1{2,}/gu;
const CLAUSE_WORDS = new Set(['but', 'mas', 'pero', 'porem', 'however', 'sino', 'embora']);

/**
 * Emoji cues, in the order their names are reported, each with the code points that show it
 * (a skin tone after one changes nothing). findWords notes which it meets.
 */
const EMOJI_CUES: readonly (readonly [string, readonly number[]])[] = [
  ['angry', [0x1f621, 0x1f92c, 0x1f620, 0x1f624, 0x1f47f]],
  [
    'crying',
    [
      0x1f62d, 0x1f622, 0x1f625, 0x1f630, 0x1f61e, 0x1f614, 0x1f97a, 0x1f629, 0x1f62b, 0x1f494,
      0x1f63f,
    ],
  ],
  ['pray', [0x1f64f]],
  [
    'happy',
    [
      0x2764, 0x1f495, 0x1f496, 0x1f60d, 0x1f970, 0x1f618, 0x1f60a, 0x1f642, 0x1f600, 0x1f603,
      0x1f604, 0x1f44d,
    ],
  ],
];
/** Code point → the bit (1 << index in EMOJI_CUES) of its cue. */
const EMOJI_BITS = new Map<number, number>();
EMOJI_CUES.forEach(([, points], k) => {
  for (const p of points) EMOJI_BITS.set(p, 1 << k);
});

const CONTRACTION_RE = /['’](ll|d)$/i;
/** "I'll" and "I'd" would read as "ill" and "id": keep them apart. */
function contraction(raw: string): string {
  return `${normWord(raw.slice(0, raw.length - (raw.endsWith('ll') || raw.endsWith('LL') ? 3 : 2)))}_will`;
}

/** Normalise one word: lowercase, accents off, runs of 3+ equal letters collapsed. */
export function normWord(raw: string): string {
  let w = raw.toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
  if (NON_ASCII_RE.test(w)) w = w.normalize('NFD').replace(MARKS_RE, '');
  if (w.length > 2 && hasTriple(w)) w = w.replace(REPEAT_RE, '$1');
  return w;
}

/** Word flags from findWords. */
const NON_ASCII = 1;
const APOSTROPHE = 2;

/** Words with accents are few and repeat: their normal form is remembered (bounded). */
const ACCENTED = new Map<string, string>();
const ACCENTED_MAX = 4096;

/** normWord, with a fast path for plain ASCII words. */
function wordOf(raw: string, flags: number): string {
  if (flags === 0) {
    const w = raw.toLowerCase();
    return w.length > 2 && hasTriple(w) ? w.replace(REPEAT_RE, '$1') : w;
  }
  let w = ACCENTED.get(raw);
  if (w === undefined) {
    w = normWord(raw);
    if (ACCENTED.size >= ACCENTED_MAX) ACCENTED.clear();
    ACCENTED.set(raw, w);
  }
  return w;
}

/**
 * Character classes below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic...) from a table
 * built once; rarer characters ask the regex. Bit 1: letter (\p{L}); bit 2: number (\p{N}).
 */
const LETTER = 1;
const NUMBER = 2;
const TABLE_SIZE = 0x800;
const CLASS = new Uint8Array(TABLE_SIZE);
const LETTER_RE = /\p{L}/u;
const NUMBER_RE = /\p{N}/u;
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = (LETTER_RE.test(ch) ? LETTER : 0) | (NUMBER_RE.test(ch) ? NUMBER : 0);
}

function classOf(cp: number): number {
  if (cp < TABLE_SIZE) return CLASS[cp] as number;
  if (cp >= 0xd800 && cp <= 0xdfff) return 0; // lone surrogate
  const ch = String.fromCodePoint(cp);
  return (LETTER_RE.test(ch) ? LETTER : 0) | (NUMBER_RE.test(ch) ? NUMBER : 0);
}

/**
 * What findWords saw outside the words of the text it last read (normalise reads them right
 * after): "?" and "¿" in all, the longest runs of "?"/"¿" and of "!", whether one character is a
 * Spanish-only (ñ ¿ ¡) or Portuguese-only (ã õ ç) letter or mark, and the emoji cues met
 * (EMOJI_BITS).
 */
let seenQuestionMarks = 0;
let seenQuestionRun = 0;
let seenExclaimRun = 0;
let seenSpanish = false;
let seenPortuguese = false;
let seenEmoji = 0;

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** findWords' output, reused from call to call (grown when a text has more words). */
let wordBuf = new Int32Array(1024);

function pushWord(at: number, start: number, end: number, flags: number, h: number): number {
  if (at + 4 > wordBuf.length) {
    const b = new Int32Array(wordBuf.length * 2);
    b.set(wordBuf);
    wordBuf = b;
  }
  wordBuf[at] = start;
  wordBuf[at + 1] = end;
  wordBuf[at + 2] = flags;
  wordBuf[at + 3] = h & 0x3fffffff;
  return at + 4;
}

/** The code point at i, as codePointAt gives it, from code unit `c` (the unit at i). */
function pointAt(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return c;
}

/** What a character beyond ASCII tells normalise (the seen* flags above). */
function noteBeyond(cp: number): void {
  if (cp >= 0x2000) {
    const bit = EMOJI_BITS.get(cp);
    if (bit !== undefined) seenEmoji |= bit;
  } else if (cp === 0xf1 || cp === 0xd1 || cp === 0xbf || cp === 0xa1) seenSpanish = true;
  else if (cp === 0xe3 || cp === 0xc3 || cp === 0xf5 || cp === 0xd5 || cp === 0xe7 || cp === 0xc7)
    seenPortuguese = true;
}

/**
 * The words of a text, as the regex /[\p{L}\p{N}]+(?:['’]\p{L}+)*\/gu would find them, without
 * the regex: into wordBuf, as [start, end, flags, hash] quadruples, the hash an FNV-1a of the
 * word's UTF-16 units (30 bits); returns how many numbers it wrote (4 per word). The one pass
 * also counts the punctuation normalise reports. Plain ASCII letters and digits take a short path.
 */
function findWords(text: string): number {
  let at = 0;
  const len = text.length;
  let marks = 0;
  let q = 0;
  let e = 0;
  let maxQ = 0;
  let maxE = 0;
  seenSpanish = false;
  seenPortuguese = false;
  seenEmoji = 0;
  let i = 0;
  while (i < len) {
    let cp = text.charCodeAt(i);
    if (cp > 127) cp = pointAt(text, i, cp);
    if ((cp < TABLE_SIZE ? (CLASS[cp] as number) : classOf(cp)) === 0) {
      if (cp === 63 || cp === 0xbf) {
        marks++;
        if (++q > maxQ) maxQ = q;
      } else q = 0;
      if (cp === 33) {
        if (++e > maxE) maxE = e;
      } else e = 0;
      if (cp > 127) noteBeyond(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    q = 0;
    e = 0;
    const start = i;
    let flags = 0;
    let h = FNV_BASIS;
    for (;;) {
      if (cp > 127) {
        flags |= NON_ASCII;
        noteBeyond(cp);
        if (cp > 0xffff) {
          h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
          cp = text.charCodeAt(++i);
        }
      }
      h = Math.imul(h ^ cp, FNV_PRIME);
      if (++i >= len) {
        cp = 0;
        break;
      }
      cp = text.charCodeAt(i);
      if (cp < 128) {
        if ((CLASS[cp] as number) === 0) break;
      } else if (classOf((cp = pointAt(text, i, cp))) === 0) break;
    }
    // Apostrophe groups: "don't", "d’água"; letters only after the apostrophe.
    while (i + 1 < len && (cp === 39 || cp === 0x2019)) {
      let j = i + 1;
      let c = text.codePointAt(j) as number;
      if ((classOf(c) & LETTER) === 0) break;
      flags |= APOSTROPHE | (cp > 127 ? NON_ASCII : 0);
      h = Math.imul(h ^ cp, FNV_PRIME);
      do {
        h = Math.imul(h ^ text.charCodeAt(j), FNV_PRIME);
        if (c > 127) {
          flags |= NON_ASCII;
          noteBeyond(c);
          if (c > 0xffff) h = Math.imul(h ^ text.charCodeAt(j + 1), FNV_PRIME);
        }
        j += c > 0xffff ? 2 : 1;
        c = j < len ? (text.codePointAt(j) as number) : 0;
      } while (j < len && (classOf(c) & LETTER) !== 0);
      i = j;
      cp = c;
    }
    at = pushWord(at, start, i, flags, h);
  }
  seenQuestionMarks = marks;
  seenQuestionRun = maxQ;
  seenExclaimRun = maxE;
  return at;
}

function hasTriple(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** gapOf's bit for a clause break: . , ; : ! ? \n ( ) */
const GAP_CLAUSE = 4;

/** What the text between two tokens holds: GAP_CLAUSE, GAP_BREAK, GAP_MARK bits. */
function gapOf(text: string, from: number, to: number): number {
  let bits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return GAP_CLAUSE | GAP_BREAK | GAP_MARK;
    if (c === 46 || c === 33 || c === 10 || c === 59) bits = GAP_CLAUSE | GAP_BREAK;
    else if (c === 44 || c === 58 || c === 40 || c === 41) bits |= GAP_CLAUSE;
  }
  return bits;
}

/** Normalise a phrase into plain words (used for lexicons, triggers and FAQ text). */
export function normPhrase(text: string): string[] {
  const out: string[] = [];
  const count = findWords(text);
  const words = wordBuf;
  for (let i = 0; i < count; i += 4) {
    const w = wordOf(text.slice(words[i], words[i + 1]), words[i + 2] as number);
    const exp = ABBREVIATIONS.get(w);
    if (exp === undefined) out.push(w);
    else for (const part of exp.split(' ')) out.push(part);
  }
  return out;
}

/**
 * What normalise needs from one written word, read once per distinct spelling (bounded cache):
 * the tokens it becomes (shorthand expanded), whether it opens a clause, and its letter counts.
 */
interface WordReading {
  /** The word as written. */
  raw: string;
  /** The facts of its first (most often only) token, and of the others (shorthand expanded). */
  first: WordFacts;
  more: readonly WordFacts[] | null;
  clauseWord: boolean;
  upper: number;
  lower: number;
}
/**
 * Readings in a table of fixed size, at the slot given by a hash of the written word, so a word
 * is found without copying it out of the text; the entry's own spelling is compared, and a word
 * that lands on a taken slot only costs a fresh reading (it then takes the slot).
 */
const READING_SLOTS = 32768;
const READINGS = new Array<WordReading | undefined>(READING_SLOTS).fill(undefined);

function spelledAs(text: string, start: number, end: number, raw: string): boolean {
  if (raw.length !== end - start) return false;
  for (let i = 0; i < raw.length; i++)
    if (text.charCodeAt(start + i) !== raw.charCodeAt(i)) return false;
  return true;
}
/** Facts by normalised word (bounded: cleared when full). */
const FACTS_MAX = 16384;
const FACTS = new Map<string, WordFacts>();

function factsOf(w: string): WordFacts {
  let f = FACTS.get(w);
  if (f === undefined) {
    if (FACTS.size >= FACTS_MAX) FACTS.clear();
    FACTS.set(w, (f = new WordFacts(w)));
  }
  return f;
}

/**
 * A word to keep in the tables, holding no more than itself: V8 makes a slice of 13 characters or
 * more a view of the whole text, so a kept word would keep its message alive as long as it stays
 * in a table. Copied once per new reading, never per lookup.
 */
function ownCopy(word: string): string {
  return word.length < 13 ? word : ` ${word}`.slice(1);
}

function readWord(raw: string, flags: number): WordReading {
  const w = flags & APOSTROPHE && CONTRACTION_RE.test(raw) ? contraction(raw) : wordOf(raw, flags);
  let upper = 0;
  let lower = 0;
  for (let p = 0; p < raw.length; p++) {
    const c = raw.charCodeAt(p);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const exp = ABBREVIATIONS.get(w);
  const parts = exp === undefined ? [factsOf(w)] : exp.split(' ').map(factsOf);
  return {
    raw,
    first: parts[0] as WordFacts,
    more: parts.length > 1 ? parts.slice(1) : null,
    clauseWord: CLAUSE_WORDS.has(w),
    upper,
    lower,
  };
}

export function normalise(input: string): Normalised {
  const text = capText(input);
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  let letters = 0;
  let upper = 0;
  const count = findWords(text);
  const words = wordBuf;
  for (let i = 0; i < count; i += 4) {
    const start = words[i] as number;
    const end = words[i + 1] as number;
    const gap = gapOf(text, last, start);
    if (gap & GAP_CLAUSE) clause++;
    last = end;
    const slot = (words[i + 3] as number) & (READING_SLOTS - 1);
    let r = READINGS[slot];
    if (r === undefined || !spelledAs(text, start, end, r.raw)) {
      r = readWord(ownCopy(text.slice(start, end)), words[i + 2] as number);
      READINGS[slot] = r;
    }
    upper += r.upper;
    letters += r.lower;
    if (r.clauseWord) clause++;
    const f = r.first;
    tokens.push({ w: f.w, facts: f, start, end, clause, gap: gap & ~GAP_CLAUSE });
    const more = r.more;
    if (more !== null)
      for (let m = 0; m < more.length; m++) {
        const g = more[m] as WordFacts;
        tokens.push({ w: g.w, facts: g, start, end, clause, gap: 0 });
      }
  }
  letters += upper;
  // findWords noted the emoji cues it met.
  const emoji: string[] = [];
  if (seenEmoji !== 0)
    for (let k = 0; k < EMOJI_CUES.length; k++)
      if ((seenEmoji & (1 << k)) !== 0)
        emoji.push((EMOJI_CUES[k] as readonly [string, number[]])[0]);
  return {
    text,
    tokens,
    endGap: gapOf(text, last, text.length) & ~GAP_CLAUSE,
    emoji,
    questionMarks: seenQuestionMarks,
    maxQuestionRun: seenQuestionRun,
    maxExclaimRun: seenExclaimRun,
    capsRatio: letters >= 8 ? upper / letters : 0,
    hasSpanishMarks: seenSpanish,
    hasPortugueseMarks: seenPortuguese,
  };
}
