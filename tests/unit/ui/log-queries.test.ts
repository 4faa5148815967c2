import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  queryAllForExport,
  queryLastDetectedAt,
  queryLogPage,
  queryStatsRows,
  queryTabHealth,
  subscribe,
  type LogChanges,
  type LogPage,
} from '../../../lib/db/log-queries';
import { createLogReader, type LogReader } from '../../../lib/db/log-reader';
import { createDb, type RadarDb } from '../../../lib/db/schema';
import { DEFAULT_FILTERS, pageMatcher } from '../../../lib/ui/filters';
import { DAY, makeRow, MINUTE, T0 } from './rows';

// Written by Dexie, as the background does; read by the pages' reader on the same IndexedDB.
let db: RadarDb;
let reader: LogReader;
let counter = 0;

/** A change source the test fires by hand, standing in for the background's revision key. */
function manualChanges(): { changes: LogChanges; fire: () => void; listeners: () => number } {
  const listeners = new Set<() => void>();
  return {
    changes: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fire: () => {
      for (const listener of listeners) listener();
    },
    listeners: () => listeners.size,
  };
}

beforeEach(async () => {
  const indexedDB = new IDBFactory();
  const name = `log-queries-${++counter}`;
  db = createDb(name, { indexedDB, IDBKeyRange });
  reader = createLogReader(name, { indexedDB, IDBKeyRange });
  await db.escalations.bulkAdd([
    makeRow({ status: 'resolved', detectedAt: T0 - 1 * MINUTE, customer: 'Newest closed' }),
    makeRow({
      status: 'open',
      detectedAt: T0 - 5 * DAY,
      customer: 'Old open',
      platform: 'instagram',
    }),
    makeRow({
      status: 'dismissed',
      detectedAt: T0 - 2 * MINUTE,
      customer: 'Dismissed',
      category: 'high_value',
      categories: ['high_value'],
    }),
    makeRow({ status: 'open', detectedAt: T0 - 1 * DAY, customer: 'Recent open' }),
    makeRow({ status: 'resolved', detectedAt: T0 - 40 * DAY, customer: 'Ancient' }),
  ]);
});

afterEach(() => {
  reader.close();
  db.close();
});

const names = (page: LogPage) => page.rows.map((row) => row.customer);

describe('queryLogPage', () => {
  it('puts a request for a person above older complaints, and an earlier promise first', async () => {
    await db.escalations.bulkAdd([
      makeRow({
        status: 'open',
        detectedAt: T0,
        customer: 'Wants a person',
        category: 'human_request',
        categories: ['human_request', 'complaint'],
      }),
      makeRow({
        status: 'open',
        detectedAt: T0 - 2 * DAY,
        customer: 'Complaint due soon',
        promiseDueAt: T0 + 30 * MINUTE,
      }),
      makeRow({
        status: 'open',
        detectedAt: T0 - 1 * MINUTE,
        customer: 'Big order',
        category: 'high_value',
        categories: ['high_value'],
      }),
    ]);
    const page = await queryLogPage(reader, { status: 'open' }, 50);
    expect(names(page)).toEqual([
      'Wants a person',
      'Complaint due soon',
      'Old open',
      'Recent open',
      'Big order',
    ]);
  });

  it('lists open escalations first (most urgent, then waiting longest), then the rest, newest first', async () => {
    const page = await queryLogPage(reader, { status: 'all' }, 50);
    expect(names(page)).toEqual([
      'Old open',
      'Recent open',
      'Newest closed',
      'Dismissed',
      'Ancient',
    ]);
    expect(page).toMatchObject({ hasMore: false, openCount: 2 });
  });

  it('counts open escalations like the badge: a snoozed one is listed but not counted', async () => {
    const id = await db.escalations.add(
      makeRow({
        status: 'open',
        detectedAt: T0,
        customer: 'Snoozed',
        snoozedUntil: Date.now() + DAY,
      }),
    );
    const page = await queryLogPage(reader, { status: 'open' }, 50);
    expect(names(page)).toContain('Snoozed');
    expect(page.openCount).toBe(2);
    await db.escalations.update(id, { snoozedUntil: Date.now() - MINUTE });
    expect((await queryLogPage(reader, { status: 'open' }, 50)).openCount).toBe(3);
  });

  it('lists a snoozed escalation after the open ones it would otherwise precede', async () => {
    await db.escalations.add(
      makeRow({
        status: 'open',
        detectedAt: T0 + DAY,
        customer: 'Snoozed newest',
        snoozedUntil: Date.now() + DAY,
      }),
    );
    const page = await queryLogPage(reader, { status: 'all' }, 50);
    expect(names(page).slice(0, 3)).toEqual(['Old open', 'Recent open', 'Snoozed newest']);
  });

  it('stops at the limit and says there is more', async () => {
    const page = await queryLogPage(reader, { status: 'all' }, 3);
    expect(names(page)).toEqual(['Old open', 'Recent open', 'Newest closed']);
    expect(page.hasMore).toBe(true);
    const openOnly = await queryLogPage(reader, { status: 'open' }, 1);
    expect(names(openOnly)).toEqual(['Old open']);
    expect(openOnly.hasMore).toBe(true);
  });

  it('without a row test, lists the same page at every limit as with one that passes every row', async () => {
    // Open rows newer than, between and older than the closed ones.
    await db.escalations.bulkAdd(
      Array.from({ length: 12 }, (_, i) =>
        makeRow({
          status: i % 3 === 0 ? 'open' : i % 3 === 1 ? 'resolved' : 'dismissed',
          detectedAt: T0 - i * MINUTE - 30 * MINUTE,
          customer: `Row ${i}`,
        }),
      ),
    );
    for (let limit = 1; limit <= 20; limit++) {
      const tested = await queryLogPage(reader, { status: 'all', match: () => true }, limit);
      expect(await queryLogPage(reader, { status: 'all' }, limit)).toEqual(tested);
    }
  });

  it('asks for the open rows and the newest limit + 1 rows at once, two reads in all, for the first page', async () => {
    const asked: { store: string; options: object | undefined }[] = [];
    const counting: LogReader = {
      ...reader,
      read: (store, options) => {
        asked.push({ store, options });
        return reader.read(store, options);
      },
    };
    const pending = queryLogPage(counting, { status: 'all' }, 3);
    // Both asked before either answered.
    expect(asked).toEqual([
      { store: 'escalations', options: { index: 'status', equals: 'open' } },
      {
        store: 'escalations',
        options: { index: 'detectedAt', direction: 'prev', test: undefined, limit: 4 },
      },
    ]);
    expect(names(await pending)).toEqual(['Old open', 'Recent open', 'Newest closed']);
    expect(asked).toHaveLength(2);
  });

  it('filters by status, platform, category and search', async () => {
    const by = (change: Partial<typeof DEFAULT_FILTERS>) => {
      const filters = { ...DEFAULT_FILTERS, ...change };
      return queryLogPage(reader, { status: filters.status, match: pageMatcher(filters) }, 50).then(
        names,
      );
    };
    expect(await by({ status: 'resolved' })).toEqual(['Newest closed', 'Ancient']);
    expect(await by({ status: 'dismissed' })).toEqual(['Dismissed']);
    expect(await by({ platform: 'instagram' })).toEqual(['Old open']);
    expect(await by({ category: 'high_value' })).toEqual(['Dismissed']);
    expect(await by({ search: 'recent' })).toEqual(['Recent open']);
  });
});

