/**
 * Reads the Instagram inbox thread list into ChatRows. Identity is the thread address in the row's
 * href (`ig:t:<id>`, or `ig:e2ee:<id>` for encrypted chats); rows without href (2026) are keyed by
 * thread-identity.ts (name, then avatar and position; the open thread's row takes the id from the
 * address). Line 1 is the display name, the next non-time line the preview (" · 2h" stripped,
 * "You: " → previewFromMe). Unread = the unread dot, the row's aria-label, or bold text (computed
 * style, rows only); Instagram shows no count per row, so unreadCount is 1 or 0. When the page title
 * counts fewer unread chats ("(2) Instagram") than rows whose only sign is a bold name, those rows
 * are taken as read. Group and muted are best-effort guesses. Never clicks a row (opening a thread
 * sends "Seen" to the customer). What a row says is cached (thread-row-cache.ts) and only the keys
 * are worked out again per pass.
 */
import type { ChatRow } from '../types';
import { queryAll, queryFirst } from '../selector-spec';
import { readText } from '../dom-text';
import { avatarCount, avatarFingerprint, innermost, isBold, outermost, textElements } from './dom';
import { cachedRowFacts, type RowFacts } from './thread-row-cache';
import { routeThreadKey } from './keys';
import { isRelativeTime, isStatusText, splitFromMePrefix, UNREAD_LABELS } from './labels';
import { threadRouteFromHref } from './routes';
import { instagram } from './selectors';
import { ThreadIdentity, type OpenThreadHint } from './thread-identity';

export type { OpenThreadHint } from './thread-identity';

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

type UnreadSign = 'marked' | 'bold-name' | undefined;

/** Why a row reads as unread: a dot, label or bold preview ('marked'), only a bold name, or not. */
function unreadSign(row: HTMLElement, lines: HTMLElement[]): UnreadSign {
  if (queryFirst(row, instagram.unreadDot)) return 'marked';
  const label = (row.getAttribute('aria-label') ?? '').toLowerCase();
  if (UNREAD_LABELS.some((word) => label.includes(word.toLowerCase()))) return 'marked';
  const [name, preview] = lines;
  if (preview && isBold(preview, row)) return 'marked';
  return name && isBold(name, row) ? 'bold-name' : undefined;
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

  const route = threadRouteFromHref(rowHref(row));
  const fromMe = splitFromMePrefix(rawPreview);
  let preview = fromMe.text;
  let group = avatarCount(row) >= 2;
  const sender = fromMe.fromMe ? undefined : SENDER_PREFIX_RE.exec(preview);
  if (sender?.[2] !== undefined) {
    group = true;
    preview = sender[2];
  }
  const unread = unreadSign(row, lineElements);
  return {
    candidate: true,
    row: {
      routeKey: route ? routeThreadKey(route) : undefined,
      avatar: avatarFingerprint(row),
      title,
      preview,
      previewFromMe: fromMe.fromMe,
      unreadCount: unread ? 1 : 0,
      unreadByNameOnly: unread === 'bold-name',
      muted: queryFirst(row, instagram.mutedIcon) !== undefined,
      group,
    },
  };
}

/** The unread count in the page title ("(3) Instagram • Messages"), if it shows one. */
export function titleUnreadCount(title: string): number | undefined {
  const match = /^\((\d+)\)/u.exec(title.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Rendered rows, top to bottom. `open` is the open thread when the address gives its id: its
 * link-less row takes that key. `identity` remembers such pairings between passes.
 */
export function listRows(
  doc: Document,
  open?: OpenThreadHint,
  identity: ThreadIdentity = new ThreadIdentity(),
): ChatRow[] {
  const found = rowElements(doc).flatMap(({ element, facts }) =>
    facts.row ? [{ element, row: facts.row }] : [],
  );
  const keys = identity.keys(
    found.map(({ row }) => row),
    open,
  );
  const titleCount = titleUnreadCount(doc.title);
  const unread = found.filter(({ row }) => row.unreadCount > 0).length;
  const nameOnlyIsNoise = titleCount !== undefined && unread > titleCount;
  return found.map(({ element, row }, index) => ({
    element,
    threadKey: keys[index] ?? '',
    title: row.title,
    preview: row.preview,
    previewFromMe: row.previewFromMe,
    unreadCount: nameOnlyIsNoise && row.unreadByNameOnly ? 0 : row.unreadCount,
    muted: row.muted,
    group: row.group,
  }));
}
