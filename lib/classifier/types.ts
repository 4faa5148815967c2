/**
 * The classifier's public vocabulary: the five categories, their precedence and the result shape.
 * These are contracts (docs/contracts.md, "Categories" and "Classification result"): users and outside tools
 * read them, so they change only on purpose. Pure types and constants; no runtime dependencies.
 */

/** Every category, in precedence order: the first one that applies is the primary category. */
export const CATEGORIES = [
  'human_request',
  'complaint',
  'emotional',
  'high_value',
  'knowledge_gap',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Languages the classifier and the drafter know well; `lang` may hold other ISO codes. */
export const LANGS = ['en', 'pt', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export interface Classification {
  escalate: boolean;
  category: Category | null;
  categories: Category[];
  /** Confidence of the escalate decision, 0..1. */
  score: number;
  lang: Lang | (string & {});
  /** Short plain-words explanations an owner can read, e.g. "asks for a person: 'falar com um atendente'". */
  reasons: string[];
  /**
   * The same reasons as keys and the customer's words, for the extension's own pages to say in
   * the owner's language. Not part of the command line's output.
   */
  keyedReasons?: KeyedReason[];
}

/**
 * What a reason says, without its wording: 'person', 'said', 'upset', 'business', 'amount',
 * 'gap', 'askedAgain' and 'ownPhrase' quote the customer; 'quantity' quotes and states the bulk
 * threshold; 'waiting' and 'keepsWriting' count messages in a row; 'learned' (like messages the
 * owner marked), 'needsMe' (the owner marked this conversation) and 'flagged' (no detail) say
 * only the category.
 */
export const REASON_KEYS = [
  'person',
  'said',
  'upset',
  'business',
  'quantity',
  'amount',
  'gap',
  'waiting',
  'keepsWriting',
  'askedAgain',
  'ownPhrase',
  'learned',
  'needsMe',
  'flagged',
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

/** One reason, keyed: which category it is for, what kind it is, and the customer's words. */
export interface KeyedReason {
  category: Category;
  key: ReasonKey;
  /** The customer's words, exactly as written. */
  quote?: string;
  /** Messages in a row ('waiting', 'keepsWriting') or the bulk threshold ('quantity'). */
  count?: number;
}

export interface HistoryTurn {
  from: 'customer' | 'owner';
  text: string;
}

export interface ClassifierInput {
  text: string;
  /** Earlier turns of the same conversation, oldest first, not including `text`. */
  history?: HistoryTurn[];
  /**
   * Written in a group chat: its questions are the members' to each other ("who brings the extra
   * table?"), not the business's FAQ's, so none of them is an unanswered question.
   */
  group?: boolean;
}

export interface FaqEntry {
  question: string;
  answer: string;
}

export interface CategoryTrigger {
  /** When false the category is never reported. */
  enabled: boolean;
  /** Phrases that make the category apply (case and accent insensitive). */
  add: string[];
  /** Phrases that must never make the category apply on their own. */
  mute: string[];
}

export type TriggerSet = Record<Category, CategoryTrigger>;

/** Opening hours of one day ("HH:MM"), or null when closed all day. */
export interface OpeningHours {
  open: string;
  close: string;
}

/** The parts of the owner's business hours that answer customers' questions. */
export interface BusinessFacts {
  week: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', OpeningHours | null>>;
  closedDates: string[];
}

/** Languages of the owner's interface, in which reasons are written. */
export const UI_LOCALES = ['en', 'pt_BR', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** What the classifier reads from the owner's settings. */
export interface ClassifierConfig {
  /**
   * The owner's FAQ. Empty means the knowledge_gap category is off: without entries every
   * question would count as unanswered.
   */
  knowledgeBase: FaqEntry[];
  triggers: TriggerSet;
  /** An order of at least this many units counts as high value. */
  bulkMinQuantity: number;
  /** Business hours and closed dates: they answer "when do you open?" like an FAQ entry. */
  businessHours?: BusinessFacts;
  /** The business name: it answers "what is the shop called?". */
  businessName?: string;
  /** Language of the reasons (the owner's interface language); English when absent. */
  locale?: UiLocale;
}

/** The most urgent of `categories` by the precedence above, or undefined when there is none. */
export function mostUrgent(categories: Iterable<Category>): Category | undefined {
  const present = new Set(categories);
  return CATEGORIES.find((c) => present.has(c));
}

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
