/**
 * FAQ matching. A question becomes a bag of terms: topic concepts shared across en/pt/es
 * (concepts.ts) and stems of the remaining content words, a run of which weighs as one word. An
 * FAQ entry (question and answer) answers it when it covers at least half of the question's
 * weight, every "specific" concept (gluten, abroad, invoice...) and more than weak concepts
 * ("when", "where"). The owner's recent replies count as answers too.
 */
import type { ClassifierConfig, FaqEntry } from './types';
import {
  NAME_LINKS,
  SPECIFIC,
  conceptAt,
  conceptOf,
  contextRule,
  multiWordConcepts,
} from './concepts';
import { normPhrase, type WordFacts } from './normalise';
import { detectLanguage } from './language';
import { STOPWORDS } from './stopwords';
import { SMALL_TALK_WORDS } from './lexicon/cues';

export interface Term {
  key: string;
  weight: number;
  specific: boolean;
  word: string;
}

export interface FaqDoc {
  keys: Set<string>;
  words: string[];
  label: string;
  /**
   * Set on documents built from the settings (hours, closed dates, business name): the question
   * must mention this concept, and every one of its concept terms must be in the document.
   */
  requires?: string;
}

const WEAK_WORDS = new Set([
  'when',
  'quando',
  'cuando',
  'where',
  'onde',
  'donde',
  'quanto',
  'cuanto',
  'days',
  'dias',
  'dia',
  'today',
  'hoje',
  'hoy',
  'now',
  'agora',
  'ahora',
  'tomorrow',
  'amanha',
  'manana',
  'tonight',
]);
const NOT_WORDS = new Set(['no', 'not', 'nao', 'sem', 'sin', 'without']);
/** A negation before a concept ("sin gluten", "not abroad"); Portuguese "no" is "in the" ("no feriado"). */
function negates(w: string | undefined, lang: string): boolean {
  return w !== undefined && NOT_WORDS.has(w) && !(w === 'no' && lang === 'pt');
}
/** Words after a country that make it the whole home country ("o Brasil todo"), not abroad. */
const WHOLE = new Set([
  'todo',
  'toda',
  'inteiro',
  'inteira',
  'entero',
  'entera',
  'whole',
  'all',
  'nationwide',
]);

/** Term keys are built once per concept and per word (bounded), not per message. */
const CONCEPT_KEY = new Map<string, string>();
function conceptKey(id: string): string {
  let k = CONCEPT_KEY.get(id);
  if (k === undefined) CONCEPT_KEY.set(id, (k = `c:${id}`));
  return k;
}
const WORD_KEY = new Map<string, string>();
const WORD_KEY_MAX = 4096;
function wordKey(w: string): string {
  let k = WORD_KEY.get(w);
  if (k === undefined) {
    if (WORD_KEY.size >= WORD_KEY_MAX) WORD_KEY.clear();
    WORD_KEY.set(w, (k = `w:${stem(w)}`));
  }
  return k;
}

function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

export function stem(w: string): string {
  if (w.length > 5) return w.slice(0, 5);
  return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
}

/** What termsOf needs to know about one word, whatever its neighbours. */
interface WordRole {
  /** Too short, or only digits: never a term. */
  skip: boolean;
  concept: string | undefined;
  /** When not 0, the concept holds only in some contexts (concepts.ts decides per question). */
  rule: number;
  weak: boolean;
  /** A stop word or small talk: a term only through its concept. */
  stop: boolean;
  /** Its term key when it is a plain word. */
  key: string;
}
const ROLES = new Map<string, WordRole>();

/** "Where is it" verbs ("onde fica?", "¿dónde queda?"): no more a topic than "is". */
const PLACE_VERBS = new Set(['fica', 'ficam', 'queda', 'quedan']);

/** A time of day written as one word ("8h", "10h30", "14hs", "9am"): no more a topic than "8". */
const CLOCK_WORD = /^\d{1,2}(?:h\d{0,2}|hs|hrs|am|pm)$/u;

