/**
 * Built-in lexicon evidence per category: phrase hits (negation-aware, owner mutes applied),
 * hedges, emoji and shouting. A category applies when its evidence reaches 1.
 */
import type { Category } from './types';
import { COMPLAINT } from './lexicon/complaint';
import { EMOTIONAL } from './lexicon/emotional';
import { HIGH_VALUE } from './lexicon/high-value';
import { HUMAN_REQUEST, PEOPLE_SETS } from './lexicon/human-request';
import { HEDGES } from './lexicon/cues';
import type { LexiconByLang } from './lexicon/types';
import { NEGATORS, PhraseIndex, quote, type Hit } from './matcher';
import type { Normalised, Token } from './normalise';
import { isMuted } from './triggers';

type LexCategory = Exclude<Category, 'knowledge_gap'>;

function entries<T>(lex: LexiconByLang, tag: T): [string, T][] {
  return [...lex.en, ...lex.pt, ...lex.es].map((p) => [p, tag]);
}

/** Happy context: "so happy I cried", "chorei de emoção kkk" are not distress. */
const POSITIVE = [
  'happy',
  'so happy',
  'thrilled',
  'delighted',
  'loved it',
  'love it',
  'haha*',
  'lol',
  'feliz',
  'felicidade',
  'felicidad',
  'emocion*',
  'amei',
  'adorei',
  'kkk*',
  'rsrs',
  'jaja*',
  'me encanto',
  'de alegria',
  'of joy',
  'happy tears',
];

/**
 * Every built-in phrase list read here, compiled into one index so a message is walked once:
 * the category lexicons, hedges ("just a question") and happy context.
 */
type Tag = LexCategory | 'hedge' | 'positive';
const INDEX = new PhraseIndex<Tag>(
  [
    ...entries(HUMAN_REQUEST, 'human_request' as const),
    ...entries(COMPLAINT, 'complaint' as const),
    ...entries(EMOTIONAL, 'emotional' as const),
    ...entries(HIGH_VALUE, 'high_value' as const),
    ...entries(HEDGES, 'hedge' as const),
    ...POSITIVE.map((p) => [p, 'positive'] as const),
  ],
  PEOPLE_SETS,
  { builtIn: true },
);

export interface CategoryEvidence {
  score: number;
  /** Strongest phrase, quoted from the customer's text. */
  quote: string;
  strongest: number;
  /** Token ranges [from, to) of the phrases that count fully (weight 1 or more), if any. */
  firm?: [number, number][];
}

export type Evidence = Record<LexCategory, CategoryEvidence>;

function negatedAt(tokens: readonly Token[], at: number, lang: string): boolean {
  const clause = tokens[at]?.clause;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k] as Token;
    if (t.clause !== clause) return false;
    if (NEGATORS.has(t.w) && !(t.w === 'no' && lang === 'pt')) return true;
  }
  return false;
}

export function lexiconEvidence(
  n: Normalised,
  lang: string,
  muted: Map<Category, [number, number][]>,
): Evidence {
  const ev: Evidence = {
    human_request: { score: 0, quote: '', strongest: 0 },
    complaint: { score: 0, quote: '', strongest: 0 },
    emotional: { score: 0, quote: '', strongest: 0 },
    high_value: { score: 0, quote: '', strongest: 0 },
  };
  const kept: Hit<LexCategory>[] = [];
  let hedged = false;
  let positive = false;
  for (const hit of INDEX.match(n.tokens)) {
    const tag = hit.pattern.tag;
    if (tag === 'hedge') hedged = true;
    else if (tag === 'positive') positive = true;
    if (tag === 'hedge' || tag === 'positive') continue;
    const h = hit as Hit<LexCategory>;
    const cat = h.pattern.tag;
    if (!h.pattern.negated && negatedAt(n.tokens, h.from, lang)) continue;
    if (isMuted(muted.get(cat), h.from, h.to)) continue;
    let overlap = -1;
    for (let k = 0; k < kept.length; k++) {
      const o = kept[k] as Hit<LexCategory>;
      if (o.pattern.tag === cat && h.from < o.to && o.from < h.to) {
        overlap = k;
        break;
      }
    }
    if (overlap >= 0) {
      if (h.pattern.weight > (kept[overlap] as Hit<LexCategory>).pattern.weight) kept[overlap] = h;
      continue;
    }
    kept.push(h);
  }
  for (const h of kept) {
    const e = ev[h.pattern.tag];
    e.score += h.pattern.weight;
    if (h.pattern.weight >= 1) (e.firm ??= []).push([h.from, h.to]);
    if (h.pattern.weight > e.strongest) {
      e.strongest = h.pattern.weight;
      e.quote = quote(n.text, n.tokens, h.from, h.to);
    }
  }
  const loud = n.capsRatio > 0.6 || n.maxExclaimRun >= 3 || n.maxQuestionRun >= 3;
  for (const name of n.emoji) {
    if (name === 'angry') {
      bump(ev.complaint, 0.4, '😡');
      bump(ev.emotional, 0.4, '😡');
    } else if (name === 'crying') bump(ev.emotional, 0.5, '😭');
    else if (name === 'pray') bump(ev.emotional, 0.2, '🙏');
  }
  if (loud) {
    if (ev.complaint.score > 0) ev.complaint.score += 0.3;
    if (ev.emotional.score > 0) ev.emotional.score += 0.3;
  }
  if (ev.emotional.score > 0 && positive) ev.emotional.score *= 0.5;
  if (hedged) {
    if (ev.complaint.strongest < 1) ev.complaint.score *= 0.5;
    if (ev.emotional.strongest < 1) ev.emotional.score *= 0.5;
  }
  return ev;
}

function bump(e: CategoryEvidence, w: number, q: string): void {
  e.score += w;
  if (e.quote === '') e.quote = q;
}
