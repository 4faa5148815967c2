/**
 * Reads the messages of the open Instagram thread incrementally (the contract in types.ts). Per
 * message row: time breaks (data-scope="date_break", or a row without bubble whose whole text is
 * a time) set the key anchor; status lines ("Seen", "Active now", "Typing…", localised) are
 * skipped; a message's text, quote, media, sender name and direction come from message-row.ts.
 *
 * A `ThreadReader` belongs to one adapter instance and follows one thread at a time:
 * - From scratch (a thread seen for the first time, its list replaced, or a read without changes)
 *   it reads the rows from the newest backwards, one time-break block at a time, and stops at the
 *   first message the caller's `stopAt` accepts (the owner's last reply), plus `history` earlier
 *   messages as context; a long history is never parsed.
 * - Later it reads only the rows after the newest one it has read (new messages appended at the
 *   end, a status line); rows above (older history loaded by scrolling up) are never read; a row
 *   whose content changed in place (the changes say which) is parsed again when needed, not
 *   handed over again.
 * Keys (keys.ts) need the nearest time break above the message and how many identical messages
 * follow that break before it, so a whole block is parsed before its keys are made (and the keys
 * made are only those of the messages handed over: the rest of the block is only counted). New rows are
 * keyed on from the context kept after the newest row read (the tail), their history the messages
 * handed over last (no walk up the list); only when a row at or above the newest message changed, came or went is the
 * context counted again, in one walk up to the nearest break. Group senders come from the name shown above a run and
 * are carried down to the messages under it. Each parse is kept in the element cache until the
 * changes touch the row. Read-only; never scrolls or clicks.
 */
import type { IncomingMessage, MessagesRead, MessagesRequest, OpenThread } from '../types';
import { queryAll } from '../selector-spec';
import type { AlignmentMemo } from './direction';
import { DrawingMemo, layoutRect, textLines } from './dom';
import { ElementCache } from '../element-cache';
import { messageKey } from './keys';
import { isStatusText } from './labels';
import { parseMessageRow, type ParsedRow } from './message-row';
import { isGridEra, type ThreadLocator } from './open-thread';
import { instagram } from './selectors';
import { canonicalTimeBreak, isTimeBreakText } from './time-break';

interface RowEntry {
  parsed: ParsedRow;
  /** What makes two messages after the same time break "the same" (repeat counting). */
  identity: string;
  /** The message as last built from this row, with the inputs of its key. */
  built?: {
    threadKey: string;
    anchor: string;
    occurrence: number;
    group: boolean;
    message: IncomingMessage;
  };
}

/** Moves over the rows of a thread: the list's children (2026), or the grid's rows. */
interface RowWalk {
  readonly list: HTMLElement;
  last(): HTMLElement | undefined;
  before(row: HTMLElement): HTMLElement | undefined;
}

function htmlOrUndefined(el: Element | null): HTMLElement | undefined {
  for (let node = el; node; node = node.previousElementSibling)
    if (node instanceof HTMLElement) return node;
  return undefined;
}

function listWalk(list: HTMLElement): RowWalk {
  return {
    list,
    last: () => htmlOrUndefined(list.lastElementChild),
    before: (row) => htmlOrUndefined(row.previousElementSibling),
  };
}

function gridWalk(container: HTMLElement): RowWalk {
  const rows = queryAll(container, instagram.gridRow);
  const index = new Map(rows.map((row, i) => [row, i]));
  return {
    list: container,
    last: () => rows.at(-1),
    before: (row) => rows[(index.get(row) ?? 0) - 1],
  };
}

interface ThreadState {
  root: HTMLElement;
  threadKey: string;
  list: HTMLElement;
  /** An incoming row with a sender name above its bubble was read (a group thread). */
  senderSeen: boolean;
  /**
   * The open thread as handed to the read is a group (its header's avatars, or senders seen): its
   * header was checked when the thread was found, so a read does not check it again.
   */
  openGroup: boolean;
  /** The newest message row read so far; rows after it are new. */
  newest?: HTMLElement;
  /** The first read has been handed over. */
  started: boolean;
  /**
   * The context after the last row read (the newest block's anchor and repeat counts), kept while
   * no row at or above the newest message changed, came or went: new rows are keyed from it.
   */
  tail?: BlockContext;
  /** The messages handed over last (history and new, oldest first), while the tail is kept. */
  handed?: IncomingMessage[];
}

