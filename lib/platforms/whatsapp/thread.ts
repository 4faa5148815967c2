/**
 * The open WhatsApp thread (#main, docs/site-markup.md): its header (title → threadKey, group or
 * not) and its message rows. Rows are the `[data-id]` elements (2026: the same element as
 * `conv-msg-*`); rows without a bubble (date separators, the "unread messages" divider) and
 * system notices are skipped. Keys: `wa:<data-id>`; when a data-id repeats (a Click-to-WhatsApp ad
 * pair) the copy read second gets `wa:<data-id>:<author>`; rows with no data-id get
 * `wa:h:<hash of threadKey, sender, data-pre-plain-text, text>` plus `~n` for the n-th identical
 * row read. #main is replaced on thread switch and history loads upward; keys make both safe.
 *
 * The reader (one per adapter) follows one message list at a time. From scratch it reads rows from
 * the newest backwards until the caller's stop message, listing the row elements as it goes (the
 * list's children from the last one backwards, a child at a time), so a long history is neither
 * listed nor parsed; a row's author may depend on the rows before it (a run
 * without a tail continues the previous author), so those are read, newest first, only as far as
 * a row that says its author itself. Later reads take the rows the mutations added: after the
 * known ones they are new messages, above them older history (remembered, never returned); a
 * row whose content changed is read again when next needed.
 */
import type {
  IncomingMessage,
  MessagesRead,
  MessagesRequest,
  OpenThread,
  PageChanges,
} from '../types';
import {
  closest,
  hasAny,
  insideAny,
  matchesAny,
  queryAll,
  queryFirst,
  rowAround,
  rowsIn,
  type SelectorSpec,
} from '../selector-spec';
import { readText } from '../dom-text';
import { ElementCache } from '../element-cache';
import { hashText } from '../../hash';
import { selectors } from './selectors';
import { threadKeyFromTitle } from './thread-key';
import { decideDirection, directionFacts, type Author, type DirectionFacts } from './direction';
import { isBubbleRow, isSystemRow, readParts, type MessageParts } from './message-parts';

/** Finds the thread's own header inside #main (`threadHeader`, or a remembered answer). */
export type HeaderLookup = (main: HTMLElement) => HTMLElement | undefined;

export function openThread(
  doc: Document,
  headerOf: HeaderLookup = threadHeader,
): OpenThread | undefined {
  const main = queryFirst(doc, selectors.main);
  if (!main) return undefined;
  const header = headerOf(main);
  const title = headerTitle(header);
  if (title === undefined) return undefined;
  const list = queryFirst(main, selectors.messageList);
  const thread: OpenThread = {
    threadKey: threadKeyFromTitle(title),
    title,
    group: isGroup(main, list, header),
    root: main,
  };
  if (isReadOnly(main, list)) thread.readOnly = true;
  return thread;
}

/**
 * A notice stands where the composer would be (the owner cannot write in this chat). It is never
 * among the messages, so the message list (thousands of elements) is not searched for it.
 */
function isReadOnly(main: HTMLElement, list: Element | undefined): boolean {
  return hasOutside(main, list, selectors.readOnlyNotice) && !hasAny(main, selectors.composer);
}

/** Whether an element under `root`, but not inside `skip`, matches the chain. */
function hasOutside(root: Element, skip: Element | undefined, spec: SelectorSpec): boolean {
  if (!skip) return hasAny(root, spec);
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (child === skip) continue;
    if (
      child.contains(skip)
        ? hasOutside(child, skip, spec)
        : matchesAny(child, spec) || hasAny(child, spec)
    )
      return true;
  }
  return false;
}

/**
 * The thread's own header inside #main: the labelled one (only the thread's header is labelled:
 * the first found is it, and the search stops there, before the messages), else the bare header
 * that sits beside the message list (a drawer open inside #main brings a bare header of its own,
 * which can come first), else the first bare header. Listing the bare headers walks all of #main:
 * the adapter remembers the answer for its #main.
 */
export function threadHeader(main: HTMLElement): HTMLElement | undefined {
  const [labelled, ...bare] = selectors.header.css;
  const found = queryFirst(main, { css: [labelled] });
  if (found) return found;
  const headers = queryAll(main, { css: bare });
  if (headers.length <= 1) return headers[0];
  const body = queryFirst(main, selectors.conversationBody);
  return (
    (body && headers.find((header) => header.parentElement?.contains(body) === true)) ?? headers[0]
  );
}

