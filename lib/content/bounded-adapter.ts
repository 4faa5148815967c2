/**
 * The adapter as the runtime uses it: identical, except that thread and message keys longer
 * than a report may carry are bounded (start of the key plus a hash of all of it). Rows, the open
 * thread, reports and the background's marks then all use the same key for one thread,
 * whatever the page's names contain. Rows keep their identity across reads (the same bounded
 * object for the same row object), as the incremental contract promises; only the rows that are
 * not where the last read had them are bounded again.
 */
import { boundKey, REPORT_LIMITS } from '../limits';
import type { InboxRow, IncomingMessage, PlatformAdapter } from '../platforms/types';

export function withBoundedKeys(adapter: PlatformAdapter): PlatformAdapter {
  const thread = (key: string) => boundKey(key, REPORT_LIMITS.threadKey);
  const boundedRows = new WeakMap<InboxRow, InboxRow>();
  const boundRow = (row: InboxRow): InboxRow => {
    const key = thread(row.threadKey);
    if (key === row.threadKey) return row;
    let bounded = boundedRows.get(row);
    // Inherits from the row: a copy would read every lazily read fact (preview, muted …) at once,
    // and would lose those an adapter's rows get from their class.
    if (!bounded)
      boundedRows.set(row, (bounded = { __proto__: row, threadKey: key } as unknown as InboxRow));
    return bounded;
  };
  /** The adapter's rows of the last read (a copy) and the same rows bounded. */
  let lastIn: readonly InboxRow[] = [];
  let lastOut: readonly InboxRow[] = [];
  /**
   * The rows bounded. A row at the same place as in the last read, as the same object, is taken
   * from the last answer: a new message re-reads one row of the list, not all of them.
   */
  const boundRows = (rows: readonly InboxRow[]): readonly InboxRow[] => {
    const same = rows.length === lastIn.length;
    let out: InboxRow[] | undefined = same ? undefined : [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as InboxRow;
      if (!same || row !== lastIn[i]) (out ??= lastOut.slice())[i] = boundRow(row);
    }
    lastIn = rows.slice();
    if (out) lastOut = out;
    return lastOut;
  };
  const boundMessage = (m: IncomingMessage): IncomingMessage => {
    const key = boundKey(m.key, REPORT_LIMITS.messageKey);
    const threadKey = thread(m.threadKey);
    return key === m.key && threadKey === m.threadKey ? m : { ...m, key, threadKey };
  };
  // Everything else as the adapter has it (adapters are plain objects of functions).
  const bounded: PlatformAdapter = {
    ...adapter,
    readInbox: (doc, changes) => {
      const read = adapter.readInbox(doc, changes);
      return { rows: boundRows(read.rows), fresh: read.fresh.map(boundRow) };
    },
    openThread: (doc, changes) => {
      const open = adapter.openThread(doc, changes);
      if (!open) return undefined;
      const key = thread(open.threadKey);
      return key === open.threadKey ? open : { ...open, threadKey: key };
    },
    readMessages: (open, request) => {
      const read = adapter.readMessages(open, {
        ...request,
        stopAt: (m) => request.stopAt(boundMessage(m)),
      });
      return { ...read, messages: read.messages.map(boundMessage) };
    },
  };
  const titleKey = adapter.titleKey?.bind(adapter);
  if (titleKey) bounded.titleKey = (title) => thread(titleKey(title));
  return bounded;
}