function readRole(w: string): WordRole {
  const skip = w.length < 2 || allDigits(w) || CLOCK_WORD.test(w);
  const concept = skip ? undefined : conceptOf(w);
  return {
    skip,
    concept,
    rule: concept === undefined ? 0 : contextRule(w, concept),
    weak: WEAK_WORDS.has(w),
    stop: STOPWORDS.has(w) || SMALL_TALK_WORDS.has(w) || PLACE_VERBS.has(w),
    key: skip ? '' : wordKey(w),
  };
}

/** A word's role, from its facts when the caller has them, else from a bounded cache. */
function roleOf(w: string, facts: WordFacts | undefined): WordRole {
  if (facts !== undefined) {
    // Only this module writes the field, always a WordRole.
    let r = facts.role as WordRole | null;
    if (r === null) facts.role = r = readRole(w);
    return r;
  }
  let r = ROLES.get(w);
  if (r === undefined) {
    if (ROLES.size >= WORD_KEY_MAX) ROLES.clear();
    ROLES.set(w, (r = readRole(w)));
  }
  return r;
}

/**
 * Terms of a list of normalised words, in the given language ("und" when unknown). `facts`, when
 * given, holds each word's shared facts (same order as words).
 */
export function termsOf(
  words: readonly string[],
  lang = 'und',
  facts?: readonly WordFacts[],
): Term[] {
  const out: Term[] = [];
  multiWordConcepts(words, (id) => {
    const key = conceptKey(id);
    if (!hasKey(out, key)) out.push({ key, weight: 2, specific: SPECIFIC.has(id), word: id });
  });
  let lastPlain = -3;
  // The current run's plain terms are out[runFrom..runTo).
  let runFrom = 0;
  let runTo = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const role = roleOf(w, facts?.[i]);
    if (role.skip) continue;
    let c = role.concept;
    if (role.rule !== 0 && c !== undefined) c = conceptAt(role.rule, words, i, c);
    if (c === 'abroad' && (WHOLE.has(words[i + 1] ?? '') || WHOLE.has(words[i - 1] ?? '')))
      c = undefined;
    if (
      c !== undefined &&
      SPECIFIC.has(c) &&
      (negates(words[i - 1], lang) || negates(words[i - 2], lang))
    )
      c = undefined;
    if (c !== undefined) {
      const key = conceptKey(c);
      const weight = role.weak ? 0.5 : c === 'order' ? 0.5 : 2;
      let prev: Term | undefined;
      for (const t of out)
        if (t.key === key) {
          prev = t;
          break;
        }
      if (prev) prev.weight = Math.max(prev.weight, weight);
      else out.push({ key, weight, specific: SPECIFIC.has(c), word: w });
      continue;
    }
    if (role.stop) continue;
    // A run of plain words, maybe joined by "de"/"of", names one thing ("pão de fermentação
    // natural", "carrot cake"): it weighs PLAIN_WEIGHT in all, as "sourdough" does alone. A word
    // that names a topic elsewhere ("gluten" in "sin gluten", "leva") stands alone.
    const alone = role.concept !== undefined;
    if (
      alone ||
      (lastPlain !== i - 1 && !(lastPlain === i - 2 && NAME_LINKS.has(words[i - 1] as string)))
    ) {
      shareRun(out, runFrom, runTo);
      runFrom = runTo = out.length;
    }
    lastPlain = alone ? -3 : i;
    const key = role.key;
    if (hasKey(out, key)) continue;
    out.push({ key, weight: PLAIN_WEIGHT, specific: false, word: w });
    runTo = alone ? (runFrom = out.length) : out.length;
  }
  shareRun(out, runFrom, runTo);
  return out;
}

const PLAIN_WEIGHT = 0.5;

/** Shares PLAIN_WEIGHT among the plain words of one run, out[from..to). */
function shareRun(out: Term[], from: number, to: number): void {
  const n = to - from;
  if (n < 2) return;
  for (let k = from; k < to; k++) (out[k] as Term).weight = PLAIN_WEIGHT / n;
}

/** Whether a term with this key is already in the list (a question has few terms). */
function hasKey(terms: readonly Term[], key: string): boolean {
  for (const t of terms) if (t.key === key) return true;
  return false;
}

export function docOf(text: string, label: string): FaqDoc {
  const words = normPhrase(text);
  const keys = new Set<string>();
  for (const t of termsOf(words, detectLanguage(text))) keys.add(t.key);
  return { keys, words: words.filter((w) => w.length >= 5), label };
}

