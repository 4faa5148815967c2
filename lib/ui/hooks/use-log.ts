/**
 * Data hooks of the popup: the current page of the log, the tabs' connection state, and the stats
 * (computed only while `enabled`, i.e. when the stats tab is open). Each takes the database so
 * tests can pass a fresh fake one; each subscribes with liveQuery and unsubscribes on unmount.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  queryLastDetectedAt,
  queryStatsRows,
  subscribe,
  subscribeLogPage,
  subscribeTabHealth,
  type LogPage,
} from '../../db/log-queries';
import type { RadarDb, TabHealthRow } from '../../db/schema';
import { rowMatcher, type LogFilters } from '../filters';
import { buildHints, type Hint } from '../hints';
import { computeStats, DAY_MS, type LogStats } from '../stats';
import type { LogEntry } from '../view-types';

export const PAGE_SIZE = 50;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface LogPageState {
  entries: LogEntry[] | undefined;
  hasMore: boolean;
  openCount: number;
  error: string | undefined;
}

function toEntries(page: LogPage): LogEntry[] {
  return page.rows.filter((row): row is LogEntry => row.id !== undefined);
}

export function useLogPage(db: RadarDb, filters: LogFilters, limit: number): LogPageState {
  const [state, setState] = useState<LogPageState>({
    entries: undefined,
    hasMore: false,
    openCount: 0,
    error: undefined,
  });
  useEffect(
    () =>
      subscribeLogPage(
        db,
        { status: filters.status, match: rowMatcher(filters) },
        limit,
        (page) => {
          setState({
            entries: toEntries(page),
            hasMore: page.hasMore,
            openCount: page.openCount,
            error: undefined,
          });
        },
        (error) => {
          setState((previous) => ({ ...previous, error: errorText(error) }));
        },
      ),
    [db, filters, limit],
  );
  return state;
}

export function useTabHealth(db: RadarDb): TabHealthRow[] {
  const [rows, setRows] = useState<TabHealthRow[]>([]);
  useEffect(
    () =>
      subscribeTabHealth(db, setRows, () => {
        setRows([]);
      }),
    [db],
  );
  return rows;
}

export type StatsResult =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; stats: LogStats; hints: Hint[] };

interface StatsSource {
  rows: Awaited<ReturnType<typeof queryStatsRows>>;
  lastDetectedAt: number | undefined;
}

/** Stats over the last `days` days; nothing is read until `enabled` becomes true. */
export function useStats(
  db: RadarDb,
  enabled: boolean,
  days: number,
  now: number,
  connectedTabs: number,
  timeZone?: string,
): StatsResult {
  const [source, setSource] = useState<StatsSource | { error: string } | undefined>(undefined);
  const since = now - 31 * DAY_MS;
  // Re-subscribe only when the window start moves by a day, not on every clock tick.
  const sinceDay = Math.floor(since / DAY_MS);
  useEffect(() => {
    if (!enabled) return undefined;
    return subscribe(
      async () => ({
        rows: await queryStatsRows(db, sinceDay * DAY_MS),
        lastDetectedAt: await queryLastDetectedAt(db),
      }),
      setSource,
      (error) => {
        setSource({ error: errorText(error) });
      },
    );
  }, [db, enabled, sinceDay]);
  return useMemo((): StatsResult => {
    if (source === undefined) return { status: 'loading' };
    if ('error' in source) return { status: 'error', message: source.error };
    const stats = computeStats(source.rows, now, days, timeZone);
    const hints = buildHints(stats, { now, lastDetectedAt: source.lastDetectedAt, connectedTabs });
    return { status: 'ready', stats, hints };
  }, [source, now, days, connectedTabs, timeZone]);
}

/** The current time, refreshed every `intervalMs`, so ages and due times stay current. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, intervalMs);
    return () => {
      clearInterval(timer);
    };
  }, [intervalMs]);
  return now;
}
