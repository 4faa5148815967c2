/**
 * Reads the rendered rows of the WhatsApp inbox (the chat list, docs/site-markup.md). The list is
 * virtualised: only rows near the viewport exist, each absolutely positioned with
 * `transform: translateY(..)`, and a chat moving to the top is moved by transform, not re-ordered
 * in the DOM. Rows come in DOM order, not the order shown: nothing the tab does depends on it,
 * and reading each row's position (its style) cost more than the rest of the row at load; rows
 * read anew later come last.
 * Section headers of search results and rows without a title are skipped, and so is the "Message
 * yourself" row (notes to self). A row reads its title and unread count at once and the rest
 * (preview, who wrote it, muted, group) only when asked: marking needs the key, and only unread
 * rows' previews are classified. The owner's own last message shows a delivery tick (an icon, or
 * in 2026 an svg whose title names the receipt, e.g. "wds-ic-read", with no "You:" text); the icon
 * is never read as preview text. Nothing here clicks: opening a chat sends read receipts.
 */
import type { InboxRow, InboxRead, PageChanges } from '../types';
import {
  firstInEachRow,
  hasAny,
  listRowsOf,
  matchesAny,
  queryAll,
  queryEvery,
  queryFirst,
  rowAround,
  rowIndex,
  rowsIn,
  type RowQuery,
} from '../selector-spec';
import { readText } from '../dom-text';
import { selectors } from './selectors';
import { threadKeyFromTitle } from './thread-key';
import { isOwnLabel, stripOwnPrefix } from './own-prefix';
import { isReceiptTitle } from './receipt';

export interface InboxReader {
  /** The inbox rows, re-reading only the rows `changes` touched (all when undefined). */
  read(doc: Document, changes: PageChanges | undefined): InboxRead;
}

/** One reader per adapter: it remembers the list element and each row element's reading. */
export function createInboxReader(): InboxReader {
  let list: Element | undefined;
  /** The row selector alternative the last read from scratch found rows with. */
  let css = '';
  /** Row element → its reading (null: a header or other skipped row), in reading order. */
  let read = new Map<HTMLElement, InboxRow | null>();
  let rows: InboxRow[] = [];

  const fromScratch = (found: Element): InboxRead => {
    list = found;
    const query = listRowsOf(found, selectors.chatRow);
    css = query.css;
    const lookups = rowLookups(found, query);
    read = new Map();
    rows = [];
    for (const element of query.rows) {
      const row = readInboxRow(element, lookups);
      read.set(element, row ?? null);
      if (row) rows.push(row);
    }
    return { rows, fresh: rows };
  };

  return {
    read(doc, changes) {
      const found = queryFirst(doc, selectors.chatList);
      if (!found) {
        list = undefined;
        read = new Map();
        rows = [];
        return { rows, fresh: [] };
      }
      if (!changes || found !== list || css === '') return fromScratch(found);
      let membership = false;
      for (const node of changes.removed) {
        for (const element of rowsIn(node, css)) if (read.delete(element)) membership = true;
      }
      const touched = new Set<HTMLElement>();
      for (const node of changes.added) {
        if (!found.contains(node)) continue;
        for (const element of rowsIn(node, css)) touched.add(element);
      }
      for (const node of changes.targets) {
        const element = found.contains(node) ? rowAround(node, css, found) : undefined;
        if (element) touched.add(element);
      }
      const fresh: InboxRow[] = [];
      /** `rows` with rows read again in place of their last reading (same place in the list). */
      let patched: InboxRow[] | undefined;
      for (const element of touched) {
        if (!found.contains(element)) {
          if (read.delete(element)) membership = true;
          continue;
        }
        const before = read.get(element);
        const row = readInboxRow(element, undefined, before ?? undefined) ?? null;
        read.set(element, row);
        if (row) fresh.push(row);
        if (before && row && !membership) {
          patched ??= rows.slice();
          patched[patched.indexOf(before)] = row;
        } else if (before !== null || row !== null) membership = true;
      }
      if (membership) {
        rows = [];
        for (const row of read.values()) if (row) rows.push(row);
      } else if (patched) rows = patched;
      return { rows, fresh };
    },
  };
}

/** What a read from scratch looks up in every row, found once for the whole list. */
interface RowLookups {
  /** Rows that are, or contain, the "Message yourself" marker. */
  yourself: ReadonlySet<Element>;
  title: ReadonlyMap<Element, HTMLElement>;
  unread: ReadonlyMap<Element, HTMLElement>;
}