it('reads the stats rows, the newest time, the export and tab health through indexes', async () => {
  expect((await queryStatsRows(reader, T0 - 31 * DAY)).map((r) => r.customer).sort()).toEqual([
    'Dismissed',
    'Newest closed',
    'Old open',
    'Recent open',
  ]);
  expect(await queryLastDetectedAt(reader)).toBe(T0 - MINUTE);
  expect((await queryAllForExport(reader)).map((r) => r.customer)).toEqual([
    'Newest closed',
    'Dismissed',
    'Recent open',
    'Old open',
    'Ancient',
  ]);
  await db.tabHealth.bulkPut([
    { tabId: 9, platform: 'whatsapp', state: 'connected', missing: [], reportedAt: T0 },
    { tabId: 3, platform: 'instagram', state: 'unrecognised', missing: ['inbox'], reportedAt: T0 },
  ]);
  expect((await queryTabHealth(reader)).map((r) => r.tabId)).toEqual([3, 9]);
});

it('re-reads on every announced change and stops after unsubscribe', async () => {
  const source = manualChanges();
  const pages: LogPage[] = [];
  const stop = subscribe(
    source.changes,
    () => queryLogPage(reader, { status: 'open' }, 50),
    (page) => pages.push(page),
    (error) => {
      throw error;
    },
  );
  await expect.poll(() => pages.length).toBe(1);
  await db.escalations.add(
    makeRow({
      status: 'open',
      detectedAt: T0,
      customer: 'Brand new',
      category: 'human_request',
      categories: ['human_request'],
    }),
  );
  source.fire();
  await expect.poll(() => pages.at(-1)?.rows[0]?.customer).toBe('Brand new');
  stop();
  expect(source.listeners()).toBe(0);
  const seen = pages.length;
  await db.escalations.add(makeRow({ status: 'open', detectedAt: T0 + 1, customer: 'After stop' }));
  source.fire();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(pages.length).toBe(seen);
});

it('never overlaps runs: changes during a run give one more run, with the latest value', async () => {
  const source = manualChanges();
  let version = 0;
  let running = 0;
  let overlapped = false;
  const values: number[] = [];
  const stop = subscribe(
    source.changes,
    async () => {
      running++;
      if (running > 1) overlapped = true;
      const seen = version;
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      return seen;
    },
    (value) => values.push(value),
    (error) => {
      throw error;
    },
  );
  version = 1;
  source.fire();
  version = 2;
  source.fire();
  await expect.poll(() => values.at(-1)).toBe(2);
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(values).toEqual([2]);
  expect(overlapped).toBe(false);
  stop();
});

it('reports a failed run and recovers on the next change', async () => {
  const source = manualChanges();
  let fail = true;
  const values: string[] = [];
  const errors: unknown[] = [];
  const stop = subscribe(
    source.changes,
    () => (fail ? Promise.reject(new Error('boom')) : Promise.resolve('ok')),
    (value) => values.push(value),
    (error) => errors.push(error),
  );
  await expect.poll(() => errors.length).toBe(1);
  fail = false;
  source.fire();
  await expect.poll(() => values).toEqual(['ok']);
  stop();
});
