/**
 * The parts of one WhatsApp message row that do not depend on its neighbours: the quoted-reply
 * block (kept apart from the new text), the message's own text (emoji images back as emoji, the
 * quote and hidden inline furniture left out), media presence, system notices, and the
 * data-pre-plain-text header. Text comes from the `selectable-text` span (all eras); when a build
 * lacks it, from the `[data-pre-plain-text]` block minus `aria-hidden` parts (the inline time).
 */
import { chains, closest, hasAny, matchesAny, queryAll, queryFirst } from '../selector-spec';
import { readText } from '../dom-text';
import { selectors } from './selectors';
import { parsePrePlainText, type PrePlainText } from './pre-plain-text';

export interface MessageParts {
  quote?: HTMLElement;
  /** True for elements inside the quoted reply. */
  outside: (element: Element) => boolean;
  text: string;
  quoted?: string;
  hasMedia: boolean;
  prePlainRaw?: string;
  prePlain?: PrePlainText;
  /** Group author name shown above the bubble, if any. */
  author?: string;
}

export function isSystemRow(row: HTMLElement): boolean {
  return hasAny(row, selectors.systemMessage);
}

export function isBubbleRow(row: HTMLElement): boolean {
  return matchesAny(row, selectors.bubble) || hasAny(row, selectors.bubble);
}

const QUOTE_OR_TEXT = chains(selectors.quote, selectors.quoteText);

export function findQuote(row: HTMLElement): HTMLElement | undefined {
  // Most messages quote nothing: one query says so for every alternative.
  if (!hasAny(row, QUOTE_OR_TEXT)) return undefined;
  const block = queryFirst(row, selectors.quote);
  if (block) return block;
  const text = queryFirst(row, selectors.quoteText);
  return text ? (closest(text, selectors.roleButton) ?? text) : undefined;
}

export function readParts(row: HTMLElement): MessageParts {
  const quote = findQuote(row);
  const outside = (element: Element): boolean => quote?.contains(element) === true;
  const author = queryAll(row, selectors.author).find((el) => !outside(el));
  const preElement = queryAll(row, selectors.prePlainText).find((el) => !outside(el));
  const prePlainRaw = preElement?.getAttribute('data-pre-plain-text') ?? undefined;
  const textElement = queryAll(row, selectors.messageText).find(
    (el) => !outside(el) && !(author?.contains(el) ?? false),
  );
  const hidden = new Set<Element>(queryAll(row, selectors.hiddenInline));
  const skip = (el: Element): boolean => el === quote || el === author || hidden.has(el);
  let text = '';
  if (textElement) text = readText(textElement, { skip });
  else if (preElement) text = readText(preElement, { skip });

  const parts: MessageParts = {
    outside,
    text,
    // Without a quote nothing is left out: whether any alternative matches is the answer.
    hasMedia: quote
      ? queryAll(row, selectors.media).some((el) => !outside(el))
      : hasAny(row, selectors.media),
  };
  if (quote) {
    parts.quote = quote;
    const quoteText = queryFirst(quote, selectors.quoteText);
    parts.quoted = readText(quoteText ?? quote);
  }
  if (prePlainRaw !== undefined) {
    parts.prePlainRaw = prePlainRaw;
    const parsed = parsePrePlainText(prePlainRaw);
    if (parsed) parts.prePlain = parsed;
  }
  if (author) {
    const name = readText(author);
    if (name !== '') parts.author = name;
  }
  return parts;
}
