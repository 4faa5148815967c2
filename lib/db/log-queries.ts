/**
 * Read-only queries for the popup: one page of the log (open escalations first, then the rest,
 * newest first), the rows the stats need, the newest detection time, the whole log for export and
 * the tabs' connection state, plus liveQuery subscriptions that re-run them when the database
 * changes. Every query goes through an index with a limit: the first screen never reads the whole
 * table. Never writes: the background is the only writer.
 */
import { liveQuery } from 'dexie';
import type { EscalationRow, EscalationStatus, RadarDb, TabHealthRow } from './schema';

export interface PageQuery {
  /** 'all' lists open escalations first, then the others. */
  status: 'all' | EscalationStatus;
  /** Further conditions (category, platform, search), tested row by row along the index. */
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

/** Up to `limit` rows matching `query`, newest first along the detectedAt index. */
async function newestFirst(
  db: RadarDb,
  test: (row: EscalationRow) => boolean,
  limit: number,
): Promise<EscalationRow[]> {
  if (limit <= 0) return [];
  return db.escalations.orderBy('detectedAt').reverse().filter(test).limit(limit).toArray();
}

/** Open escalations through the status index (there are few), newest first. */
async function openRows(
  db: RadarDb,
  test: (row: EscalationRow) => boolean,
): Promise<EscalationRow[]> {
  const rows = await db.escalations.where('status').equals('open').filter(test).toArray();
  return rows.sort((a, b) => b.detectedAt - a.detectedAt);
}

/** The first `limit` rows of the log as the popup lists it; one extra row is read to know about more. */
export async function queryLogPage(db: RadarDb, query: PageQuery, limit: number): Promise<LogPage> {
  const match = query.match ?? always;
  const openCount = await db.escalations.where('status').equals('open').count();
  let rows: EscalationRow[];
  if (query.status === 'open') {
    rows = (await openRows(db, match)).slice(0, limit + 1);
  } else if (query.status === 'all') {
    const open = await openRows(db, match);
    const closed = await newestFirst(
      db,
      (row) => row.status !== 'open' && match(row),
      limit + 1 - open.length,
    );
    rows = [...open, ...closed].slice(0, limit + 1);
  } else {
    const status = query.status;
    rows = await newestFirst(db, (row) => row.status === status && match(row), limit + 1);
  }
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit, openCount };
}

/** Escalations detected at or after `since`, for the stats tab. */
export async function queryStatsRows(db: RadarDb, since: number): Promise<EscalationRow[]> {
  return db.escalations.where('detectedAt').aboveOrEqual(since).toArray();
}

/** When the newest escalation came in, or undefined for an empty log. */
export async function queryLastDetectedAt(db: RadarDb): Promise<number | undefined> {
  const newest = await db.escalations.orderBy('detectedAt').last();
  return newest?.detectedAt;
}

/** The whole log, newest first, for the CSV and JSON export (only on the owner's request). */
export async function queryAllForExport(db: RadarDb): Promise<EscalationRow[]> {
  return db.escalations.orderBy('detectedAt').reverse().toArray();
}

export async function queryTabHealth(db: RadarDb): Promise<TabHealthRow[]> {
  const rows = await db.tabHealth.toArray();
  return rows.sort((a, b) => a.platform.localeCompare(b.platform) || a.tabId - b.tabId);
}

export type Unsubscribe = () => void;

/** Runs `query` now and again after every change it depends on; returns the unsubscribe function. */
export function subscribe<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): Unsubscribe {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => {
    subscription.unsubscribe();
  };
}

export function subscribeLogPage(
  db: RadarDb,
  query: PageQuery,
  limit: number,
  onValue: (page: LogPage) => void,
  onError: (error: unknown) => void,
): Unsubscribe {
  return subscribe(() => queryLogPage(db, query, limit), onValue, onError);
}

export function subscribeTabHealth(
  db: RadarDb,
  onValue: (rows: TabHealthRow[]) => void,
  onError: (error: unknown) => void,
): Unsubscribe {
  return subscribe(() => queryTabHealth(db), onValue, onError);
}
