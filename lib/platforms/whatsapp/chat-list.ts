/**
 * Reads the rendered rows of the WhatsApp chat list (docs/site-markup.md). The list is virtualised:
 * only rows near the viewport exist, each absolutely positioned with `transform: translateY(..)`,
 * and a chat moving to the top is moved by transform, not re-ordered in the DOM. Rows are returned
 * in visual order (by the translateY of their inline style, DOM order when there is none), which
 * reads no layout. Section headers of search results and rows without a title are skipped, and so
 * is the "Message yourself" row (notes to self). The owner's own last message shows a delivery tick
 * (an icon, or in 2026 an svg whose title names the receipt, e.g. "wds-ic-read", with no "You:"
 * text); the icon is never read as preview text. Nothing here clicks: opening a chat sends read
 * receipts.
 */
import type { ChatRow } from '../types';
import { queryAll, queryFirst } from '../selector-spec';
import { readText } from '../dom-text';
import { selectors } from './selectors';
import { threadKeyFromTitle } from './thread-key';
import { isOwnLabel, stripOwnPrefix } from './own-prefix';
import { RowCache, type CachedRow } from './row-cache';
import { isReceiptTitle } from './receipt';

interface RowFacts {
  row: ChatRow | undefined;
  y: number;
}

const rowCache = new RowCache<RowFacts>(selectors.chatRow, (element) => {
  const row = readRow(element);
  // Shared by every read until the row changes: frozen so no caller can alter the cache.
  return { row: row && Object.freeze(row), y: translateY(element) };
});

/** The last read's rows and the sorted result made from them. */
let last: { cached: readonly CachedRow<RowFacts>[]; rows: ChatRow[] } | undefined;

export function listRows(doc: Document): ChatRow[] {
  const list = queryFirst(doc, selectors.chatList);
  if (!list) return [];
  const cached = rowCache.read(list);
  if (last?.cached !== cached) last = { cached, rows: visualOrder(cached) };
  return last.rows.slice();
}

/** The rendered row elements of the list (headers and skipped rows included), from the cache. */
export function chatRowElements(list: HTMLElement): HTMLElement[] {
  return rowCache.read(list).map((row) => row.element);
}

function visualOrder(cached: readonly CachedRow<RowFacts>[]): ChatRow[] {
  const rows: { row: ChatRow; y: number; index: number }[] = [];
  for (let index = 0; index < cached.length; index++) {
    const { row, y } = (cached[index] as CachedRow<RowFacts>).facts;
    if (row) rows.push({ row, y, index });
  }
  rows.sort((a, b) => a.y - b.y || a.index - b.index);
  return rows.map((entry) => entry.row);
}

/** One row, or undefined for headers, the "Message yourself" row and rows without a title. */
export function readRow(element: HTMLElement): ChatRow | undefined {
  if (matchesOrContains(element, selectors.messageYourselfRow.css)) return undefined;
  const titleElement = queryFirst(element, selectors.rowTitle);
  if (!titleElement) return undefined;
  const title = (titleElement.getAttribute('title') ?? '').trim() || readText(titleElement);
  if (title === '') return undefined;

  const preview = readPreview(element, titleElement);
  const groupAvatar = queryFirst(element, selectors.rowGroupAvatar) !== undefined;
  return {
    element,
    threadKey: threadKeyFromTitle(title),
    title,
    preview: preview.text,
    previewFromMe: preview.fromMe,
    unreadCount: unreadCount(element),
    muted: queryFirst(element, selectors.rowMuted) !== undefined,
    group: groupAvatar || preview.otherSender,
  };
}

interface Preview {
  text: string;
  fromMe: boolean;
  /** The preview names a sender other than the owner ("Pedro: …"), so the chat is a group. */
  otherSender: boolean;
}

function readPreview(row: HTMLElement, titleElement: HTMLElement): Preview {
  const element = previewElement(row, titleElement);
  if (!element) return { text: '', fromMe: false, otherSender: false };
  const tick = hasOwnTick(element);
  const sender = queryAll(element, selectors.rowPreviewSender).find(isSenderPrefix);
  const unread = queryFirst(element, selectors.rowUnread);
  let text = readText(element, { skip: (el) => el === sender || el === unread });
  if (sender) {
    text = text.replace(/^\s*:\s*/, '');
    const own = isOwnLabel(readText(sender));
    return { text, fromMe: own || tick, otherSender: !own };
  }
  const rest = stripOwnPrefix(text);
  if (rest !== undefined) return { text: rest, fromMe: true, otherSender: false };
  return { text, fromMe: tick, otherSender: false };
}

/** A delivery tick in the preview: an icon, or an svg title naming a receipt (not camera, mic …). */
function hasOwnTick(preview: HTMLElement): boolean {
  return queryAll(preview, selectors.rowOwnTick).some(
    (icon) => icon.tagName.toLowerCase() !== 'title' || isReceiptTitle(icon.textContent),
  );
}

/** 2026 preview testid; era B: the first titled span that is not the title. */
function previewElement(row: HTMLElement, titleElement: HTMLElement): HTMLElement | undefined {
  const direct = queryFirst(row, selectors.rowPreview);
  if (direct) return direct;
  return queryAll(row, selectors.rowTitledSpans).find(
    (span) => span !== titleElement && !titleElement.contains(span) && !span.contains(titleElement),
  );
}

/** A name element followed by ": " at the start of the preview. */
function isSenderPrefix(candidate: HTMLElement): boolean {
  const next = candidate.nextSibling;
  if (!next || !(next.textContent ?? '').trimStart().startsWith(':')) return false;
  let previous = candidate.previousSibling;
  while (previous) {
    if ((previous.textContent ?? '').trim() !== '') return false;
    previous = previous.previousSibling;
  }
  return true;
}

function unreadCount(row: HTMLElement): number {
  const badge = queryFirst(row, selectors.rowUnread);
  if (!badge) return 0;
  const fromText = /\d+/.exec(badge.textContent);
  const fromLabel = /\d+/.exec(badge.getAttribute('aria-label') ?? '');
  const count = Number((fromText ?? fromLabel)?.[0] ?? 1);
  return count > 0 ? count : 1;
}

const TRANSLATE_Y = /translateY\(\s*(-?[\d.]+)px/;

function translateY(element: HTMLElement): number {
  const match = TRANSLATE_Y.exec(element.style.transform);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

function matchesOrContains(element: Element, css: readonly string[]): boolean {
  return css.some(
    (selector) => element.matches(selector) || element.querySelector(selector) !== null,
  );
}
