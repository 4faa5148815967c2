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
  type KeyedReason,
} from './types';
import { normalise, type Normalised } from './normalise';
import { detectFromNormalised } from './language';
import { lexiconEvidence } from './evidence';
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

/** A reason quoting the customer, or none when there is nothing to quote. */
function quoted(
  category: Category,
  key: KeyedReason['key'],
  quote: string,
): KeyedReason | undefined {
  return quote === '' ? undefined : { category, key, quote };
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
  const score: Record<Category, number> = {
    human_request: ev.human_request.score,
    complaint: ev.complaint.score,
    emotional: ev.emotional.score,
    high_value: ev.high_value.score,
    knowledge_gap: 0,
  };
  const why: Record<Category, KeyedReason | undefined> = {
    human_request: quoted('human_request', 'person', ev.human_request.quote),
    complaint: quoted('complaint', 'said', ev.complaint.quote),
    emotional: quoted('emotional', 'upset', ev.emotional.quote),
    high_value: quoted('high_value', 'business', ev.high_value.quote),
    knowledge_gap: undefined,
  };
  let bulkReason = false;

  const questions: Question[] = findQuestions(n, lang);
  const ctx = readContext(input.history, n, questions[0]?.terms ?? [], nudgeOf);

  // Quantities, money, deadlines.
  const amounts = readAmounts(n.text, n.tokens, ctx.ownerAskedQuantity);
  const bulk = Math.max(1, config.bulkMinQuantity);
  // A bulk quantity decides alone only in a message that orders, asks or names a deadline, or
  // answers the owner's "how many?"; otherwise it only adds to big-order words.
  if (
    amounts.quantity >= bulk &&
    (ctx.ownerAskedQuantity ||
      n.text.includes('?') ||
      ordersOrAsks(n.tokens) ||
      readDeadline(n.tokens.map((t) => t.w).join(' ')) !== '')
  ) {
    score.high_value += 1;
    why.high_value = {
      category: 'high_value',
      key: 'quantity',
      quote: amounts.quantityText,
      count: bulk,
    };
    bulkReason = true;
  } else if (amounts.quantity >= bulk * 0.6 && score.high_value > 0) {
    score.high_value += 0.4;
  }
  if (amounts.money >= 1000) {
    score.high_value += amounts.money >= 3000 ? 1 : 0.6;
    if (score.high_value >= 1 && !bulkReason) {
      why.high_value = { category: 'high_value', key: 'amount', quote: amounts.moneyText };
    }
  }
  if (score.high_value > 0 && score.high_value < 1) {
    const deadline = readDeadline(n.tokens.map((t) => t.w).join(' '));
    if (deadline) score.high_value += 0.2;
  }

  // Questions the FAQ, the settings (hours, closed dates, name) or the owner's last replies do
  // not answer. With an empty FAQ the category is off: every question would be "unanswered".
  const kgMuted =
    (triggers.muted.get('knowledge_gap')?.length ?? 0) > 0 || !hasFaq(config.knowledgeBase);
  if (!kgMuted && questions.length > 0) {
    for (const q of questions) {
      if (!isAnswered(q.terms, config, ctx.ownerDocs)) {
        score.knowledge_gap = 1;
        why.knowledge_gap = { category: 'knowledge_gap', key: 'gap', quote: q.text };
        break;
      }
    }
  }

  // Conversation context.
  if (ctx.nudge && ctx.waiting >= 1) {
    score.complaint += 1;
    why.complaint = { category: 'complaint', key: 'waiting', count: ctx.waiting + 1 };
  } else if (ctx.waiting >= 2 && ctx.earlierNudges >= 1) {
    score.complaint += 1;
    why.complaint = { category: 'complaint', key: 'keepsWriting', count: ctx.waiting + 1 };
  }
  if (ctx.repeatOf && questions.length > 0 && !kgMuted) {
    score.knowledge_gap = Math.max(score.knowledge_gap, 1);
    why.knowledge_gap = {
      category: 'knowledge_gap',
      key: 'askedAgain',
      quote: questions[0]?.text ?? '',
    };
  }

  // Learned model: confirms weak lexicon evidence (≥ 0.5), or decides alone when sure enough;
  // both thresholds per category come with the weights.
  const p = model === null ? null : modelScores(model, n.tokens, triggers.muted, n.emoji);
  for (let c = 0; c < MODEL_CATEGORIES.length; c++) {
    if (p === null || model === null) break;
    const cat = MODEL_CATEGORIES[c] as (typeof MODEL_CATEGORIES)[number];
    const prob = p[cat];
    if (score[cat] >= 1) continue;
    if (
      (prob >= (model.support[c] as number) && score[cat] >= 0.5) ||
      prob >= (model.alone[c] as number)
    ) {
      score[cat] = 1;
      // The model has no phrase to point at: quote the weak lexicon hit, or the message's start.
      why[cat] ??= { category: cat, key: 'said', quote: ev[cat].quote || excerpt(n.text) };
    }
  }

  // Owner's own phrases.
  for (const h of triggers.added) {
    const cat = h.pattern.tag;
    if (score[cat] < 1)
      why[cat] = { category: cat, key: 'ownPhrase', quote: quote(n.text, n.tokens, h.from, h.to) };
    score[cat] = Math.max(score[cat], 1);
  }

  const categories: Category[] = [];
  let top = 0;
  let near = 0;
  for (const c of CATEGORIES) {
    if (!config.triggers[c].enabled) continue;
    if (score[c] > near) near = score[c];
    if (score[c] >= 1) {
      categories.push(c);
      if (score[c] > top) top = score[c];
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
  return {
    escalate: true,
    category: categories[0] ?? null,
    categories,
    score: round(Math.min(0.99, 0.6 + 0.15 * top)),
    lang,
    ...explained(
      categories.map((c) => why[c] ?? { category: c, key: 'flagged' }),
      config,
    ),
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
  const clipped = keyed.map((r) =>
    r.quote === undefined ? r : { ...r, quote: clipText(r.quote, REPORT_LIMITS.reason) },
  );
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
