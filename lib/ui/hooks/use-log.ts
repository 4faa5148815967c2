/**
 * Data hooks of the popup: the current page of the log, the tabs' connection state, and the stats
 * (computed only while `enabled`, i.e. when the stats tab is open). Each takes the log source (the
 * read-only reader and its change announcements, see log-changes.ts) so tests can pass a fresh
 * fake one; each re-reads on every change and unsubscribes on unmount.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  queryLastDetectedAt,
  queryLogPage,
  queryStatsRows,
  subscribe,
  subscribeTabHealth,
  type LogPage,
  type LogSource,
} from '../../db/log-queries';
import type { TabHealthRow } from '../../db/schema';
import { pageMatcher, type LogFilters } from '../filters';
import { firstPageFits, type FirstPage } from '../first-page';
import { buildHints, type Hint } from '../hints';
import { computeStats, DAY_MS, type LogStats } from '../stats';
import type { LogEntry } from '../view-types';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface LogPageState {
  entries: LogEntry[] | undefined;
  hasMore: boolean;
  openCount: number;
  error: string | undefined;
}

function pageState(page: LogPage): LogPageState {
  return {
    entries: page.rows.filter((row): row is LogEntry => row.id !== undefined),
    hasMore: page.hasMore,
    openCount: page.openCount,
    error: undefined,
  };
}

const LOADING: LogPageState = {
  entries: undefined,
  hasMore: false,
  openCount: 0,
  error: undefined,
};

/**
 * The page of the log the filters select. The query starts as soon as the component is rendered
 * (a layout effect), not after the first paint as a plain effect would: the list is the first
 * screen, so its read overlaps the browser painting the page around it.
 *
 * `first` is the first page popup.html's early script began reading (lib/ui/first-page.ts). While
 * it still fits (same filters and limit, no change since), it stands in for the first query: the
 * first render already shows it if the read is done, otherwise the query waits for that read.
 */
export function useLogPage(
  log: LogSource,
  filters: LogFilters,
  limit: number,
  first?: FirstPage,
): LogPageState {
  const early = useRef(first);
  const shown = useRef<LogPage | undefined>(undefined);
  const [state, setState] = useState<LogPageState>(() => {
    const ready = first?.value;
    if (!first || !ready || !firstPageFits(first, filters, limit)) return LOADING;
    shown.current = ready;
    return pageState(ready);
  });
  useLayoutEffect(() => {
    const query = { status: filters.status, match: pageMatcher(filters) };
    return subscribe(
      log.changes,
      () => {
        const taken = early.current;
        early.current = undefined;
        // This subscription follows the changes from now on.
        taken?.stop();
        if (taken && firstPageFits(taken, filters, limit)) return taken.page;
        return queryLogPage(log.reader, query, limit);
      },
      (page) => {
        if (page === shown.current) return;
        shown.current = page;
        setState(pageState(page));
      },
      (error) => {
        setState((previous) => ({ ...previous, error: errorText(error) }));
      },
    );
  }, [log, filters, limit]);
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
