/**
 * The open WhatsApp thread (#main, docs/site-markup.md): its header (title → threadKey, group or
 * not) and its message rows. Rows are the `[data-id]` elements (2026: the same element as
 * `conv-msg-*`); rows without a bubble (date separators, the "unread messages" divider) and
 * system notices are skipped. Keys: `wa:<data-id>`; when a data-id repeats (a Click-to-WhatsApp ad
 * pair) the copy read second gets `wa:<data-id>:<author>`; rows with no data-id get
 * `wa:h:<hash of threadKey, sender, data-pre-plain-text, text>` plus `~n` for the n-th identical
 * row read. #main is replaced on thread switch and history loads upward; keys make both safe.
 *
 * The reader (one per adapter) follows one message list at a time. From scratch it lists the row
 * elements (one query) and reads rows from the newest backwards until the caller's stop message,
 * so a long history is never parsed; a row's author may depend on the rows before it (a run
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
  listRowsOf,
  queryAll,
  queryFirst,
  rowAround,
  rowsIn,
} from '../selector-spec';
import { readText } from '../dom-text';
import { hashText } from '../../hash';
import { selectors } from './selectors';
import { threadKeyFromTitle } from './thread-key';
import { decideDirection, directionFacts, type Author, type DirectionFacts } from './direction';
import { isBubbleRow, isSystemRow, readParts, type MessageParts } from './message-parts';

export function openThread(doc: Document): OpenThread | undefined {
  const main = queryFirst(doc, selectors.main);
  if (!main) return undefined;
  const title = headerTitle(main);
  if (title === undefined) return undefined;
  // Each of these searches walks all of #main (thousands of messages) when it finds nothing, as
  // it usually does: one walk tells whether any of them can find something.
  const marked = hasAny(main, selectors.author, selectors.groupMessageId, selectors.readOnlyNotice);
  const thread: OpenThread = {
    threadKey: threadKeyFromTitle(title),
    title,
    group: isGroup(main, marked),
    root: main,
  };
  if (marked && isReadOnly(main)) thread.readOnly = true;
  return thread;
}

/** A notice stands where the composer would be (the owner cannot write in this chat). */
function isReadOnly(main: HTMLElement): boolean {
  return hasAny(main, selectors.readOnlyNotice) && !hasAny(main, selectors.composer);
}

/**
 * The thread's own header inside #main: the labelled one, else the bare header that sits
 * beside the message list (a drawer open inside #main brings a header of its own, which can come
 * first), else the first bare header.
 */
export function threadHeader(main: HTMLElement): HTMLElement | undefined {
  const headers = queryAll(main, selectors.header);
  if (headers.length <= 1) return headers[0];
  const body = queryFirst(main, selectors.conversationBody);
  return (
    (body && headers.find((header) => header.parentElement?.contains(body) === true)) ?? headers[0]
  );
}

export function headerTitle(main: HTMLElement): string | undefined {
  const header = threadHeader(main);
  const titleElement = header ? queryFirst(header, selectors.headerTitle) : undefined;
  if (!titleElement) return undefined;
  const title = (titleElement.getAttribute('title') ?? '').trim() || readText(titleElement);
  return title === '' ? undefined : title;
}

/**
 * Group: an author name on some message, a group JID in a data-id, or a participant list.
 * `marked`: #main holds an author name, a group JID or a read-only notice.
 */
function isGroup(main: HTMLElement, marked: boolean): boolean {
  if (marked && hasAny(main, selectors.author, selectors.groupMessageId)) return true;
  const subtitle = queryFirst(main, selectors.headerSubtitle);
  const participants = (subtitle?.getAttribute('title') ?? subtitle?.textContent ?? '').split(',');
  return participants.filter((name) => name.trim() !== '').length >= 2;
}

/** One message row's own facts: whether it is a message at all, its parts and direction. */
interface RowFacts {
  parts: MessageParts | undefined;
  direction: DirectionFacts | undefined;
}

function parseRow(element: HTMLElement, list: Element): RowFacts {
  const parent = element.parentElement;
  const outer = parent ? closest(parent, selectors.messageRow) : undefined;
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
  /** Known row elements, in DOM order. */
  let rows: HTMLElement[] = [];
  let states = new WeakMap<HTMLElement, RowState>();
  /** The newest row handed to the caller. */
  let lastHanded: HTMLElement | undefined;
  /** The elements of `rows`, for a quick membership test. */
  let known = new WeakSet<HTMLElement>();
  let used = new Map<string, number>();
  let ownerName: string | undefined;
  let ownerSearched = false;

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
    for (let i = rows.length - 1; i >= 0; i--) {
      // factsOf learns the name from the first certainly outgoing row it reads.
      const learnt = learnOwner(factsOf(rows[i] as HTMLElement));
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

  /** Index of the nearest message row before i, or -1. */
  const previousMessageRow = (i: number): number => {
    for (let j = i - 1; j >= 0; j--) if (factsOf(rows[j] as HTMLElement).parts) return j;
    return -1;
  };

  /** The author of the message row at i; rows before it are read only as far as needed. */
  const authorAt = (i: number): Author => {
    const pending: number[] = [];
    let previous: Author | undefined;
    for (let j = i; j >= 0; j = previousMessageRow(j)) {
      const state = stateOf(rows[j] as HTMLElement);
      if (state.author) {
        previous = state.author;
        break;
      }
      const { parts, direction } = factsOf(rows[j] as HTMLElement);
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
      const element = rows[pending[k] as number] as HTMLElement;
      const state = stateOf(element);
      const { parts, direction } = factsOf(element);
      if (!parts || !direction) continue;
      const decided = decideDirection(direction, contextFor(parts, previous));
      state.author = decided.author;
      state.signal = decided.signal;
      previous = decided.author;
    }
    return stateOf(rows[i] as HTMLElement).author ?? 'them';
  };

  /** A group message's sender: its own name, else the run's (carried from the rows before). */
  const senderAt = (i: number): string | undefined => {
    const state = stateOf(rows[i] as HTMLElement);
    if (state.sender) return state.sender.name;
    const { parts, direction } = factsOf(rows[i] as HTMLElement);
    let name = parts?.author ?? parts?.prePlain?.sender ?? direction?.labelName;
    if (name === undefined) {
      const before = previousMessageRow(i);
      const author = authorAt(i);
      const startsRun = before < 0 || authorAt(before) !== author || state.signal === 'tail';
      name = startsRun || author !== 'them' ? undefined : senderAt(before);
    }
    state.sender = { name };
    return name;
  };

  const messageAt = (i: number): IncomingMessage | null => {
    const element = rows[i] as HTMLElement;
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
    for (let i = end - 1; i >= 0 && out.length < count; i--) {
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
    const query = listRowsOf(found, selectors.messageRow);
    css = query.css;
    rows = query.rows;
    known = new WeakSet(rows);
    states = new WeakMap();
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
    const newest: IncomingMessage[] = [];
    let stop = 0;
    for (let i = rows.length - 1; i >= 0; i--) {
      const message = messageAt(i);
      if (!message) continue;
      newest.push(message);
      if (request.stopAt(message)) {
        stop = i;
        break;
      }
    }
    lastHanded = rows.at(-1);
    const messages = historyBefore(stop, request.history).concat(newest.reverse());
    return { messages, fromScratch: true };
  };

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
    for (const element of added) {
      if (known.has(element)) continue;
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
      const from = lastHanded ? rows.lastIndexOf(lastHanded) + 1 : 0;
      if (from >= rows.length) return { messages: [], fromScratch: false };
      const fresh: IncomingMessage[] = [];
      for (let i = from; i < rows.length; i++) {
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
