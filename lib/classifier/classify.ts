/**
 * The classifier: lexicon evidence, quantities and money, FAQ coverage of the questions,
 * conversation context, the learned model and the owner's triggers, combined into one verdict
 * with a plain-words reason for every category that applies.
 */
import {
  CATEGORIES,
  type Category,
  type Classification,
  type ClassifierConfig,
  type ClassifierInput,
  type FaqEntry,
  type KeyedReason,
} from './types';
import { normalise, type Normalised } from './normalise';
import { detectFromNormalised } from './language';
import { lexiconEvidence, type CategoryEvidence } from './evidence';
import { findQuestions, type Question } from './questions';
import { readContext, isNudge } from './context';
import { ordersOrAsks, readAmounts, readDeadline } from './quantities';
import { isAnswered } from './faq';
import { hasFaq } from './has-faq';
import { matchTriggers } from './triggers';
import { MODEL_CATEGORIES, modelScores, type CompiledModel } from './model';
import { quote } from './matcher';
import { reasonLine } from './reasons';
import { clipText, REPORT_LIMITS } from '../limits';

/** Indexes in CATEGORIES (and, for the first four, in MODEL_CATEGORIES). */
const CO = 1;
const HV = 3;
const KG = 4;

/** The key of the reason that quotes a category's lexicon hit, per lexicon category. */
const LEXICON_KEYS: readonly KeyedReason['key'][] = ['person', 'said', 'upset', 'business'];

/** The reason quoting the lexicon hit of category `c`, or none when it has no hit to quote. */
function lexiconReason(c: number, lexicon: readonly CategoryEvidence[]): KeyedReason | undefined {
  const hit = lexicon[c]?.quote ?? '';
  if (hit === '') return undefined;
  return {
    category: CATEGORIES[c] as Category,
    key: LEXICON_KEYS[c] as KeyedReason['key'],
    quote: hit,
  };
}

/** Whether a knowledge base has content (hasFaq), once per knowledge base array. */
const faqContent = new WeakMap<readonly FaqEntry[], boolean>();
function faqOn(kb: readonly FaqEntry[]): boolean {
  let on = faqContent.get(kb);
  if (on === undefined) faqContent.set(kb, (on = hasFaq(kb)));
  return on;
}

/** A deadline phrase in the message's normalised words (readDeadline). */
function deadlineOf(n: Normalised): string {
  return readDeadline(n.tokens.map((t) => t.w).join(' '));
}

function nudgeOf(text: string): boolean {
  return isNudge(normalise(text.slice(0, 200)));
}

/**
 * Classifies normalised text. `model` is the compiled learned model, or null for the rules alone
 * (the model then never confirms weak lexicon evidence nor decides alone): the training scripts
 * use that to see what the rules reach by themselves; the extension always has the model.
 */
