/**
 * Data hooks of the popup: the current page of the log, the tabs' connection state, and the stats
 * (computed only while `enabled`, i.e. when the stats tab is open). Each takes the log source (the
 * read-only reader and its change announcements, see log-changes.ts) so tests can pass a fresh
 * fake one; each re-reads on every change and unsubscribes on unmount.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  queryLastDetectedAt,
  queryStatsRows,
  subscribe,
  subscribeLogPage,
  subscribeTabHealth,
  type LogPage,
  type LogSource,
} from '../../db/log-queries';
import type { TabHealthRow } from '../../db/schema';
import { pageMatcher, type LogFilters } from '../filters';
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

/**
 * The page of the log the filters select. The query starts as soon as the component is rendered
 * (a layout effect), not after the first paint as a plain effect would: the list is the first
 * screen, so its read overlaps the browser painting the page around it.
 */
export function useLogPage(log: LogSource, filters: LogFilters, limit: number): LogPageState {
  const [state, setState] = useState<LogPageState>({
    entries: undefined,
    hasMore: false,
    openCount: 0,
    error: undefined,
  });
  useLayoutEffect(
    () =>
      subscribeLogPage(
        log,
        { status: filters.status, match: pageMatcher(filters) },
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
    [log, filters, limit],
  );
  return state;
}

export function useTabHealth(log: LogSource): TabHealthRow[] {
  const [rows, setRows] = useState<TabHealthRow[]>([]);
  useEffect(
    () =>
      subscribeTabHealth(log, setRows, () => {
        setRows([]);
      }),
    [log],
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
  log: LogSource,
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
      log.changes,
      async () => ({
        rows: await queryStatsRows(log.reader, sinceDay * DAY_MS),
        lastDetectedAt: await queryLastDetectedAt(log.reader),
      }),
      setSource,
      (error) => {
        setSource({ error: errorText(error) });
      },
    );
  }, [log, enabled, sinceDay]);
  return useMemo((): StatsResult => {
    if (source === undefined) return { status: 'loading' };
    if ('error' in source) return { status: 'error', message: source.error };
    const stats = computeStats(source.rows, now, days, timeZone);
    const hints = buildHints(stats, { now, lastDetectedAt: source.lastDetectedAt, connectedTabs });
    return { status: 'ready', stats, hints };
  }, [source, now, days, connectedTabs, timeZone]);
}
