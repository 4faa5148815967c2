// The first page the popup reads before its first render: read like the app's own first query,
// marked out of date by any change announced after the read began, and waited for at most so
// long.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryLogPage, type LogChanges, type LogPage } from '../../../lib/db/log-queries';
import { createLogReader, type LogReader } from '../../../lib/db/log-reader';
import { createDb, type RadarDb } from '../../../lib/db/schema';
import { DEFAULT_FILTERS } from '../../../lib/ui/filters';
import {
  firstPageFits,
  firstPageSettled,
  PAGE_SIZE,
  readFirstPage,
} from '../../../lib/ui/first-page';
import { makeRow, MINUTE, T0 } from './rows';

let db: RadarDb;
let reader: LogReader;
let counter = 0;
const listeners = new Set<() => void>();
const changes: LogChanges = (listener) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const announce = () => {
  for (const listener of listeners) listener();
};

beforeEach(async () => {
  const indexedDB = new IDBFactory();
  const name = `first-page-${++counter}`;
  db = createDb(name, { indexedDB, IDBKeyRange });
  reader = createLogReader(name, { indexedDB, IDBKeyRange });
  await db.escalations.bulkAdd(
    Array.from({ length: PAGE_SIZE + 10 }, (_, i) =>
      makeRow({
        customer: `Row ${i}`,
        status: i % 7 === 0 ? 'open' : 'resolved',
        detectedAt: T0 - i * MINUTE,
      }),
    ),
  );
});

afterEach(() => {
  listeners.clear();
  reader.close();
  db.close();
});

describe('readFirstPage', () => {
  it('reads the page the popup opens on, and keeps it once read', async () => {
    const first = readFirstPage({ reader, changes });
    expect(first.reader).toBe(reader);
    const page = await first.page;
    expect(page).toEqual(await queryLogPage(reader, { status: 'all' }, PAGE_SIZE));
    expect(page.rows).toHaveLength(PAGE_SIZE);
    expect(first.value).toBe(page);
    expect(firstPageFits(first, DEFAULT_FILTERS, PAGE_SIZE)).toBe(true);
  });

  it('is out of date once a change is announced, and stops listening when told', async () => {
    const first = readFirstPage({ reader, changes });
    expect(listeners.size).toBe(1);
    announce();
    expect(first.changed).toBe(true);
    expect(firstPageFits(first, DEFAULT_FILTERS, PAGE_SIZE)).toBe(false);
    first.stop();
    expect(listeners.size).toBe(0);
    await first.page;
  });

  it('fits only the default filters and the first page size', async () => {
    const first = readFirstPage({ reader, changes });
    await first.page;
    expect(firstPageFits(first, { ...DEFAULT_FILTERS, status: 'open' }, PAGE_SIZE)).toBe(false);
    expect(firstPageFits(first, { ...DEFAULT_FILTERS, search: 'row' }, PAGE_SIZE)).toBe(false);
    expect(firstPageFits(first, DEFAULT_FILTERS, 2 * PAGE_SIZE)).toBe(false);
  });
});

describe('firstPageSettled', () => {
  /** A first page whose read the test ends by hand. */
  function pending() {
    let end: { resolve: (page: LogPage) => void; reject: (error: Error) => void } | undefined;
    const page = new Promise<LogPage>((resolve, reject) => {
      end = { resolve, reject };
    });
    const first = { ...readFirstPage({ reader, changes }), page };
    return { first, end: end! };
  }
  const EMPTY: LogPage = { rows: [], hasMore: false, openCount: 0 };

  afterEach(() => {
    vi.useRealTimers();
  });

  it('settles when the read ends, read or failed, and not before', async () => {
    vi.useFakeTimers();
    for (const ending of ['read', 'failed'] as const) {
      const { first, end } = pending();
      let settled = false;
      void firstPageSettled(first, 100).then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(99);
      expect(settled).toBe(false);
      if (ending === 'read') end.resolve(EMPTY);
      else end.reject(new Error('no database'));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    }
  });

  it('stops waiting after the given time, and does not wait without an early read', async () => {
    vi.useFakeTimers();
    const { first } = pending();
    let settled = false;
    void firstPageSettled(first, 100).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    let now = false;
    void firstPageSettled(undefined, 100).then(() => {
      now = true;
    });
    await Promise.resolve();
    expect(now).toBe(true);
  });
});