/** A message row with what its key is made from: row, entry, anchor, occurrence, group, sender. */
type Pending = [HTMLElement, RowEntry, string, number, boolean, string | undefined];

/** Anchor and repeat counts at some point of a block. */
interface BlockContext {
  anchor: string;
  counts: Map<string, number>;
}

/** New rows read past this many at once mean the list was replaced: start over. */
const MAX_NEW_ROWS = 200;
/** How far up a group message's sender is looked for. */
const MAX_SENDER_WALK = 300;

function identityOf(parsed: ParsedRow): string {
  if (parsed.kind !== 'message') return '';
  const { author, text, quoted, media } = parsed;
  return [author, text, quoted ?? '', media ?? ''].join('\u0000');
}

export class ThreadReader {
  #rows = new ElementCache<RowEntry>();
  readonly #memo: AlignmentMemo = new DrawingMemo();
  #state: ThreadState | undefined;
  #panelBox: { box: DOMRect | undefined } | undefined;

  readonly #locator: ThreadLocator;

  constructor(locator: ThreadLocator) {
    this.#locator = locator;
  }

  /** Forgets everything read (the adapter's launch ended). */
  clear(): void {
    this.#rows = new ElementCache();
    this.#state = undefined;
  }

  #walkOf(root: HTMLElement): RowWalk {
    return isGridEra(root) ? gridWalk(root) : listWalk(this.#locator.threadParts(root).list);
  }

