/**
 * Drafts the handoff reply for an escalated message: picks the owner's template for the category
 * and language (English when the language is not one we write), computes the promise and fills the
 * placeholders. Missing names get neutral words: no customer name drops the name ("Hi,"), no owner
 * name reads "the owner", no business name reads "our team". A stored template that fails
 * validation is never sent half-filled; the default template for that slot is used instead.
 */
import { LANGS, type Category, type Lang } from '../classifier/types';
import { clipText, REPORT_LIMITS } from '../limits';
import type { Settings } from '../settings/types';
import { DEFAULT_TEMPLATES } from './default-templates';
import { fillTemplate, validateTemplate } from './placeholders';
import { computePromise } from './promise';

export interface DraftInput {
  category: Category;
  /** Language of the customer's message; "pt-BR" counts as "pt", anything unknown as "en". */
  lang: string;
  customerName?: string;
  /** Epoch ms; the drafter reads no clock. */
  now: number;
}

export type DraftSettings = Pick<
  Settings,
  'businessName' | 'ownerName' | 'businessHours' | 'responseTimes' | 'templates'
>;

export interface Draft {
  text: string;
  dueAt?: number;
  /** The promise phrase alone, e.g. "tomorrow by 10:00". */
  promise: string;
  lang: Lang;
}

const FALLBACK_OWNER: Record<Lang, string> = {
  en: 'the owner',
  pt: 'o responsável',
  es: 'la persona responsable',
};
const FALLBACK_BUSINESS: Record<Lang, string> = {
  en: 'our team',
  pt: 'nossa equipe',
  es: 'nuestro equipo',
};

export function draftLang(lang: string): Lang {
  const base = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGS.find((l) => l === base) ?? 'en';
}

/**
 * The first word of a display name that has letters in it ("Ana Souza" → "Ana"); '' when the name
 * is only a phone number, emoji or blank, so the greeting drops it.
 */
export function firstName(name: string | undefined): string {
  const word = (name ?? '').split(/\s+/).find((w) => /\p{L}/u.test(w));
  return word?.replace(/^[^\p{L}]+|[^\p{L}'’.-]+$/gu, '') ?? '';
}

export function draftHandoff(input: DraftInput, settings: DraftSettings): Draft {
  const lang = draftLang(input.lang);
  const stored = settings.templates[input.category][lang];
  const template =
    validateTemplate(stored) === null ? stored : DEFAULT_TEMPLATES[input.category][lang];
  const promise = computePromise(input.now, settings.businessHours, settings.responseTimes, lang);
  const text = fillTemplate(template, {
    customer: firstName(input.customerName),
    owner: settings.ownerName.trim() || FALLBACK_OWNER[lang],
    business: settings.businessName.trim() || FALLBACK_BUSINESS[lang],
    promise: promise.phrase,
  });
  // Templates are long-ish and names are the page's: the draft is clipped to what a report carries.
  const draft: Draft = { text: clipText(text, REPORT_LIMITS.draft), promise: promise.phrase, lang };
  if (promise.dueAt !== undefined) draft.dueAt = promise.dueAt;
  return draft;
}
