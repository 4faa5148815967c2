/**
 * Turns the rendered rows of an open Instagram thread into IncomingMessages, oldest first. Per
 * row: time breaks (data-scope="date_break", or a row without bubble whose whole text is a time)
 * set the key anchor; status lines ("Seen", "Active now", "Typing…", localised) are skipped; a
 * message's text is the outermost dir="auto" inside its bubble (emoji images as alt text), a reply
 * label ("replied to you", localised) plus the snippet after it become `quoted`, large images,
 * videos and /p/ /reel/ links set hasMedia. Group senders come from the name shown above a run and
 * are carried forward. Keys: see keys.ts. Read-only; never scrolls or clicks.
 */
import type { IncomingMessage, OpenThread } from '../types';
import { closest, queryAll, queryFirst } from '../selector-spec';
import { readText } from '../dom-text';
import { layoutRect, leafElements, outermost, textElements } from './dom';
import { detectDirection, type Direction } from './direction';
import { messageKey } from './keys';
import { isReplyLabel, isStatusText, isYouSentLabel } from './labels';
import { instagram } from './selectors';
import { canonicalTimeBreak, isTimeBreakText } from './time-break';
import { findScroller, messageRows } from './thread';

const MEDIA_MIN_PX = 80;

export type ParsedRow =
  | { kind: 'break'; label: string }
  | { kind: 'ignored' }
  | {
      kind: 'message';
      author: Direction;
      text: string;
      quoted?: string;
      media?: string;
      /** A name shown above the bubble (group runs), before any reply label. */
      senderLabel?: string;
    };

function isLabelText(el: Element): boolean {
  const text = el.textContent;
  return isYouSentLabel(text) || isReplyLabel(text);
}

function mediaOf(row: HTMLElement, bubbles: HTMLElement[]): string | undefined {
  const post = queryFirst<HTMLAnchorElement>(row, instagram.sharedPost);
  if (post) return new URL(post.getAttribute('href') ?? '', 'https://www.instagram.com').pathname;
  const found = bubbles.flatMap((bubble) => queryAll(bubble, instagram.media));
  const large = found.some((el) => {
    if (el.tagName === 'VIDEO') return true;
    if (el.tagName !== 'IMG' || closest(el, instagram.text)) return false;
    const img = el as HTMLImageElement;
    const rect = layoutRect(img);
    return Math.max(img.width, img.height, rect?.width ?? 0, rect?.height ?? 0) >= MEDIA_MIN_PX;
  });
  return large ? 'media' : undefined;
}

function splitQuote(
  row: HTMLElement,
  bubbles: HTMLElement[],
  bubbleTexts: string[],
): { text: string; quoted?: string; senderLabel?: string } {
  const inBubble = (el: Element) => bubbles.some((b) => b.contains(el));
  const outside = textElements(row, (el) => !inBubble(el) && !isLabelText(el));
  const replyLabel = leafElements(row).find((el) => !inBubble(el) && isReplyLabel(el.textContent));
  const text = bubbleTexts.join('\n');
  if (!replyLabel) return { text, senderLabel: outside.map((el) => readText(el)).find(Boolean) };
  const follows = (el: Element) =>
    (replyLabel.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const before = outside.filter((el) => !follows(el)).map((el) => readText(el));
  const after = outside.filter(follows).map((el) => readText(el));
  let quoted = after.filter(Boolean).join('\n');
  let own = text;
  if (quoted === '' && bubbleTexts.length > 1) {
    // The snippet drawn inside the bubble: the first text is the quote, the rest the reply.
    quoted = bubbleTexts[0] ?? '';
    own = bubbleTexts.slice(1).join('\n');
  }
  return { text: own, quoted: quoted || undefined, senderLabel: before.find(Boolean) };
}

/** Classifies one row of the inner list (or one role=row of the grid era). */
export function parseRow(row: HTMLElement, panel: HTMLElement): ParsedRow {
  const breakEl = closest(row, instagram.dateBreak) ?? queryFirst(row, instagram.dateBreak);
  if (breakEl) return { kind: 'break', label: readText(breakEl) };
  const plain = row.textContent.replace(/\s+/gu, ' ').trim();
  if (isStatusText(plain)) return { kind: 'ignored' };
  let bubbles = outermost(queryAll(row, instagram.bubble));
  if (bubbles.length === 0) {
    if (plain !== '' && isTimeBreakText(plain)) return { kind: 'break', label: plain };
    bubbles = [row];
  }
  const bubbleTexts = bubbles
    .flatMap((bubble) => textElements(bubble, (el) => !isLabelText(el)))
    .map((el) => readText(el))
    .filter(Boolean);
  const media = mediaOf(row, bubbles);
  const { text, quoted, senderLabel } = splitQuote(row, bubbles, bubbleTexts);
  if (text === '' && media === undefined) return { kind: 'ignored' };
  const [first] = bubbles;
  const author = detectDirection(row, first ?? row, panel);
  return { kind: 'message', author, text, quoted, media, senderLabel };
}

/** Whether any incoming row shows a sender name above its bubble (a group thread). */
export function hasSenderLabels(container: HTMLElement): boolean {
  const panel = findScroller(container);
  return messageRows(container).some((row) => {
    const parsed = parseRow(row, panel);
    return (
      parsed.kind === 'message' && parsed.author === 'them' && parsed.senderLabel !== undefined
    );
  });
}

export function readMessages(thread: OpenThread, now: Date = new Date()): IncomingMessage[] {
  const panel = findScroller(thread.root);
  const out: IncomingMessage[] = [];
  let anchor = '';
  let seen = new Map<string, number>();
  let sender: string | undefined;
  for (const row of messageRows(thread.root)) {
    const parsed = parseRow(row, panel);
    if (parsed.kind === 'ignored') continue;
    if (parsed.kind === 'break') {
      anchor = canonicalTimeBreak(parsed.label, now) ?? parsed.label.toLowerCase();
      seen = new Map();
      continue;
    }
    const { author, text, quoted, media } = parsed;
    if (author === 'me') sender = undefined;
    else if (parsed.senderLabel) sender = parsed.senderLabel;
    const identity = [author, text, quoted ?? '', media ?? ''].join('\u0000');
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    out.push({
      key: messageKey({
        threadKey: thread.threadKey,
        author,
        text,
        quoted,
        media,
        anchor,
        occurrence,
      }),
      threadKey: thread.threadKey,
      author,
      ...(thread.group && author === 'them' && sender ? { sender } : {}),
      text,
      ...(quoted ? { quoted } : {}),
      hasMedia: media !== undefined,
    });
  }
  return out;
}