/** The chat's name in the thread's header. */
export function headerTitle(header: HTMLElement | undefined): string | undefined {
  const titleElement = header ? queryFirst(header, selectors.headerTitle) : undefined;
  if (!titleElement) return undefined;
  const title = (titleElement.getAttribute('title') ?? '').trim() || readText(titleElement);
  return title === '' ? undefined : title;
}

/**
 * Group: a group JID in the newest message's data-id (markup that has JIDs gives every message of
 * a group chat its group's), an author name on some message, or a participant list in the header's
 * subtitle. In a 1:1 chat the author search walks every message and finds nothing (one simple
 * selector, which Chromium matches several times faster than a list of them); the JID costs no
 * walk: only the list's last children are looked at, and all messages only when none of them
 * holds one.
 */
function isGroup(
  main: HTMLElement,
  list: Element | undefined,
  header: HTMLElement | undefined,
): boolean {
  const newest = list && newestMessage(list);
  if (
    newest
      ? hasHere(newest, selectors.groupMessageId)
      : hasAny(list ?? main, selectors.groupMessageId)
  )
    return true;
  if (hasAny(list ?? main, selectors.author)) return true;
  const subtitle = header && queryFirst(header, selectors.headerSubtitle);
  const participants = (subtitle?.getAttribute('title') ?? subtitle?.textContent ?? '').split(',');
  return participants.filter((name) => name.trim() !== '').length >= 2;
}

/** How many of the list's last children are looked at for the newest message. */
const NEWEST_LOOK = 8;

/** The list's last child that is or holds a message row, among its last few children. */
function newestMessage(list: Element): Element | undefined {
  let child = list.lastElementChild;
  for (let i = 0; child && i < NEWEST_LOOK; i++, child = child.previousElementSibling) {
    if (hasHere(child, selectors.messageRow)) return child;
  }
  return undefined;
}

/** Whether the element itself or one under it matches the chain. */
function hasHere(element: Element, spec: SelectorSpec): boolean {
  return matchesAny(element, spec) || hasAny(element, spec);
}

/** One message row's own facts: whether it is a message at all, its parts and direction. */
interface RowFacts {
  parts: MessageParts | undefined;
  direction: DirectionFacts | undefined;
}

function parseRow(element: HTMLElement, list: Element): RowFacts {
  const parent = element.parentElement;
  // Rows are seldom nested: one walk up says so for every alternative, the chain only if not.
  const outer =
    parent && insideAny(parent, selectors.messageRow)
      ? closest(parent, selectors.messageRow)
      : undefined;
  const nested = outer !== undefined && list.contains(outer);
  if (nested || isSystemRow(element) || !isBubbleRow(element)) {
    return { parts: undefined, direction: undefined };
  }
  const parts = readParts(element);
  return { parts, direction: directionFacts(element, parts.outside) };
}

/** The owner's name as data-pre-plain-text writes it, from a row certainly outgoing. */
function learnOwner(facts: RowFacts): string | undefined {
  const sender = facts.parts?.prePlain?.sender;
  return sender && facts.direction?.strong?.author === 'me' ? sender : undefined;
}

/** What the reader learnt about one row element, filled in as it is needed. */
interface RowState {
  facts?: RowFacts;
  author?: Author;
  /** The author came from the row's own signals (a tail starts a run). */
  signal?: string;
  /** Group sender, once decided (undefined inside: none). */
  sender?: { name: string | undefined };
  /** The message (null: not a message, or a duplicate), once decided. */
  message?: IncomingMessage | null;
}

export interface ThreadReader {
  read(thread: OpenThread, request: MessagesRequest): MessagesRead;
}

