/**
 * Who wrote a WhatsApp message row: the multi-signal cascade of docs/site-markup.md, since
 * no single marker works across the three DOM eras. In order: era A/B classes `message-out` /
 * `message-in`; era A/B data-id prefix `true_` / `false_`; the bubble tail `tail-out` / `tail-in`
 * (only the first message of a run has one); the hidden sender label ("You:" / "Você:" vs
 * "<name>:"); a delivery receipt in msg-meta (only outgoing messages have one); the message
 * element's computed `align-items` (`flex-end` sent, `flex-start` received; 2026, read only when
 * the cheaper signals are silent, once per row since the facts are cached with the row); the
 * data-pre-plain-text author compared with the owner's name (learnt from rows already known to be
 * outgoing) and with a 1:1 chat's title; msg-meta present without a receipt (incoming); finally
 * the previous row's direction (tail-less rows continue a run), else "them".
 */
import {
  chains,
  hasAny,
  matchesAny,
  queryAll,
  queryEvery,
  queryFirst,
  type SelectorSpec,
} from '../selector-spec';
import { selectors } from './selectors';
import { isOwnLabel } from './own-prefix';
import { isReceiptTitle } from './receipt';

export type Author = 'me' | 'them';

/** Which signal decided, for tests and diagnostics. */
export type DirectionSignal =
  | 'class'
  | 'data-id'
  | 'tail'
  | 'label'
  | 'receipt'
  | 'alignment'
  | 'author'
  | 'no-receipt'
  | 'carry'
  | 'default';

export interface DirectionContext {
  /** Elements of the row to ignore (the quoted reply). */
  outside: (element: Element) => boolean;
  /** data-pre-plain-text sender of this row, if any. */
  prePlainSender?: string;
  /** The owner's own name as written in data-pre-plain-text, once known. */
  ownerName?: string;
  /** Chat title, for 1:1 chats only (incoming pre-plain-text names the contact). */
  contactName?: string;
  previous?: Author;
}

const CLASSES_AND_TAILS = chains(
  selectors.classOut,
  selectors.classIn,
  selectors.tailOut,
  selectors.tailIn,
);

/** The decisive signals only (no carry-forward, no default); undefined when none applies. */
export function strongDirection(
  row: HTMLElement,
  outside: (element: Element) => boolean,
): { author: Author; signal: DirectionSignal } | undefined {
  // Only the first message of a run has a tail, and 2026 markup has no direction classes: one
  // query says whether any is there before each is asked in its order.
  const marked = matchesAny(row, CLASSES_AND_TAILS) || hasAny(row, CLASSES_AND_TAILS);
  if (marked && has(row, selectors.classOut, outside)) return { author: 'me', signal: 'class' };
  if (marked && has(row, selectors.classIn, outside)) return { author: 'them', signal: 'class' };
  const id = row.getAttribute('data-id') ?? '';
  if (id.startsWith('true_')) return { author: 'me', signal: 'data-id' };
  if (id.startsWith('false_')) return { author: 'them', signal: 'data-id' };
  if (marked && has(row, selectors.tailOut, outside)) return { author: 'me', signal: 'tail' };
  if (marked && has(row, selectors.tailIn, outside)) return { author: 'them', signal: 'tail' };
  const label = queryAll(row, selectors.senderLabel).find((el) => !outside(el));
  if (label) {
    const own = isOwnLabel(label.getAttribute('aria-label') ?? '');
    return { author: own ? 'me' : 'them', signal: 'label' };
  }
  if (hasReceipt(row)) return { author: 'me', signal: 'receipt' };
  const aligned = alignment(row);
  if (aligned) return { author: aligned, signal: 'alignment' };
  return undefined;
}

const ALIGN_END = new Set(['flex-end', 'end', 'self-end']);
const ALIGN_START = new Set(['flex-start', 'start', 'self-start']);

/**
 * The side the message element is aligned to: the computed `align-items` of the bubble's
 * ancestors up to the row (nearest first; the bubble's own inner layout is not asked), the first
 * that says end or start.
 * Undefined when nothing says it (no stylesheet, other layouts). Reads computed style only.
 */
export function alignment(row: HTMLElement): Author | undefined {
  const view = row.ownerDocument.defaultView;
  const bubble = queryFirst(row, selectors.bubble);
  if (!view || !bubble) return undefined;
  for (let el: Element | null = bubble.parentElement; el; el = el.parentElement) {
    const value = view.getComputedStyle(el).alignItems.trim();
    if (ALIGN_END.has(value)) return 'me';
    if (ALIGN_START.has(value)) return 'them';
    if (el === row) break;
  }
  return undefined;
}

export function directionOf(
  row: HTMLElement,
  context: DirectionContext,
): { author: Author; signal: DirectionSignal } {
  return decideDirection(directionFacts(row, context.outside), context);
}

/**
 * What a row says about its own direction, independent of its neighbours and of the owner's
 * name; read once per row element and kept with the row's parse. The later signals are read only
 * when a pass asks for them.
 */
export interface DirectionFacts {
  readonly strong: { author: Author; signal: DirectionSignal } | undefined;
  /** msg-meta present (no receipt, else `strong` would be set). */
  readonly hasMeta: boolean;
  /** labelName of the row. */
  readonly labelName: string | undefined;
}

export function directionFacts(
  row: HTMLElement,
  outside: (element: Element) => boolean,
): DirectionFacts {
  const strong = strongDirection(row, outside);
  let hasMeta: boolean | undefined;
  let label: { name: string | undefined } | undefined;
  return {
    strong,
    get hasMeta() {
      hasMeta ??= queryFirst(row, selectors.msgMeta) !== undefined;
      return hasMeta;
    },
    get labelName() {
      label ??= { name: labelName(row, outside) };
      return label.name;
    },
  };
}

/** directionOf over a row's facts: strong signal, then author names, msg-meta, carry, default. */
export function decideDirection(
  facts: DirectionFacts,
  context: Omit<DirectionContext, 'outside'>,
): { author: Author; signal: DirectionSignal } {
  if (facts.strong) return facts.strong;
  const sender = context.prePlainSender;
  if (sender !== undefined && sender !== '') {
    if (context.ownerName !== undefined && sender === context.ownerName) {
      return { author: 'me', signal: 'author' };
    }
    if (context.contactName !== undefined && sameName(sender, context.contactName)) {
      return { author: 'them', signal: 'author' };
    }
  }
  if (facts.hasMeta) return { author: 'them', signal: 'no-receipt' };
  if (context.previous) return { author: context.previous, signal: 'carry' };
  return { author: 'them', signal: 'default' };
}

/** Sender label name of an incoming row ("Lucía Gómez:" → "Lucía Gómez"), if any. */
export function labelName(
  row: HTMLElement,
  outside: (element: Element) => boolean,
): string | undefined {
  const label = queryAll(row, selectors.senderLabel).find((el) => !outside(el));
  const text = (label?.getAttribute('aria-label') ?? '').replace(/:\s*$/, '').trim();
  return text === '' || isOwnLabel(text) ? undefined : text;
}

function hasReceipt(row: HTMLElement): boolean {
  const meta = queryFirst(row, selectors.msgMeta);
  if (!meta) return false;
  return queryAll(meta, selectors.receipt).some(
    (icon) => icon.tagName.toLowerCase() !== 'title' || isReceiptTitle(icon.textContent),
  );
}

/** The row itself, or an element in it outside the quoted reply, matches the chain. */
function has(row: Element, spec: SelectorSpec, outside: (element: Element) => boolean): boolean {
  return matchesAny(row, spec) || queryEvery(row, spec).some((found) => !outside(found));
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