  /** The state for `thread`, new when the thread, its root or its list changed. */
  #stateFor(thread: OpenThread, walk: RowWalk): ThreadState {
    const known = this.#state;
    if (
      known?.root === thread.root &&
      known.threadKey === thread.threadKey &&
      known.list === walk.list
    )
      return known;
    this.#state = {
      root: thread.root,
      threadKey: thread.threadKey,
      list: walk.list,
      senderSeen: false,
      openGroup: false,
      started: false,
    };
    return this.#state;
  }

  #entry(st: ThreadState, row: HTMLElement): RowEntry {
    const known = this.#rows.get(row);
    if (known) return known;
    const panel = this.#locator.threadParts(st.root).scroller;
    const parsed = parseMessageRow(
      row,
      () => (this.#panelBox ??= { box: layoutRect(panel) }).box,
      this.#memo,
    );
    const entry: RowEntry = { parsed, identity: identityOf(parsed) };
    this.#rows.set(row, entry);
    if (parsed.kind === 'message' && parsed.author === 'them' && parsed.senderLabel)
      st.senderSeen = true;
    return entry;
  }

  /**
   * Whether the open thread shows sender names (a group). Looks at the newest block of rows, so
   * it is known before the first read; rows read later count as they come.
   */
  showsSenders(thread: OpenThread): boolean {
    this.#panelBox = undefined;
    const walk = this.#walkOf(thread.root);
    const st = this.#stateFor(thread, walk);
    // The newest block (the rows after the nearest break) is parsed.
    let row = st.started ? undefined : walk.last();
    while (row && this.#entry(st, row).parsed.kind !== 'break') row = walk.before(row);
    return st.senderSeen;
  }

  /**
   * Whether `thread`, read from `list` and followed since, has shown sender names so far;
   * undefined when it is not the thread followed, or not read yet.
   */
  sendersSeen(thread: OpenThread, list: Element): boolean | undefined {
    const st = this.#state;
    return st?.started === true &&
      st.root === thread.root &&
      st.threadKey === thread.threadKey &&
      st.list === list
      ? st.senderSeen
      : undefined;
  }

  /** Anchor and repeat counts just before `row`: walks up to the nearest time break. */
  #contextBefore(st: ThreadState, walk: RowWalk, row: HTMLElement, now: Date): BlockContext {
    const counts = new Map<string, number>();
    for (let up = walk.before(row); up; up = walk.before(up)) {
      const entry = this.#entry(st, up);
      if (entry.parsed.kind === 'break')
        return { anchor: anchorOf(entry.parsed.label, now), counts };
      if (entry.parsed.kind === 'message')
        counts.set(entry.identity, (counts.get(entry.identity) ?? 0) + 1);
    }
    return { anchor: '', counts };
  }

  /** The sender carried down to `row` from the nearest name above it (groups only). */
  #senderAbove(st: ThreadState, walk: RowWalk, row: HTMLElement): string | undefined {
    let steps = 0;
    for (let up = walk.before(row); up && steps < MAX_SENDER_WALK; up = walk.before(up), steps++) {
      const { parsed } = this.#entry(st, up);
      if (parsed.kind !== 'message') continue;
      if (parsed.author === 'me') return undefined;
      if (parsed.senderLabel) return parsed.senderLabel;
    }
    return undefined;
  }

  /**
   * The messages of `rows` (consecutive, oldest first), keys counted on from `context` (which is
   * updated as breaks and messages go by); each is built (its key made) only when `build` is
   * called, so a block read for its repeat counts makes only the keys handed over.
   */
  #messagesOf(
    st: ThreadState,
    walk: RowWalk,
    rows: readonly HTMLElement[],
    context: BlockContext,
    now: Date,
  ): Pending[] {
    const out: Pending[] = [];
    // Parsed first, so a sender name anywhere in them makes the thread a group for all of them.
    const entries = rows.map((row) => this.#entry(st, row));
    const group = st.senderSeen || st.openGroup;
    let sender: string | undefined;
    let senderKnown = false;
    rows.forEach((row, index) => {
      const entry = entries[index] as RowEntry;
      const { parsed } = entry;
      if (parsed.kind === 'ignored') return;
      if (parsed.kind === 'break') {
        context.anchor = anchorOf(parsed.label, now);
        context.counts = new Map();
        return;
      }
      if (parsed.author === 'me') {
        sender = undefined;
        senderKnown = true;
      } else if (parsed.senderLabel) {
        sender = parsed.senderLabel;
        senderKnown = true;
      } else if (!senderKnown && group) {
        sender = this.#senderAbove(st, walk, row);
        senderKnown = true;
      }
      const occurrence = (context.counts.get(entry.identity) ?? 0) + 1;
      context.counts.set(entry.identity, occurrence);
      out.push([row, entry, context.anchor, occurrence, group, sender]);
    });
    return out;
  }

  #build(st: ThreadState, [, entry, anchor, occurrence, group, sender]: Pending): IncomingMessage {
    // Only message rows are built.
    const parsed = entry.parsed as Extract<ParsedRow, { kind: 'message' }>;
    const built = entry.built;
    const withSender = group && parsed.author === 'them' ? sender : undefined;
    if (
      built?.threadKey === st.threadKey &&
      built.anchor === anchor &&
      built.occurrence === occurrence &&
      built.group === group &&
      built.message.sender === withSender
    )
      return built.message;
    const { author, text, quoted, media } = parsed;
    const message: IncomingMessage = {
      key: messageKey({ threadKey: st.threadKey, author, text, quoted, media, anchor, occurrence }),
      threadKey: st.threadKey,
      author,
      ...(withSender ? { sender: withSender } : {}),
      text,
      ...(quoted ? { quoted } : {}),
      hasMedia: media !== undefined,
    };
    entry.built = { threadKey: st.threadKey, anchor, occurrence, group, message };
    return message;
  }

  /** The newest message row at or above `row`. */
  #newestMessageRow(st: ThreadState, walk: RowWalk, row: HTMLElement | undefined) {
    for (let r = row; r; r = walk.before(r))
      if (this.#entry(st, r).parsed.kind === 'message') return r;
    return undefined;
  }

  /** Reads backwards block by block until `stopAt`, then `history` more. Oldest first. */
  #fromScratch(
    st: ThreadState,
    walk: RowWalk,
    request: MessagesRequest,
    now: Date,
  ): IncomingMessage[] {
    const newestFirst: IncomingMessage[] = [];
    let stopped = false;
    let context = 0;
    let blockEnd = walk.last();
    while (blockEnd) {
      const rows: HTMLElement[] = [];
      let up: HTMLElement | undefined = blockEnd;
      let anchor = '';
      for (; up; up = walk.before(up)) {
        const { parsed } = this.#entry(st, up);
        if (parsed.kind === 'break') {
          anchor = anchorOf(parsed.label, now);
          break;
        }
        rows.push(up);
      }
      rows.reverse();
      const block = this.#messagesOf(st, walk, rows, { anchor, counts: new Map() }, now);
      for (let i = block.length - 1; i >= 0; i--) {
        if (stopped && context++ >= request.history) return newestFirst.reverse();
        const message = this.#build(st, block[i] as Pending);
        newestFirst.push(message);
        stopped ||= request.stopAt(message);
      }
      blockEnd = up ? walk.before(up) : undefined;
    }
    return newestFirst.reverse();
  }

  readMessages(thread: OpenThread, request: MessagesRequest, now = new Date()): MessagesRead {
    this.#panelBox = undefined;
    const walk = this.#walkOf(thread.root);
    const { changes } = request;
    const st = this.#stateFor(thread, walk);
    st.openGroup = thread.group;
    const { newest } = st;
    // Without changes anything may have changed: what was parsed is read again (a state made in
    // this pass by showsSenders has just been read).
    if (changes === undefined && st.started) this.#rows = new ElementCache();
    else if (
      changes &&
      // A row at or above the newest message changed, came or went: the tail is counted again.
      (this.#rows
        .forgetAround(changes.targets, walk.list)
        .concat(changes.added.filter((node) => walk.list.contains(node)) as Element[])
        .some((el) => !newest || !(newest.compareDocumentPosition(el) & 4)) ||
        changes.removed.some(
          (node) => (this.#rows.get(node as Element)?.parsed.kind ?? 'ignored') !== 'ignored',
        ))
    )
      st.tail = undefined;
    const incremental = changes !== undefined && st.started && newest?.isConnected === true;
    const fresh = incremental ? this.#newRows(st, walk) : undefined;
    if (!fresh) {
      st.started = true;
      st.tail = undefined;
      const messages = this.#fromScratch(st, walk, request, now);
      st.newest = this.#newestMessageRow(st, walk, walk.last());
      return { messages, fromScratch: true };
    }
    const [first] = fresh;
    if (!first || !fresh.some((row) => this.#entry(st, row).parsed.kind === 'message'))
      return { messages: [], fromScratch: false };
    // The history above the new rows (`wanted` messages): with the tail kept, the last ones handed
    // over (nothing above the newest changed since), without a walk up the list.
    const handed = st.tail && st.handed;
    const wanted = request.history;
    let built = handed && handed.length >= wanted ? handed.slice(handed.length - wanted) : [];
    // Else the rows up the list until `wanted` message rows (or the list's top), and how many
    // message rows they hold.
    const rows: HTMLElement[] = [];
    let messageRows = built.length;
    if (built.length < wanted) {
      messageRows = 0;
      for (let up = walk.before(first); up && messageRows < wanted; up = walk.before(up)) {
        rows.unshift(up);
        if (this.#entry(st, up).parsed.kind === 'message') messageRows++;
      }
      built = rows.flatMap((row) => this.#entry(st, row).built?.message ?? []);
    }
    // With the tail kept, the history goes again as it was built and only the new rows are read;
    // else all are read from the context before the first (one walk up to the nearest break), as
    // when a message above was counted but not built (a first read builds only what it hands).
    const tail = built.length === messageRows ? st.tail : undefined;
    const context = tail ?? this.#contextBefore(st, walk, rows[0] ?? first, now);
    const read = this.#messagesOf(st, walk, tail ? fresh : rows.concat(fresh), context, now);
    st.tail = context;
    const last = read.at(-1);
    if (last) st.newest = last[0];
    const messages = (tail ? built : []).concat(read.map((p) => this.#build(st, p)));
    st.handed = messages;
    return { messages, fromScratch: false };
  }

  /** Rows after the newest one read, oldest first; undefined when that row left the list. */
  #newRows(st: ThreadState, walk: RowWalk): HTMLElement[] | undefined {
    const rows: HTMLElement[] = [];
    for (let row = walk.last(); row; row = walk.before(row)) {
      if (row === st.newest) return rows.reverse();
      rows.push(row);
      if (rows.length > MAX_NEW_ROWS) return undefined;
    }
    return undefined;
  }

  /**
   * Whether the thread shows text that no message could be read from (health): among the newest
   * rows, none is a message but one holds text that is neither a status line nor a time.
   */
  unreadableText(thread: OpenThread, rowsToLook = 20): boolean {
    this.#panelBox = undefined;
    const walk = this.#walkOf(thread.root);
    const st = this.#stateFor(thread, walk);
    let looked = 0;
    let text = false;
    for (let row = walk.last(); row && looked < rowsToLook; row = walk.before(row), looked++) {
      if (this.#entry(st, row).parsed.kind === 'message') return false;
      text ||= textLines(row).some((line) => !isStatusText(line) && !isTimeBreakText(line));
    }
    return text;
  }
}

function anchorOf(label: string, now: Date): string {
  return canonicalTimeBreak(label, now) ?? label.toLowerCase();
}
