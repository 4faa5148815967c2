/**
 * The open WhatsApp conversation (#main, dom-reference §1.4–1.6): its header (title → threadKey,
 * group or not) and the rendered message rows, oldest first. Rows are the `[data-id]` elements
 * (2026: the same element as `conv-msg-*`); rows without a bubble (date separators, the "unread
 * messages" divider) and system notices are skipped. Keys: `wa:<data-id>`; when a data-id repeats
 * in one read (a Click-to-WhatsApp ad pair) the later one gets `wa:<data-id>:<author>`; rows with no
 * data-id get `wa:h:<hash of threadKey, sender, data-pre-plain-text, text>` plus `~n` for the n-th
 * identical row. #main is replaced on chat switch and history loads upward; keys make both safe.
 */
import type { IncomingMessage, OpenThread } from '../types';
import { closest, queryAll, queryFirst } from '../selector-spec';
import { readText } from '../dom-text';
import { hashText } from '../hash';
import { selectors } from './selectors';
import { threadKeyFromTitle } from './thread-key';
import { directionOf, labelName, strongDirection, type Author } from './direction';
import { isBubbleRow, isSystemRow, readParts, type MessageParts } from './message-parts';

export function openThread(doc: Document): OpenThread | undefined {
  const main = queryFirst(doc, selectors.main);
  if (!main) return undefined;
  const title = headerTitle(main);
  if (title === undefined) return undefined;
  return { threadKey: threadKeyFromTitle(title), title, group: isGroup(main), root: main };
}

export function headerTitle(main: HTMLElement): string | undefined {
  const header = queryFirst(main, selectors.header);
  const titleElement = header ? queryFirst(header, selectors.headerTitle) : undefined;
  if (!titleElement) return undefined;
  const title = (titleElement.getAttribute('title') ?? '').trim() || readText(titleElement);
  return title === '' ? undefined : title;
}

/** Group: an author name on some message, a group JID in a data-id, or a participant list. */
function isGroup(main: HTMLElement): boolean {
  if (queryFirst(main, selectors.author) || queryFirst(main, selectors.groupMessageId)) return true;
  const subtitle = queryFirst(main, selectors.headerSubtitle);
  const participants = (subtitle?.getAttribute('title') ?? subtitle?.textContent ?? '').split(',');
  return participants.filter((name) => name.trim() !== '').length >= 2;
}

interface Row {
  element: HTMLElement;
  parts: MessageParts;
}

export function readMessages(thread: OpenThread): IncomingMessage[] {
  const list = queryFirst(thread.root, selectors.messageList) ?? thread.root;
  const rows: Row[] = messageRows(list).map((element) => ({ element, parts: readParts(element) }));
  const ownerName = learnOwnerName(rows);
  const messages: IncomingMessage[] = [];
  const used = new Map<string, number>();
  let previous: Author | undefined;
  let runSender: string | undefined;

  for (const { element, parts } of rows) {
    const { author, signal } = directionOf(element, {
      outside: parts.outside,
      prePlainSender: parts.prePlain?.sender,
      ownerName,
      contactName: thread.group ? undefined : thread.title,
      previous,
    });
    const startsRun = author !== previous || signal === 'tail';
    previous = author;
    let sender: string | undefined;
    if (thread.group && author === 'them') {
      sender =
        parts.author ??
        parts.prePlain?.sender ??
        labelName(element, parts.outside) ??
        (startsRun ? undefined : runSender);
      runSender = sender;
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
    message.key = uniqueKey(baseKey(element, message, parts), author, used);
    if (message.key !== '') messages.push(message);
  }
  return messages;
}

/** Message rows in DOM order, without nested duplicates, separators or system notices. */
function messageRows(list: HTMLElement): HTMLElement[] {
  return queryAll(list, selectors.messageRow).filter((row) => {
    const parent = row.parentElement;
    const outer = parent ? closest(parent, selectors.messageRow) : undefined;
    if (outer && list.contains(outer)) return false;
    return !isSystemRow(row) && isBubbleRow(row);
  });
}

/** The owner's name as data-pre-plain-text writes it, from rows that are certainly outgoing. */
function learnOwnerName(rows: Row[]): string | undefined {
  for (const { element, parts } of rows) {
    const sender = parts.prePlain?.sender;
    if (sender === undefined || sender === '') continue;
    if (strongDirection(element, parts.outside)?.author === 'me') return sender;
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
