/**
 * Read-only queries for the extension's pages: one page of the log (open escalations first, most
 * urgent first (lib/urgency.ts), then the rest, newest first), the rows the stats need, the newest detection time, the whole log for
 * export and the tabs' connection state, plus subscriptions that re-run them whenever the log
 * changes. Every query goes through an index with a limit: the first screen never reads the whole
 * table. They read through the small LogReader (log-reader.ts), not Dexie, so the pages' bundles
 * stay small; never writes: the background is the only writer.
 */
import { isActive } from '../escalation-status';
import { byUrgency } from '../urgency';
import type { LogReader } from './log-reader';
import type { EscalationRow, EscalationStatus, TabHealthRow } from './schema';

export interface PageQuery {
  /** 'all' lists open escalations first, then the others. */
  status: 'all' | EscalationStatus;
  /**
   * Further conditions (category, platform, search), tested row by row along the index. Without
   * one, the closed rows of the 'all' page are read in one request where the browser can.
   */
  match?: (row: EscalationRow) => boolean;
}

export interface LogPage {
  rows: EscalationRow[];
  /** More rows match beyond `limit`. */
  hasMore: boolean;
  /** Open escalations in the whole log (unfiltered), for the header. */
  openCount: number;
}

const always = () => true;

/** Up to `limit` rows passing `test` (all when absent), newest first along the detectedAt index. */
function newestFirst(
  reader: LogReader,
  test: ((row: EscalationRow) => boolean) | undefined,
  limit: number,
): Promise<EscalationRow[]> {
  return reader.read('escalations', { index: 'detectedAt', direction: 'prev', test, limit });
}

/**
 * Every open escalation, in one request through the status index (there are few; no cursor, no
 * per-row test): the header counts them and the list shows them first.
 */
function allOpen(reader: LogReader): Promise<EscalationRow[]> {
  return reader.read('escalations', { index: 'status', equals: 'open' });
}

/**
 * The first `limit` rows of the log as the popup lists it; one extra row is read to know about more.
 *
 * The 'all' page with no row test (the popup's first page) asks for the open rows and for the
 * newest `limit + 1` rows at once, not one after the other: whatever the number of open rows,
 * the newest `limit + 1` rows hold as many closed ones as the page has room for after the open
 * ones (each open row among them takes a place the open rows shown first take anyway). One
 * request each (getAllRecords where the browser has it).
 */
export async function queryLogPage(
  reader: LogReader,
  query: PageQuery,
  limit: number,
): Promise<LogPage> {
  const match = query.match ?? always;
  const now = Date.now();
  const openRead = allOpen(reader);
  const newest =
    query.status === 'all' && !query.match ? newestFirst(reader, undefined, limit + 1) : undefined;
  // Not left unobserved if the open rows' read fails first.
  newest?.catch(() => undefined);
  const open = await openRead;
  // Counted like the badge: open and not snoozed, whatever the filters.
  const openCount = open.filter((row) => isActive(row, now)).length;
  // Most urgent first (snoozed last).
  const openShown =
    query.status === 'open' || query.status === 'all' ? byUrgency(open.filter(match), now) : [];
  let rows: EscalationRow[];
  if (query.status === 'open') {
    rows = openShown.slice(0, limit + 1);
  } else if (query.status === 'all') {
    const room = Math.max(0, limit + 1 - openShown.length);
    const closed = newest
      ? (await newest).filter((row) => row.status !== 'open').slice(0, room)
      : await newestFirst(reader, (row) => row.status !== 'open' && match(row), room);
    rows = [...openShown, ...closed].slice(0, limit + 1);
  } else {
    const status = query.status;
    rows = await newestFirst(reader, (row) => row.status === status && match(row), limit + 1);
  }
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit, openCount };
}

/** Escalations detected at or after `since`, for the stats tab. */
export function queryStatsRows(reader: LogReader, since: number): Promise<EscalationRow[]> {
  return reader.read('escalations', { index: 'detectedAt', from: since });
}

/** When the newest escalation came in, or undefined for an empty log. */
export async function queryLastDetectedAt(reader: LogReader): Promise<number | undefined> {
  const [newest] = await reader.read('escalations', {
    index: 'detectedAt',
    direction: 'prev',
    limit: 1,
  });
  return newest?.detectedAt;
}

/** The whole log, newest first, for the CSV and JSON export (only on the owner's request). */
export async function queryAllForExport(reader: LogReader): Promise<EscalationRow[]> {
  const rows = await reader.read('escalations', { index: 'detectedAt' });
  return rows.reverse();
}

export async function queryTabHealth(reader: LogReader): Promise<TabHealthRow[]> {
  const rows = await reader.read('tabHealth');
  return rows.sort((a, b) => a.platform.localeCompare(b.platform) || a.tabId - b.tabId);
}

export type Unsubscribe = () => void;

/**
 * Where changes to the log are announced: calls `listener` after each one and returns the function
 * that stops listening. In the pages, the background's revision key in storage.local
 * (lib/ui/hooks/log-changes.ts); in tests, whatever the test triggers.
 */
export type LogChanges = (listener: () => void) => Unsubscribe;

/** What the pages read the log through: the reader, and the announcements of changes. */
export interface LogSource {
  reader: LogReader;
  changes: LogChanges;
}

/**
 * Runs `query` now and again after every change; returns the unsubscribe function. Runs never
 * overlap: changes during a run cause one more run after it, so the last value follows the last
 * change. Nothing is reported after unsubscribing. An error is reported and the next change
 * tries again.
 */
export function subscribe<T>(
  changes: LogChanges,
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): Unsubscribe {
  let stopped = false;
  let running = false;
  let again = false;
  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    Promise.resolve()
      .then(query)
      .then(
        (value) => {
          if (!stopped && !again) onValue(value);
        },
        (error: unknown) => {
          if (!stopped && !again) onError(error);
        },
      )
      .finally(() => {
        running = false;
        if (again) run();
      });
  };
  const stopListening = changes(run);
  run();
  return () => {
    stopped = true;
    stopListening();
  };
}

export function subscribeTabHealth(
  log: LogSource,
  onValue: (rows: TabHealthRow[]) => void,
  onError: (error: unknown) => void,
): Unsubscribe {
  return subscribe(log.changes, () => queryTabHealth(log.reader), onValue, onError);
}
