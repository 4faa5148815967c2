/**
 * Text normalisation: lowercase, accents stripped, letter runs collapsed ("pleeease" → "please"),
 * chat shorthand expanded, clauses numbered, emoji and punctuation cues counted. Every token keeps
 * the offsets of the original text it came from, so reasons can quote the customer's own words.
 */
import { ABBREVIATIONS } from './abbreviations';

export interface Token {
  /** Normalised word. */
  w: string;
  /** Index key: the first four letters of w (w itself when shorter). */
  k: string;
  /** Offsets in the (capped) original text. */
  start: number;
  end: number;
  /** Clause number: punctuation and "but/mas/pero" start a new clause. */
  clause: number;
}

export interface Normalised {
  /** The text actually scored (capped for very long input). */
  text: string;
  tokens: Token[];
  /** Emoji cue names found ("angry", "crying", "pray", "heart"). */
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

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const NON_ASCII_RE = /[^ -~]/;
const MARKS_RE = /\p{M}/gu;
const REPEAT_RE = /(\p{L})\1{2,}/gu;
const CLAUSE_WORDS = new Set(['but', 'mas', 'pero', 'porem', 'however', 'sino', 'embora']);

const EMOJI: readonly (readonly [RegExp, string])[] = [
  [/[\u{1F621}\u{1F92C}\u{1F620}\u{1F624}\u{1F47F}]/u, 'angry'],
  [
    /[\u{1F62D}\u{1F622}\u{1F625}\u{1F630}\u{1F61E}\u{1F614}\u{1F97A}\u{1F629}\u{1F62B}\u{1F494}\u{1F63F}]/u,
    'crying',
  ],
  [/\u{1F64F}/u, 'pray'],
  [
    /[\u{1F3FB}-\u{1F3FF}]?[\u2764\u{1F495}\u{1F496}\u{1F60D}\u{1F970}\u{1F618}\u{1F60A}\u{1F642}\u{1F600}\u{1F603}\u{1F604}\u{1F44D}]/u,
    'happy',
  ],
];
const ANY_EMOJI_RE = /\p{Extended_Pictographic}/u;

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

function keyOf(w: string): string {
  return w.length > 4 ? w.slice(0, 4) : w;
}

function hasTriple(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) return true;
  }
  return false;
}

function clauseBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . , ; : ! ? \n ( )
    if (
      c === 46 ||
      c === 44 ||
      c === 59 ||
      c === 58 ||
      c === 33 ||
      c === 63 ||
      c === 10 ||
      c === 40 ||
      c === 41
    )
      return true;
  }
  return false;
}

/** Normalise a phrase into plain words (used for lexicons, triggers and FAQ text). */
export function normPhrase(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const w = normWord(m[0]);
    const exp = ABBREVIATIONS.get(w);
    if (exp === undefined) out.push(w);
    else for (const part of exp.split(' ')) out.push(part);
  }
  return out;
}

export function normalise(input: string): Normalised {
  const text = capText(input);
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  let letters = 0;
  let upper = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    if (clauseBreakBetween(text, last, start)) clause++;
    const raw = m[0];
    const end = start + raw.length;
    last = end;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) letters++;
    }
    const w = CONTRACTION_RE.test(raw) ? contraction(raw) : normWord(raw);
    if (CLAUSE_WORDS.has(w)) clause++;
    const exp = ABBREVIATIONS.get(w);
    if (exp === undefined) tokens.push({ w, k: keyOf(w), start, end, clause });
    else
      for (const part of exp.split(' '))
        tokens.push({ w: part, k: keyOf(part), start, end, clause });
  }
  letters += upper;
  const emoji: string[] = [];
  if (ANY_EMOJI_RE.test(text)) {
    for (const [re, name] of EMOJI) if (re.test(text)) emoji.push(name);
  }
  let questionMarks = 0;
  let maxQuestionRun = 0;
  let maxExclaimRun = 0;
  let q = 0;
  let e = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 63 || c === 0xbf) {
      questionMarks++;
      q++;
      if (q > maxQuestionRun) maxQuestionRun = q;
    } else q = 0;
    if (c === 33) {
      e++;
      if (e > maxExclaimRun) maxExclaimRun = e;
    } else e = 0;
  }
  return {
    text,
    tokens,
    emoji,
    questionMarks,
    maxQuestionRun,
    maxExclaimRun,
    capsRatio: letters >= 8 ? upper / letters : 0,
    hasSpanishMarks: /[ñ¿¡]/i.test(text),
    hasPortugueseMarks: /[ãõç]/i.test(text),
  };
}
