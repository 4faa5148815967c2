import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  queryAllForExport,
  queryLastDetectedAt,
  queryLogPage,
  queryStatsRows,
  queryTabHealth,
  subscribeLogPage,
  type LogPage,
} from '../../../lib/db/log-queries';
import { createDb, type RadarDb } from '../../../lib/db/schema';
import { DEFAULT_FILTERS, rowMatcher } from '../../../lib/ui/filters';
import { DAY, makeRow, MINUTE, T0 } from './rows';

let db: RadarDb;
let counter = 0;

beforeEach(async () => {
  db = createDb(`log-queries-${++counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
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
  db.close();
});

const names = (page: LogPage) => page.rows.map((row) => row.customer);

describe('queryLogPage', () => {
  it('lists open escalations first, then the rest, newest first', async () => {
    const page = await queryLogPage(db, { status: 'all' }, 50);
    expect(names(page)).toEqual([
      'Recent open',
      'Old open',
      'Newest closed',
      'Dismissed',
      'Ancient',
    ]);
    expect(page).toMatchObject({ hasMore: false, openCount: 2 });
  });

  it('stops at the limit and says there is more', async () => {
    const page = await queryLogPage(db, { status: 'all' }, 3);
    expect(names(page)).toEqual(['Recent open', 'Old open', 'Newest closed']);
    expect(page.hasMore).toBe(true);
    const openOnly = await queryLogPage(db, { status: 'open' }, 1);
    expect(names(openOnly)).toEqual(['Recent open']);
    expect(openOnly.hasMore).toBe(true);
  });

  it('filters by status, platform, category and search', async () => {
    const by = (change: Partial<typeof DEFAULT_FILTERS>) => {
      const filters = { ...DEFAULT_FILTERS, ...change };
      return queryLogPage(db, { status: filters.status, match: rowMatcher(filters) }, 50).then(
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
  expect((await queryStatsRows(db, T0 - 31 * DAY)).map((r) => r.customer).sort()).toEqual([
    'Dismissed',
    'Newest closed',
    'Old open',
    'Recent open',
  ]);
  expect(await queryLastDetectedAt(db)).toBe(T0 - MINUTE);
  expect((await queryAllForExport(db)).map((r) => r.customer)).toEqual([
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
  expect((await queryTabHealth(db)).map((r) => r.tabId)).toEqual([3, 9]);
});

it('follows changes with liveQuery and stops after unsubscribe', async () => {
  const pages: LogPage[] = [];
  const stop = subscribeLogPage(
    db,
    { status: 'open' },
    50,
    (page) => pages.push(page),
    (error) => {
      throw error;
    },
  );
  await expect.poll(() => pages.length).toBe(1);
  await db.escalations.add(makeRow({ status: 'open', detectedAt: T0, customer: 'Brand new' }));
  await expect.poll(() => pages.at(-1)?.rows[0]?.customer).toBe('Brand new');
  stop();
  const seen = pages.length;
  await db.escalations.add(makeRow({ status: 'open', detectedAt: T0 + 1, customer: 'After stop' }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(pages.length).toBe(seen);
});
