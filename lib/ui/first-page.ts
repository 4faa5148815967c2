/**
 * The popup's first page, read before the app renders: the popup's script opens the database and
 * reads the page the popup opens on (default filters, PAGE_SIZE rows) first thing, and the app
 * shows that read instead of starting the same read again (`useLogPage`).
 */
import { queryLogPage, type LogPage, type LogSource } from '../db/log-queries';
import type { LogReader } from '../db/log-reader';
import { DEFAULT_FILTERS, isFiltered, pageMatcher, type LogFilters } from './filters';

/** Rows per page of the popup's log; "show more" adds as many again. */
export const PAGE_SIZE = 50;

export interface FirstPage {
  /** The reader the page is read through, its connection open: the app reads through it too. */
  reader: LogReader;
  /** The read, started at once. */
  page: Promise<LogPage>;
  /** The page once read, so the app can show it in its very first render. */
  value: LogPage | undefined;
  /** The log changed after the read began, so the page may be out of date. */
  changed: boolean;
  /** Stops noting changes (once the app follows them itself). */
  stop(): void;
}

/**
 * Starts reading the first page. Changes are noted from before the read starts, so a write the
 * read may have missed always marks it out of date.
 */
export function readFirstPage(log: LogSource): FirstPage {
  const first: FirstPage = {
    reader: log.reader,
    page: Promise.resolve({ rows: [], hasMore: false, openCount: 0 }),
    value: undefined,
    changed: false,
    stop: () => undefined,
  };
  first.stop = log.changes(() => {
    first.changed = true;
  });
  first.page = queryLogPage(
    log.reader,
    { status: DEFAULT_FILTERS.status, match: pageMatcher(DEFAULT_FILTERS) },
    PAGE_SIZE,
  );
  first.page.then(
    (page) => {
      first.value = page;
    },
    () => undefined, // the app gets the error from `page` and says so
  );
  return first;
}

/**
 * Resolves once `first`'s read is over (read or failed), or after `ms` if it is not over by then,
 * or at once without a read. The popup's script waits on it before its first render, so
 * that render shows the page, instead of showing the page's frame with "Loading…" first and the
 * page in a second render a moment later (two rounds of rendering, styling, laying out and
 * painting); `ms` caps how long the popup stays blank when the database is slow.
 */
export function firstPageSettled(first: FirstPage | undefined, ms: number): Promise<void> {
  if (!first) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const over = () => {
      clearTimeout(timer);
      resolve();
    };
    first.page.then(over, over);
  });
}

/** Whether `first` is still the page for these filters and this limit. */
export function firstPageFits(first: FirstPage, filters: LogFilters, limit: number): boolean {
  return !first.changed && limit === PAGE_SIZE && !isFiltered(filters);
}