const cache = new WeakMap<readonly FaqEntry[], FaqDoc[]>();

/** FAQ entries as documents, computed once per knowledge base array. */
export function faqDocs(kb: readonly FaqEntry[]): FaqDoc[] {
  let docs = cache.get(kb);
  if (docs === undefined) {
    docs = kb.map((e) => docOf(`${e.question} ${e.answer}`, e.question));
    cache.set(kb, docs);
  }
  return docs;
}

const HOURS_WORDS =
  'what time hours open close horario abre fecha cierra when today tomorrow now ' +
  'monday tuesday wednesday thursday friday saturday sunday weekend';
const CLOSED_WORDS = 'holiday feriado festivo christmas natal navidad easter new year';
const NAME_WORDS = 'name called nome chama nombre llama';

const settingsCache = new WeakMap<object, FaqDoc[]>();

/**
 * What the settings answer, as documents: the business hours (when open, which days), the closed
 * dates (holidays) and the business name. Built once per config object.
 */
export function settingsDocs(config: ClassifierConfig): FaqDoc[] {
  const cached = settingsCache.get(config);
  if (cached !== undefined) return cached;
  const docs: FaqDoc[] = [];
  const hours = config.businessHours;
  if (hours !== undefined && Object.keys(hours.week).length > 0) {
    const words = hours.closedDates.length > 0 ? `${HOURS_WORDS} ${CLOSED_WORDS}` : HOURS_WORDS;
    docs.push({ ...docOf(words, 'business hours'), requires: 'c:hours' });
    if (hours.closedDates.length > 0)
      docs.push({ ...docOf(`${CLOSED_WORDS} open close`, 'closed dates'), requires: 'c:holiday' });
  }
  const name = config.businessName?.trim() ?? '';
  if (name !== '')
    docs.push({ ...docOf(`${NAME_WORDS} ${name}`, 'business name'), requires: 'c:name' });
  settingsCache.set(config, docs);
  return docs;
}

/** A settings document answers a question only when it covers each of its concepts. */
function settingsCover(terms: readonly Term[], d: FaqDoc, requires: string): boolean {
  let has = false;
  for (const t of terms) {
    if (t.key === requires) has = true;
    if (t.weight >= 1 && !d.keys.has(t.key)) return false;
  }
  return has;
}

function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export interface FaqMatch {
  coverage: number;
  doc: FaqDoc | null;
}

/**
 * A weak concept ("when", "where", "quanto", "today"): a document that holds nothing else of a
 * question that has something else is a near miss, not an answer. An order, light as it is, names
 * what the question is about.
 */
function isWeak(t: Term): boolean {
  return t.weight < 1 && t.key.startsWith('c:') && t.key !== ORDER_KEY;
}
const ORDER_KEY = conceptKey('order');

/** Whether some term of the question is not weak. */
function hasStrong(terms: readonly Term[]): boolean {
  for (const t of terms) if (!isWeak(t)) return true;
  return false;
}

/** How well the best document covers the question's terms (0..1). */
export function bestCover(terms: readonly Term[], docs: readonly FaqDoc[]): FaqMatch {
  let total = 0;
  for (const t of terms) total += t.weight;
  const needsStrong = hasStrong(terms);
  if (total === 0) return { coverage: 1, doc: null };
  let best: FaqMatch = { coverage: 0, doc: null };
  for (const d of docs) {
    if (d.requires !== undefined) {
      if (settingsCover(terms, d, d.requires)) return { coverage: 1, doc: d };
      continue;
    }
    let got = 0;
    let missingSpecific = false;
    let strongHit = false;
    for (const t of terms) {
      let hit = d.keys.has(t.key);
      if (!hit && t.key.startsWith('w:') && t.word.length >= 5) {
        hit = d.words.some((v) => oneEdit(t.word, v));
      }
      if (hit) {
        got += t.weight;
        if (!isWeak(t)) strongHit = true;
      } else if (t.specific) missingSpecific = true;
    }
    const nearMiss = missingSpecific || (needsStrong && !strongHit);
    const coverage = nearMiss ? Math.min(0.49, got / total) : got / total;
    if (coverage > best.coverage) best = { coverage, doc: d };
  }
  return best;
}

