/**
 * The incremental reads of the adapter contract (types.ts) built from reads of the whole chat
 * list and the whole open thread: correct under the contract, but every call still reads
 * everything. For an adapter that has no incremental reading of its own (yet), and for tests.
 */
import type {
  InboxRow,
  IncomingMessage,
  InboxRead,
  MessagesRead,
  MessagesRequest,
  OpenThread,
  PageChanges,
} from './types';

export interface WholeReads {
  /** Every rendered row of the inbox. */
  inboxRows(doc: Document): InboxRow[];
  /** Every rendered message of the open thread, oldest first. */
  allMessages(thread: OpenThread): IncomingMessage[];
}

export interface IncrementalReads {
  readInbox: (doc: Document, changes: PageChanges | undefined) => InboxRead;
  readMessages: (thread: OpenThread, request: MessagesRequest) => MessagesRead;
}

function sameRow(a: InboxRow, b: InboxRow): boolean {
  return (
    a.element === b.element &&
    a.threadKey === b.threadKey &&
    a.title === b.title &&
    a.preview === b.preview &&
    a.previewFromMe === b.previewFromMe &&
    a.unreadCount === b.unreadCount &&
    a.muted === b.muted &&
    a.group === b.group
  );
}

/** Incremental reads over whole reads; the state they keep belongs to the returned object. */
export function incrementalFromWhole(reads: WholeReads): IncrementalReads {
  let previousRows = new Map<Element, InboxRow>();
  let thread: { root: Element; threadKey: string; handed: Set<string> } | undefined;

  return {
    readInbox(doc) {
      const rows: InboxRow[] = [];
      const fresh: InboxRow[] = [];
      const next = new Map<Element, InboxRow>();
      for (const row of reads.inboxRows(doc)) {
        const before = previousRows.get(row.element);
        const kept = before && sameRow(before, row) ? before : row;
        if (kept !== before) fresh.push(kept);
        rows.push(kept);
        next.set(kept.element, kept);
      }
      previousRows = next;
      return { rows, fresh };
    },

    readMessages(open, request) {
      const all = reads.allMessages(open);
      const fromScratch =
        request.changes === undefined ||
        thread?.root !== open.root ||
        thread.threadKey !== open.threadKey;
      let start: number;
      if (fromScratch || !thread) {
        start = 0;
        for (let i = all.length - 1; i >= 0; i--) {
          if (request.stopAt(all[i] as IncomingMessage)) {
            start = i;
            break;
          }
        }
        thread = { root: open.root, threadKey: open.threadKey, handed: new Set() };
      } else {
        // After the newest message already handed over; older history loaded above is skipped.
        const handed = thread.handed;
        start = all.length;
        for (let i = all.length - 1; i >= 0; i--) {
          if (handed.has((all[i] as IncomingMessage).key)) break;
          start = i;
        }
      }
      for (const message of all) thread.handed.add(message.key);
      if (start >= all.length) return { messages: [], fromScratch };
      return { messages: all.slice(Math.max(0, start - request.history)), fromScratch };
    },
  };
}