export function classifyNormalised(
  model: CompiledModel | null,
  n: Normalised,
  input: ClassifierInput,
  config: ClassifierConfig,
): Classification {
  const lang = detectFromNormalised(n);
  const triggers = matchTriggers(config.triggers, n.tokens);
  const ev = lexiconEvidence(n, lang, triggers.muted);
  // Per category, in CATEGORIES order (the model's four first, in MODEL_CATEGORIES order).
  const lexicon = [ev.human_request, ev.complaint, ev.emotional, ev.high_value];
  const score: [number, number, number, number, number] = [
    ev.human_request.score,
    ev.complaint.score,
    ev.emotional.score,
    ev.high_value.score,
    0,
  ];
  // Reasons decided along the way; a category left without one quotes its lexicon hit.
  const why: (KeyedReason | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  let bulkReason = false;

  const questions: Question[] = findQuestions(n, lang);
  const ctx = readContext(input.history, n, questions[0]?.terms ?? [], nudgeOf);

  // Quantities, money, deadlines.
  const amounts = readAmounts(n.text, n.tokens, ctx.ownerAskedQuantity);
  const bulk = Math.max(1, config.bulkMinQuantity);
  let deadline: string | undefined;
  // A bulk quantity decides alone only in a message that orders, asks or names a deadline, or
  // answers the owner's "how many?"; otherwise it only adds to big-order words.
  if (
    amounts.quantity >= bulk &&
    (ctx.ownerAskedQuantity ||
      n.text.includes('?') ||
      ordersOrAsks(n.tokens) ||
      (deadline = deadlineOf(n)) !== '')
  ) {
    score[HV] += 1;
    why[HV] = {
      category: 'high_value',
      key: 'quantity',
      quote: amounts.quantityText,
      count: bulk,
    };
    bulkReason = true;
  } else if (amounts.quantity >= bulk * 0.6 && score[HV] > 0) {
    score[HV] += 0.4;
  }
  if (amounts.money >= 1000) {
    score[HV] += amounts.money >= 3000 ? 1 : 0.6;
    if (score[HV] >= 1 && !bulkReason) {
      why[HV] = { category: 'high_value', key: 'amount', quote: amounts.moneyText };
    }
  }
  if (score[HV] > 0 && score[HV] < 1) {
    deadline ??= deadlineOf(n);
    if (deadline) score[HV] += 0.2;
  }

  // Questions the FAQ, the settings (hours, closed dates, name) or the owner's last replies do
  // not answer. With an empty FAQ the category is off: every question would be "unanswered".
  // Switched off in the settings, it is not looked for (it could change nothing).
  const kgMuted =
    (triggers.muted.get('knowledge_gap')?.length ?? 0) > 0 ||
    !faqOn(config.knowledgeBase) ||
    input.group === true;
  if (!kgMuted && questions.length > 0 && config.triggers.knowledge_gap.enabled) {
    // A question that asks for a person ("can I talk to someone?") asks the owner to act, not
    // the FAQ to answer: it is a request for a person, not an unanswered question.
    const asksForPerson = ev.human_request.firm;
    for (const q of questions) {
      if (asksForPerson?.some(([from, to]) => from < q.to && q.from < to)) continue;
      if (!isAnswered(q.terms, config, ctx.ownerDocs)) {
        score[KG] = 1;
        why[KG] = { category: 'knowledge_gap', key: 'gap', quote: q.text };
        break;
      }
    }
  }

  // Conversation context.
  if (ctx.nudge && ctx.waiting >= 1) {
    score[CO] += 1;
    why[CO] = { category: 'complaint', key: 'waiting', count: ctx.waiting + 1 };
  } else if (ctx.waiting >= 2 && ctx.earlierNudges >= 1) {
    score[CO] += 1;
    why[CO] = { category: 'complaint', key: 'keepsWriting', count: ctx.waiting + 1 };
  }
  if (ctx.repeatOf && questions.length > 0 && !kgMuted) {
    score[KG] = Math.max(score[KG], 1);
    why[KG] = {
      category: 'knowledge_gap',
      key: 'askedAgain',
      quote: questions[0]?.text ?? '',
    };
  }

  // Learned model: confirms weak lexicon evidence (≥ 0.5), or decides alone when sure enough;
  // both thresholds per category come with the weights.
  if (model !== null) {
    const p = modelScores(model, n.tokens, triggers.muted, n.emoji);
    const probs = [p.human_request, p.complaint, p.emotional, p.high_value];
    for (let c = 0; c < MODEL_CATEGORIES.length; c++) {
      const prob = probs[c] as number;
      const s = score[c] as number;
      if (s >= 1) continue;
      if (
        (prob >= (model.support[c] as number) && s >= 0.5) ||
        prob >= (model.alone[c] as number)
      ) {
        score[c] = 1;
        // The model has no phrase to point at: quote the weak lexicon hit (the reason it already
        // has), or the message's start.
        if (why[c] === undefined && (lexicon[c] as CategoryEvidence).quote === '')
          why[c] = { category: CATEGORIES[c] as Category, key: 'said', quote: excerpt(n.text) };
      }
    }
  }

  // Owner's own phrases.
  for (const h of triggers.added) {
    const c = CATEGORIES.indexOf(h.pattern.tag);
    if ((score[c] as number) < 1)
      why[c] = {
        category: h.pattern.tag,
        key: 'ownPhrase',
        quote: quote(n.text, n.tokens, h.from, h.to),
      };
    score[c] = Math.max(score[c] as number, 1);
  }

  const t = config.triggers;
  const enabled = [
    t.human_request.enabled,
    t.complaint.enabled,
    t.emotional.enabled,
    t.high_value.enabled,
    t.knowledge_gap.enabled,
  ];
  const categories: Category[] = [];
  const keyed: KeyedReason[] = [];
  let top = 0;
  let near = 0;
  for (let c = 0; c < CATEGORIES.length; c++) {
    if (!enabled[c]) continue;
    const s = score[c] as number;
    if (s > near) near = s;
    if (s >= 1) {
      const cat = CATEGORIES[c] as Category;
      categories.push(cat);
      keyed.push(why[c] ?? lexiconReason(c, lexicon) ?? { category: cat, key: 'flagged' });
      if (s > top) top = s;
    }
  }
  if (categories.length === 0) {
    return {
      escalate: false,
      category: null,
      categories: [],
      score: round(Math.min(0.45, near * 0.45)),
      lang,
      reasons: [],
    };
  }
  const { reasons, keyedReasons } = explained(keyed, config);
  return {
    escalate: true,
    category: categories[0] ?? null,
    categories,
    score: round(Math.min(0.99, 0.6 + 0.15 * top)),
    lang,
    reasons,
    keyedReasons,
  };
}

/**
 * The reasons as lines in the owner's interface language and keyed, each clipped to what a
 * report may hold (a quote is clipped the same way, so both forms say the same words).
 */
function explained(
  keyed: KeyedReason[],
  config: ClassifierConfig,
): Pick<Classification, 'reasons' | 'keyedReasons'> {
  // A quote short enough keeps its reason object (made for this call only).
  const clipped = keyed.map((r) => {
    if (r.quote === undefined) return r;
    const quote = clipText(r.quote, REPORT_LIMITS.reason);
    return quote === r.quote ? r : { ...r, quote };
  });
  return {
    reasons: clipped.map((r) => clipText(reasonLine(config.locale, r), REPORT_LIMITS.reason)),
    keyedReasons: clipped,
  };
}

/** The first sentence of a message, at most 60 characters, as the customer wrote it. */
function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const end = t.search(/[.!?\n]/);
  const first = end > 0 ? t.slice(0, end) : t;
  return first.length > 60 ? `${first.slice(0, 57).trimEnd()}...` : first;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export function classifyText(
  model: CompiledModel | null,
  input: ClassifierInput,
  config: ClassifierConfig,
): Classification {
  return classifyNormalised(
    model,
    normalise(typeof input.text === 'string' ? input.text : ''),
    input,
    config,
  );
}