/** One reader per adapter; everything it holds belongs to the message list it follows. */
export function createThreadReader(): ThreadReader {
  let list: Element | undefined;
  let threadKey = '';
  let title = '';
  let group = false;
  let css = '';
  /**
   * Known row elements, in DOM order: the newest rows of the list, listed backwards as far as a read
   * needed (all of them once `complete`). Within one read, row `i` is `rows[i + offset]`: listing
   * older rows puts them in front and raises `offset`, so the indices in use stay valid.
   */
  let rows: HTMLElement[] = [];
  let offset = 0;
  /** Every row of the list is in `rows`. */
  let complete = true;
  /** The earliest child of the list whose rows are listed. */
  let listedFrom: Element | undefined;
  /**
   * What each row element says, from the one element cache; a change inside a row drops its facts
   * only (`follow`): who wrote it and the message it gave stay decided.
   */
  let states = new ElementCache<RowState>();
  /** The newest row handed to the caller. */
  let lastHanded: HTMLElement | undefined;
  /** The elements of `rows`, for a quick membership test. */
  let known = new WeakSet<HTMLElement>();
  let used = new Map<string, number>();
  let ownerName: string | undefined;
  let ownerSearched = false;

  /**
   * Lists the rows of the list's children before the earliest one listed, a child at a time until
   * one holds a row, and puts them in front of `rows`. False when every row is listed.
   */
  const listOlder = (): boolean => {
    if (complete || !list) return false;
    if (listedFrom && listedFrom.parentElement !== list) return listTheRest();
    for (
      let child = listedFrom ? listedFrom.previousElementSibling : list.lastElementChild;
      child;
      child = child.previousElementSibling
    ) {
      listedFrom = child;
      const found = rowsIn(child, css).filter((element) => !known.has(element));
      if (found.length > 0) return prepend(found);
    }
    complete = true;
    return false;
  };

  /**
   * The child listed last left the list (older history replaced): every row before the earliest
   * known one, in one query.
   */
  const listTheRest = (): boolean => {
    const first = rows[0];
    const older = list
      ? [...list.querySelectorAll<HTMLElement>(css)].filter(
          (element) =>
            !known.has(element) &&
            (first === undefined ||
              (element.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
        )
      : [];
    complete = true;
    return prepend(older);
  };

  const prepend = (older: HTMLElement[]): boolean => {
    if (older.length === 0) return false;
    for (const element of older) known.add(element);
    rows = older.concat(rows);
    offset += older.length;
    return true;
  };

  /** Row `i` of this read (listing older rows when needed); undefined before the first row. */
  const rowAt = (i: number): HTMLElement | undefined => {
    while (i + offset < 0 && listOlder());
    return rows[i + offset];
  };

  /** The index of the newest row. */
  const newest = (): number => rows.length - 1 - offset;

  const stateOf = (element: HTMLElement): RowState => {
    let state = states.get(element);
    if (!state) {
      state = {};
      states.set(element, state);
    }
    return state;
  };

  const factsOf = (element: HTMLElement): RowFacts => {
    const state = stateOf(element);
    if (!state.facts) {
      state.facts = parseRow(element, list ?? element);
      ownerName ??= learnOwner(state.facts);
    }
    return state.facts;
  };

  /** The owner's name as data-pre-plain-text writes it, searched over all rows once if needed. */
  const owner = (): string | undefined => {
    if (ownerName !== undefined || ownerSearched) return ownerName;
    ownerSearched = true;
    for (let i = newest(), row = rowAt(i); row; row = rowAt(--i)) {
      // factsOf learns the name from the first certainly outgoing row it reads.
      const learnt = learnOwner(factsOf(row));
      if (learnt !== undefined) return learnt;
    }
    return undefined;
  };

  const contextFor = (parts: MessageParts, previous: Author | undefined) => {
    const prePlainSender = parts.prePlain?.sender;
    return {
      prePlainSender,
      ownerName: prePlainSender ? owner() : undefined,
      contactName: group ? undefined : title,
      previous,
    };
  };

  /** Index of the nearest message row before i, or -Infinity. */
  const previousMessageRow = (i: number): number => {
    for (let j = i - 1, row = rowAt(j); row; row = rowAt(--j)) if (factsOf(row).parts) return j;
    return Number.NEGATIVE_INFINITY;
  };

  /** The author of the message row at i; rows before it are read only as far as needed. */
  const authorAt = (i: number): Author => {
    const pending: number[] = [];
    let previous: Author | undefined;
    for (let j = i; rowAt(j); j = previousMessageRow(j)) {
      const state = stateOf(rowAt(j) as HTMLElement);
      if (state.author) {
        previous = state.author;
        break;
      }
      const { parts, direction } = factsOf(rowAt(j) as HTMLElement);
      if (!parts || !direction) break;
      const alone = direction.strong ?? decideDirection(direction, contextFor(parts, undefined));
      if (alone.signal !== 'default') {
        state.author = alone.author;
        state.signal = alone.signal;
        previous = alone.author;
        break;
      }
      pending.push(j);
    }
    for (let k = pending.length - 1; k >= 0; k--) {
      const element = rowAt(pending[k] as number) as HTMLElement;
      const state = stateOf(element);
      const { parts, direction } = factsOf(element);
      if (!parts || !direction) continue;
      const decided = decideDirection(direction, contextFor(parts, previous));
      state.author = decided.author;
      state.signal = decided.signal;
      previous = decided.author;
    }
    return stateOf(rowAt(i) as HTMLElement).author ?? 'them';
  };

  /** A group message's sender: its own name, else the run's (carried from the rows before). */
  const senderAt = (i: number): string | undefined => {
    const state = stateOf(rowAt(i) as HTMLElement);
    if (state.sender) return state.sender.name;
    const { parts, direction } = factsOf(rowAt(i) as HTMLElement);
    let name = parts?.author ?? parts?.prePlain?.sender ?? direction?.labelName;
    if (name === undefined) {
      const before = previousMessageRow(i);
      const author = authorAt(i);
      const startsRun =
        before === Number.NEGATIVE_INFINITY ||
        authorAt(before) !== author ||
        state.signal === 'tail';
      name = startsRun || author !== 'them' ? undefined : senderAt(before);
    }
    state.sender = { name };
    return name;
  };

  const messageAt = (i: number): IncomingMessage | null => {
    const element = rowAt(i) as HTMLElement;
    const state = stateOf(element);
    if (state.message !== undefined) return state.message;
    const { parts } = factsOf(element);
    if (!parts) {
      state.message = null;
      return null;
    }
    const author = authorAt(i);
    const message: IncomingMessage = {
      key: '',
      threadKey,
      author,
      text: parts.text,
      hasMedia: parts.hasMedia,
    };
    const sender = group && author === 'them' ? senderAt(i) : undefined;
    if (sender !== undefined) message.sender = sender;
    if (parts.quoted !== undefined) message.quoted = parts.quoted;
    if (parts.prePlain?.sentAt !== undefined) message.sentAt = parts.prePlain.sentAt;
    message.key = uniqueKey(baseKey(element, message, parts), author, used);
    // Shared by every later read: frozen so no caller can alter it.
    state.message = message.key === '' ? null : Object.freeze(message);
    return state.message;
  };

  /** Up to `count` messages before row index `end` (exclusive), oldest first. */
  const historyBefore = (end: number, count: number): IncomingMessage[] => {
    const out: IncomingMessage[] = [];
    for (let i = end - 1; out.length < count && rowAt(i); i--) {
      const message = messageAt(i);
      if (message) out.push(message);
    }
    return out.reverse();
  };

  const start = (thread: OpenThread, found: Element) => {
    list = found;
    threadKey = thread.threadKey;
    title = thread.title;
    group = thread.group;
    // The alternative that matches anything (its first match is near the top of the list).
    css = selectors.messageRow.css.find((alternative) => found.querySelector(alternative)) ?? '';
    rows = [];
    offset = 0;
    complete = css === '';
    listedFrom = undefined;
    known = new WeakSet();
    states = new ElementCache();
    used = new Map();
    ownerName = undefined;
    ownerSearched = false;
    lastHanded = undefined;
  };

  const fromScratch = (
    thread: OpenThread,
    found: Element,
    request: MessagesRequest,
  ): MessagesRead => {
    start(thread, found);
    const handed: IncomingMessage[] = [];
    let stop: number | undefined;
    for (let i = newest(); rowAt(i); i--) {
      const message = messageAt(i);
      if (!message) continue;
      handed.push(message);
      if (request.stopAt(message)) {
        stop = i;
        break;
      }
    }
    lastHanded = rows.at(-1);
    handed.reverse();
    const messages =
      stop === undefined ? handed : historyBefore(stop, request.history).concat(handed);
    return { messages, fromScratch: true };
  };

  /** Whether `element` is among the children of the list already listed, or after them. */
  const listedAfter = (element: HTMLElement): boolean =>
    complete ||
    listedFrom === undefined ||
    listedFrom.contains(element) ||
    (listedFrom.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

  /** Applies the mutations to the known rows; false when the list must be read from scratch. */
  const follow = (found: Element, changes: PageChanges): boolean => {
    if (css === '') return false;
    const gone = new Set<HTMLElement>();
    for (const node of changes.removed) for (const element of rowsIn(node, css)) gone.add(element);
    for (const node of changes.targets) {
      // Content changed inside a row: read it again when next needed.
      const element = found.contains(node) ? rowAround(node, css, found) : undefined;
      if (element) {
        const state = states.get(element);
        if (state) delete state.facts;
      }
    }
    const added: HTMLElement[] = [];
    for (const node of changes.added) {
      if (!found.contains(node)) continue;
      for (const element of rowsIn(node, css)) if (!gone.has(element)) added.push(element);
    }
    if (gone.size > 0) {
      rows = rows.filter((element) => !gone.has(element) || found.contains(element));
      // The newest message handed over is gone: where to continue is unknown.
      if (lastHanded && !found.contains(lastHanded)) return false;
    }
    // The children listed so far changed: the rows before them are listed now, in one query.
    if (!complete && listedFrom?.parentElement !== found) listTheRest();
    for (const element of added) {
      // Above the children listed so far: listed with them when a read needs rows that old.
      if (known.has(element) || !listedAfter(element)) continue;
      known.add(element);
      insertInOrder(rows, element);
    }
    return true;
  };

  return {
    read(thread, request) {
      const found = queryFirst(thread.root, selectors.messageList) ?? thread.root;
      const same =
        found === list &&
        thread.threadKey === threadKey &&
        thread.title === title &&
        thread.group === group;
      if (!request.changes || !same || !follow(found, request.changes)) {
        return fromScratch(thread, found, request);
      }
      offset = 0;
      const from = lastHanded ? rows.lastIndexOf(lastHanded) + 1 : 0;
      if (from >= rows.length) return { messages: [], fromScratch: false };
      const fresh: IncomingMessage[] = [];
      for (let i = from; i <= newest(); i++) {
        const message = messageAt(i);
        if (message) fresh.push(message);
      }
      lastHanded = rows.at(-1);
      if (fresh.length === 0) return { messages: [], fromScratch: false };
      return { messages: historyBefore(from, request.history).concat(fresh), fromScratch: false };
    },
  };
}

/** `rows` (in DOM order) with `row` inserted at its DOM position; binary search, append first. */
function insertInOrder(rows: HTMLElement[], row: HTMLElement): void {
  const follows = (other: HTMLElement): boolean =>
    (row.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const last = rows[rows.length - 1];
  if (!last || !follows(last)) {
    rows.push(row);
    return;
  }
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (follows(rows[mid] as HTMLElement)) hi = mid;
    else lo = mid + 1;
  }
  rows.splice(lo, 0, row);
}

function baseKey(element: HTMLElement, message: IncomingMessage, parts: MessageParts): string {
  const id =
    element.getAttribute('data-id') ??
    /^conv-msg-(.+)$/.exec(element.getAttribute('data-testid') ?? '')?.[1];
  if (id !== undefined && id !== '') return `wa:${id}`;
  const source = [
    message.threadKey,
    message.sender ?? '',
    parts.prePlainRaw ?? '',
    message.text,
  ].join('\u0001');
  return `wa:h:${hashText(source)}`;
}

/** Repeated data-id: one more copy per author; repeated content hash: numbered occurrences. */
function uniqueKey(key: string, author: Author, used: Map<string, number>): string {
  const seen = used.get(key) ?? 0;
  used.set(key, seen + 1);
  if (key.startsWith('wa:h:')) return seen === 0 ? key : `${key}~${seen + 1}`;
  const perAuthor = `${key}:${author}`;
  if (used.has(perAuthor)) return '';
  used.set(perAuthor, 1);
  return seen === 0 ? key : perAuthor;
}
