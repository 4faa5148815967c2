/**
 * Reads the Instagram inbox thread list into ChatRows. Identity is the numeric id in the row's
 * href (`ig:t:<id>`); rows without href (Aug 2026) get `ig:name:<name>`, except the row whose title
 * matches the open thread's, which takes the open thread's id key. Line 1 is the display name, the
 * next non-time line the preview (" · 2h" stripped, "You: " → previewFromMe). Unread = the unread
 * dot, the row's aria-label, or bold text (computed style, rows only); Instagram shows no count,
 * so unreadCount is 1 or 0. Group and muted are best-effort guesses. Never clicks a row (opening a
 * thread sends "Seen" to the customer). What a row says is cached (thread-row-cache.ts) and only
 * the open-thread mapping is redone per pass.
 */
import type { ChatRow } from '../types';
import { queryAll, queryFirst } from '../selector-spec';
import { readText } from '../dom-text';
import { avatarCount, innermost, isBold, normaliseName, outermost, textElements } from './dom';
import { cachedRowFacts, type RowFacts } from './thread-row-cache';
import { idThreadKey, nameThreadKey } from './keys';
import { isRelativeTime, isStatusText, splitFromMePrefix, UNREAD_LABELS } from './labels';
import { threadIdFromHref } from './routes';
import { instagram } from './selectors';

/** The open thread as far as rows care: its id key and title (for mapping href-less rows). */
export interface OpenThreadHint {
  threadKey: string;
  title: string;
}

/** A match of the row chain that looks like a conversation: an avatar and a text line. */
export function isRowCandidate(el: HTMLElement): boolean {
  return avatarCount(el) >= 1 && textElements(el).length >= 1;
}

function rowElements(doc: Document): { element: HTMLElement; facts: RowFacts }[] {
  const scope = queryFirst(doc, instagram.threadList) ?? doc.body;
  const facts = new Map<HTMLElement, RowFacts>();
  const candidates = queryAll(scope, instagram.threadRow).filter((el) => {
    const known = cachedRowFacts(el, readRowFacts);
    facts.set(el, known);
    return known.candidate;
  });
  // A listitem containing a button: keep the innermost conversation-like element.
  return outermost(innermost(candidates, scope), scope).map((element) => ({
    element,
    facts: facts.get(element) ?? readRowFacts(element),
  }));
}

/** Strips a trailing " · 2h" relative time from a preview line. */
export function stripRelativeTime(line: string): string {
  const parts = line.split(' · ');
  const last = parts.at(-1);
  if (parts.length > 1 && last !== undefined && isRelativeTime(last)) parts.pop();
  return parts.join(' · ').trim();
}

const SENDER_PREFIX_RE = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}): (.+)$/su;

function isUnread(row: HTMLElement, lines: HTMLElement[]): boolean {
  if (queryFirst(row, instagram.unreadDot)) return true;
  const label = (row.getAttribute('aria-label') ?? '').toLowerCase();
  if (UNREAD_LABELS.some((word) => label.includes(word.toLowerCase()))) return true;
  return lines.slice(0, 2).some((el) => isBold(el, row));
}

function rowTitleAndPreview(lines: string[]): { title: string; preview: string } {
  const [title = '', ...rest] = lines;
  const preview = rest
    .map(stripRelativeTime)
    .find((line) => line !== '' && line !== '·' && !isRelativeTime(line) && !isStatusText(line));
  return { title, preview: preview ?? '' };
}

/** The href a row's identity comes from: its own, else its enclosing link's. */
export function rowHref(row: Element): string {
  return row.getAttribute('href') ?? row.closest('a')?.getAttribute('href') ?? '';
}

/** Everything a row says on its own (no open-thread mapping); computed once per row content. */
export function readRowFacts(row: HTMLElement): RowFacts {
  if (!isRowCandidate(row)) return { candidate: false };
  const lineElements = textElements(row);
  const lines = lineElements.map((el) => readText(el)).filter((line) => line !== '');
  const { title, preview: rawPreview } = rowTitleAndPreview(lines);
  if (title === '') return { candidate: true };

  const id = threadIdFromHref(rowHref(row));
  const fromMe = splitFromMePrefix(rawPreview);
  let preview = fromMe.text;
  let group = avatarCount(row) >= 2;
  const sender = fromMe.fromMe ? undefined : SENDER_PREFIX_RE.exec(preview);
  if (sender?.[2] !== undefined) {
    group = true;
    preview = sender[2];
  }
  const unread = isUnread(row, lineElements);
  return {
    candidate: true,
    row: {
      id,
      title,
      preview,
      previewFromMe: fromMe.fromMe,
      unreadCount: unread ? 1 : 0,
      muted: queryFirst(row, instagram.mutedIcon) !== undefined,
      group,
    },
  };
}

function toChatRow(
  element: HTMLElement,
  facts: RowFacts,
  open: OpenThreadHint | undefined,
): ChatRow | undefined {
  if (!facts.row) return undefined;
  const { id, ...row } = facts.row;
  let threadKey = id ? idThreadKey(id) : nameThreadKey(row.title);
  if (!id && open && normaliseName(open.title) === normaliseName(row.title)) {
    threadKey = open.threadKey;
  }
  return { element, threadKey, ...row };
}

/**
 * Rendered rows, top to bottom. `open` maps the href-less row of the open thread to its id key;
 * when two rendered rows share that title neither is mapped (the name key stays).
 */
export function listRows(doc: Document, open?: OpenThreadHint): ChatRow[] {
  const rows = rowElements(doc)
    .map(({ element, facts }) => toChatRow(element, facts, open))
    .filter((row): row is ChatRow => row !== undefined);
  if (open) {
    const mapped = rows.filter((row) => row.threadKey === open.threadKey && !hasHref(row.element));
    if (mapped.length > 1) {
      for (const row of mapped) row.threadKey = nameThreadKey(row.title);
    }
  }
  return rows;
}

function hasHref(el: HTMLElement): boolean {
  return threadIdFromHref(el.getAttribute('href') ?? '') !== undefined;
}
