/**
 * Data hooks of the popup's first screen: the current page of the log and the tabs' connection
 * state (the stats tab's are in use-stats.ts, loaded with that tab). Each takes the log source (the
 * read-only reader and its change announcements, see log-changes.ts) so tests can pass a fresh
 * fake one; each re-reads on every change and unsubscribes on unmount.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  queryLogPage,
  subscribe,
  subscribeTabHealth,
  type LogPage,
  type LogSource,
} from '../../db/log-queries';
import type { TabHealthRow } from '../../db/schema';
import { pageMatcher, type LogFilters } from '../filters';
import { firstPageFits, type FirstPage } from '../first-page';
import type { LogEntry } from '../view-types';
import { errorText } from '../error-text';

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
 * `first` is the first page the popup began reading before it rendered (lib/ui/first-page.ts). While
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
