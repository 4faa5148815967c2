/**
 * The open WhatsApp conversation (#main, docs/site-markup.md): its header (title → threadKey,
 * group or not) and the rendered message rows, oldest first. Rows are the `[data-id]` elements
 * (2026: the same element as `conv-msg-*`); rows without a bubble (date separators, the "unread
 * messages" divider) and system notices are skipped. Keys: `wa:<data-id>`; when a data-id repeats
 * in one read (a Click-to-WhatsApp ad pair) the later one gets `wa:<data-id>:<author>`; rows with no
 * data-id get `wa:h:<hash of threadKey, sender, data-pre-plain-text, text>` plus `~n` for the n-th
 * identical row. #main is replaced on chat switch and history loads upward; keys make both safe.
 * Each row's own facts (parts, direction signals) are parsed once per element (row-cache.ts); a read
 * then runs the carry-forward pass (direction, group sender, keys) over those facts, and after a
 * pure append continues from where the previous read stopped.
 */
import type { IncomingMessage, OpenThread } from '../types';
import { closest, queryAll, queryFirst } from '../selector-spec';
import { readText } from '../dom-text';
import { hashText } from '../hash';
import { selectors } from './selectors';
import { threadKeyFromTitle } from './thread-key';
import { decideDirection, directionFacts, type Author, type DirectionFacts } from './direction';
import { RowCache, type CachedRow } from './row-cache';
import { Presence } from './presence';
import { isBubbleRow, isSystemRow, readParts, type MessageParts } from './message-parts';

export function openThread(doc: Document): OpenThread | undefined {
  const main = queryFirst(doc, selectors.main);
  if (!main) return undefined;
  const title = headerTitle(main);
  if (title === undefined) return undefined;
  const thread: OpenThread = {
    threadKey: threadKeyFromTitle(title),
    title,
    group: isGroup(main),
    root: main,
  };
  if (isReadOnly(main)) thread.readOnly = true;
  return thread;
}

/** A notice stands where the composer would be (the owner cannot write in this chat). */
export function isReadOnly(main: HTMLElement): boolean {
  return (
    queryFirst(main, selectors.readOnlyNotice) !== undefined &&
    queryFirst(main, selectors.composer) === undefined
  );
}

/**
 * The conversation's own header inside #main: the labelled one, else the bare header that sits
 * beside the message list (a drawer open inside #main brings a header of its own, which can come
 * first), else the first bare header.
 */
export function conversationHeader(main: HTMLElement): HTMLElement | undefined {
  const headers = queryAll(main, selectors.header);
  if (headers.length <= 1) return headers[0];
  const body = queryFirst(main, selectors.conversationBody);
  return (
    (body && headers.find((header) => header.parentElement?.contains(body) === true)) ?? headers[0]
  );
}

export function headerTitle(main: HTMLElement): string | undefined {
  const header = conversationHeader(main);
  const titleElement = header ? queryFirst(header, selectors.headerTitle) : undefined;
  if (!titleElement) return undefined;
  const title = (titleElement.getAttribute('title') ?? '').trim() || readText(titleElement);
  return title === '' ? undefined : title;
}

const authorPresence = new Presence(selectors.author);
const groupIdPresence = new Presence(selectors.groupMessageId);

/** Group: an author name on some message, a group JID in a data-id, or a participant list. */
function isGroup(main: HTMLElement): boolean {
  if (authorPresence.has(main) || groupIdPresence.has(main)) return true;
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

const rowCache = new RowCache<RowFacts>(selectors.messageRow, parseRow);

/** Where the last read stopped, so a read after an append continues from there (the rows
 * before it are unchanged, so are their messages); anything else starts over. */
interface Carry {
  list: Element;
  threadKey: string;
  title: string;
  group: boolean;
  ownerName: string | undefined;
  /** rowCache.reads after the read `rows` came from. */
  read: number;
  rows: readonly CachedRow<RowFacts>[];
  previous: Author | undefined;
  runSender: string | undefined;
  used: Map<string, number>;
  messages: IncomingMessage[];
}

let carry: Carry | undefined;

export function readMessages(thread: OpenThread): IncomingMessage[] {
  const list = queryFirst(thread.root, selectors.messageList) ?? thread.root;
  const rows = rowCache.read(list);
  const ownerName = learnOwnerName(rows);
  let state = carry;
  if (
    !state ||
    state.list !== list ||
    state.threadKey !== thread.threadKey ||
    state.title !== thread.title ||
    state.group !== thread.group ||
    state.ownerName !== ownerName ||
    state.read !== rowCache.reads - 1 ||
    rowCache.unchangedPrefix < state.rows.length
  ) {
    state = {
      list,
      threadKey: thread.threadKey,
      title: thread.title,
      group: thread.group,
      ownerName,
      read: 0,
      rows: [],
      previous: undefined,
      runSender: undefined,
      used: new Map(),
      messages: [],
    };
  }
  for (let i = state.rows.length; i < rows.length; i++) {
    const row = rows[i] as CachedRow<RowFacts>;
    const message = readOne(thread, row, state);
    if (message) state.messages.push(message);
  }
  state.rows = rows;
  state.read = rowCache.reads;
  carry = state;
  return state.messages.slice();
}

/** One row in a pass: direction and group sender from the carried state; advances the state. */
function readOne(
  thread: OpenThread,
  { element, facts }: CachedRow<RowFacts>,
  state: Carry,
): IncomingMessage | undefined {
  const { parts, direction } = facts;
  if (!parts || !direction) return undefined;
  const { author, signal } = decideDirection(direction, {
    prePlainSender: parts.prePlain?.sender,
    ownerName: state.ownerName,
    contactName: thread.group ? undefined : thread.title,
    previous: state.previous,
  });
  const startsRun = author !== state.previous || signal === 'tail';
  state.previous = author;
  let sender: string | undefined;
  if (thread.group && author === 'them') {
    sender =
      parts.author ??
      parts.prePlain?.sender ??
      direction.labelName ??
      (startsRun ? undefined : state.runSender);
    state.runSender = sender;
  }
  const message: IncomingMessage = {
    key: '',
    threadKey: thread.threadKey,
    author,
    text: parts.text,
    hasMedia: parts.hasMedia,
  };
  if (sender !== undefined) message.sender = sender;
  if (parts.quoted !== undefined) message.quoted = parts.quoted;
  if (parts.prePlain?.sentAt !== undefined) message.sentAt = parts.prePlain.sentAt;
  message.key = uniqueKey(baseKey(element, message, parts), author, state.used);
  // Shared by every later read that does not re-read this row: frozen so no caller can alter it.
  return message.key === '' ? undefined : Object.freeze(message);
}

/** The owner's name as data-pre-plain-text writes it, from rows that are certainly outgoing. */
function learnOwnerName(rows: readonly CachedRow<RowFacts>[]): string | undefined {
  for (const { facts } of rows) {
    const sender = facts.parts?.prePlain?.sender;
    if (sender === undefined || sender === '') continue;
    if (facts.direction?.strong?.author === 'me') return sender;
  }
  return undefined;
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