function rowLookups(list: Element, rows: RowQuery): RowLookups {
  // Few rows (usually none) hold the marker: each match finds its rows (itself included) upwards.
  const yourself = new Set<Element>();
  for (const marker of queryEvery(list, selectors.messageYourselfRow)) {
    for (
      let row = marker.closest(rows.css);
      row && row !== list && list.contains(row);
      row = row.parentElement?.closest(rows.css) ?? null
    )
      yourself.add(row);
  }
  const index = rowIndex(rows);
  return {
    yourself,
    title: firstInEachRow(list, rows, selectors.rowTitle, index),
    unread: firstInEachRow(list, rows, selectors.rowUnread, index),
  };
}

/**
 * One row, or undefined for headers, the "Message yourself" row and rows without a title.
 * `lookups` (a read from scratch) answers the per-row queries from queries over the whole list;
 * `last` is the row's previous reading, whose key stands while the title is the same.
 */
export function readInboxRow(
  element: HTMLElement,
  lookups?: RowLookups,
  last?: InboxRow,
): InboxRow | undefined {
  const yourself = selectors.messageYourselfRow;
  if (
    lookups
      ? lookups.yourself.has(element)
      : matchesAny(element, yourself) || hasAny(element, yourself)
  )
    return undefined;
  const titleElement = lookups
    ? lookups.title.get(element)
    : queryFirst(element, selectors.rowTitle);
  if (!titleElement) return undefined;
  const title = (titleElement.getAttribute('title') ?? '').trim() || readText(titleElement);
  if (title === '') return undefined;
  return new RowRead(
    element,
    last?.title === title ? last.threadKey : threadKeyFromTitle(title),
    title,
    titleElement,
    unreadBadge(element, lookups),
  );
}

/**
 * A row as read: key, title and unread count at once; preview, who wrote it, muted and group
 * when first asked for, by getters its class shares with every row (an object literal with
 * getters made four accessors and four closures per row, 500 rows at load). The lazily read
 * facts are plain fields, not private ones: a row whose key is too long is handed on as an object
 * that inherits from this one (`withBoundedKeys`), and its getters run on that object.
 */
class RowRead implements InboxRow {
  readonly unreadCount: number;
  protected read: Preview | undefined;
  protected isMuted: boolean | undefined;
  protected isGroup: boolean | undefined;

  constructor(
    readonly element: HTMLElement,
    readonly threadKey: string,
    readonly title: string,
    protected readonly titleElement: HTMLElement,
    protected readonly badge: HTMLElement | undefined,
  ) {
    this.unreadCount = unreadCount(badge);
  }

  protected previewRead(): Preview {
    return (this.read ??= readPreview(this.element, this.titleElement, this.badge));
  }

  get preview(): string {
    return this.previewRead().text;
  }

  get previewFromMe(): boolean {
    return this.previewRead().fromMe;
  }

  get muted(): boolean {
    return (this.isMuted ??= hasAny(this.element, selectors.rowMuted));
  }

  get group(): boolean {
    return (this.isGroup ??=
      hasAny(this.element, selectors.rowGroupAvatar) || this.previewRead().otherSender);
  }
}

interface Preview {
  text: string;
  fromMe: boolean;
  /** The preview names a sender other than the owner ("Pedro: …"), so the chat is a group. */
  otherSender: boolean;
}

/** `badge`: the row's unread badge, never read as preview text. */
function readPreview(
  row: HTMLElement,
  titleElement: HTMLElement,
  badge: HTMLElement | undefined,
): Preview {
  const element = previewElement(row, titleElement);
  if (!element) return { text: '', fromMe: false, otherSender: false };
  const tick = hasOwnTick(element);
  const sender = queryAll(element, selectors.rowPreviewSender).find(isSenderPrefix);
  const unread = badge && element.contains(badge) ? badge : undefined;
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

/**
 * A delivery tick in the preview: an icon, or an svg title naming a receipt (not camera, mic …).
 * One query for every alternative: any icon answers yes, as when its alternative comes first.
 */
function hasOwnTick(preview: HTMLElement): boolean {
  return queryEvery(preview, selectors.rowOwnTick).some(
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

function unreadBadge(row: HTMLElement, lookups: RowLookups | undefined): HTMLElement | undefined {
  // Most rows are read: one query for the whole chain answers them.
  if (lookups) return lookups.unread.get(row);
  return hasAny(row, selectors.rowUnread) ? queryFirst(row, selectors.rowUnread) : undefined;
}

function unreadCount(badge: HTMLElement | undefined): number {
  if (!badge) return 0;
  const fromText = /\d+/.exec(badge.textContent);
  const fromLabel = /\d+/.exec(badge.getAttribute('aria-label') ?? '');
  const count = Number((fromText ?? fromLabel)?.[0] ?? 1);
  return count > 0 ? count : 1;
}