export const ANSWERED_AT = 0.5;

/**
 * FAQ documents with an index from term key to the documents holding it, built once per
 * knowledge base array: a question costs one lookup per term instead of one per term and entry.
 */
interface FaqIndex {
  docs: FaqDoc[];
  byKey: Map<string, number[]>;
  /** Word (5+ letters) → documents holding a word one edit away from it (bounded cache). */
  near: Map<string, number[]>;
  /** Per document: weight covered, the term last counted, a specific term missed, a term held
   * that is not weak. */
  got: Float64Array;
  stamp: Int32Array;
  missing: Uint8Array;
  strong: Uint8Array;
}

const indexCache = new WeakMap<readonly FaqEntry[], FaqIndex>();
const NEAR_MAX = 4096;

function faqIndex(kb: readonly FaqEntry[]): FaqIndex {
  let index = indexCache.get(kb);
  if (index === undefined) {
    const docs = faqDocs(kb);
    const byKey = new Map<string, number[]>();
    docs.forEach((d, i) => {
      for (const k of d.keys) {
        const list = byKey.get(k);
        if (list === undefined) byKey.set(k, [i]);
        else list.push(i);
      }
    });
    index = {
      docs,
      byKey,
      near: new Map(),
      got: new Float64Array(docs.length),
      stamp: new Int32Array(docs.length),
      missing: new Uint8Array(docs.length),
      strong: new Uint8Array(docs.length),
    };
    indexCache.set(kb, index);
  }
  return index;
}

function nearDocs(index: FaqIndex, word: string): number[] {
  let list = index.near.get(word);
  if (list === undefined) {
    list = [];
    for (let i = 0; i < index.docs.length; i++)
      if ((index.docs[i] as FaqDoc).words.some((v) => oneEdit(word, v))) list.push(i);
    if (index.near.size >= NEAR_MAX) index.near.clear();
    index.near.set(word, list);
  }
  return list;
}

/** True when some FAQ entry covers at least ANSWERED_AT of the terms (as bestCover measures). */
function faqAnswers(terms: readonly Term[], total: number, index: FaqIndex): boolean {
  const { got, stamp, missing, strong } = index;
  const needsStrong = hasStrong(terms);
  const n = index.docs.length;
  got.fill(0);
  stamp.fill(-1);
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t] as Term;
    const notWeak = !isWeak(term);
    const hits = index.byKey.get(term.key);
    if (hits !== undefined)
      for (const d of hits) {
        stamp[d] = t;
        got[d] = (got[d] as number) + term.weight;
        if (notWeak) strong[d] = 1;
      }
    if (term.key.startsWith('w:') && term.word.length >= 5)
      for (const d of nearDocs(index, term.word))
        if (stamp[d] !== t) {
          stamp[d] = t;
          got[d] = (got[d] as number) + term.weight;
          strong[d] = 1;
        }
    if (term.specific) for (let d = 0; d < n; d++) if (stamp[d] !== t) missing[d] = 1;
  }
  let answered = false;
  for (let d = 0; d < n; d++) {
    const nearMiss = missing[d] === 1 || (needsStrong && strong[d] === 0);
    const coverage = nearMiss
      ? Math.min(0.49, (got[d] as number) / total)
      : (got[d] as number) / total;
    if (coverage >= ANSWERED_AT) answered = true;
    missing[d] = 0;
    strong[d] = 0;
  }
  return answered;
}

/**
 * Whether a question is answered: by an FAQ entry, by the settings (hours, closed dates, name)
 * or by one of the owner's recent replies. The same verdict as bestCover over all of them
 * reaching ANSWERED_AT.
 */
export function isAnswered(
  terms: readonly Term[],
  config: ClassifierConfig,
  ownerDocs: readonly FaqDoc[],
): boolean {
  let total = 0;
  for (const t of terms) total += t.weight;
  if (total === 0) return true;
  if (faqAnswers(terms, total, faqIndex(config.knowledgeBase))) return true;
  for (const d of settingsDocs(config))
    if (settingsCover(terms, d, d.requires as string)) return true;
  return ownerDocs.length > 0 && bestCover(terms, ownerDocs).coverage >= ANSWERED_AT;
}
