// The pages' read-only reader against the database exactly as the background's Dexie lays it out:
// seeded through createDb (schema.ts) and read on the same IndexedDB factory. It must never create
// or upgrade the database, and must step aside when Dexie upgrades it.
import { IDBFactory, IDBIndex, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryLogPage } from '@/lib/db/log-queries';
import { startEarlyOpen, takeEarlyOpen } from '@/lib/db/early-open';
import { createLogReader, type LogReader } from '@/lib/db/log-reader';
import { DB_NAME } from '@/lib/db/names';
import { createDb, type EscalationRow, type RadarDb } from '@/lib/db/schema';
import { makeRow } from '../ui/rows';

const opened: { close(): void }[] = [];
let counter = 0;

function track<T extends { close(): void }>(handle: T): T {
  opened.push(handle);
  return handle;
}

afterEach(() => {
  for (const handle of opened.splice(0)) handle.close();
});

async function seeded(rows: EscalationRow[]): Promise<{
  db: RadarDb;
  reader: LogReader;
  indexedDB: IDBFactory;
  name: string;
}> {
  const indexedDB = new IDBFactory();
  const name = `reader-${++counter}`;
  const db = track(createDb(name, { indexedDB, IDBKeyRange }));
  await db.escalations.bulkAdd(rows);
  const reader = track(createLogReader(name, { indexedDB, IDBKeyRange }));
  return { db, reader, indexedDB, name };
}

const customers = (rows: EscalationRow[]) => rows.map((row) => row.customer);

describe('log reader over the Dexie layout', () => {
  it('reads the rows Dexie wrote, ids included, along the status and detectedAt indexes', async () => {
    const { db, reader } = await seeded([
      makeRow({ customer: 'A', status: 'open', detectedAt: 30 }),
      makeRow({ customer: 'B', status: 'resolved', detectedAt: 10 }),
      makeRow({ customer: 'C', status: 'open', detectedAt: 20 }),
      makeRow({ customer: 'D', status: 'dismissed', detectedAt: 40 }),
    ]);
    expect(await reader.read('escalations', { index: 'status', equals: 'open' })).toEqual(
      await db.escalations.where('status').equals('open').toArray(),
    );
    const newest = await reader.read('escalations', {
      index: 'detectedAt',
      direction: 'prev',
      limit: 2,
    });
    expect(customers(newest)).toEqual(['D', 'A']);
    expect(newest.map((row) => row.id)).toEqual([4, 1]);
    expect(customers(await reader.read('escalations', { index: 'detectedAt', from: 20 }))).toEqual([
      'C',
      'A',
      'D',
    ]);
    expect(await reader.count('escalations', 'status', 'open')).toBe(2);
  });

  it('applies the test along the cursor and counts only passing rows toward the limit', async () => {
    const { reader } = await seeded(
      Array.from({ length: 20 }, (_, i) =>
        makeRow({ customer: `R${i}`, status: i % 2 ? 'resolved' : 'open', detectedAt: i }),
      ),
    );
    const rows = await reader.read('escalations', {
      index: 'detectedAt',
      direction: 'prev',
      test: (row) => row.status === 'resolved',
      limit: 3,
    });
    expect(customers(rows)).toEqual(['R19', 'R17', 'R15']);
    expect(await reader.read('escalations', { limit: 0 })).toEqual([]);
  });

  it('reads the newest rows in one getAllRecords request, and by cursor where the browser lacks it', async () => {
    const { reader } = await seeded(
      Array.from({ length: 30 }, (_, i) =>
        // Two rows per time, so the order among equal keys counts too.
        makeRow({ customer: `R${i}`, detectedAt: Math.floor(i / 2) }),
      ),
    );
    const newest = { index: 'detectedAt', direction: 'prev', limit: 7 } as const;
    // fake-indexeddb has it; TypeScript's DOM types do not yet.
    const index = IDBIndex.prototype as IDBIndex & { getAllRecords: (options: object) => unknown };
    const records = vi.spyOn(index, 'getAllRecords');
    const cursor = vi.spyOn(IDBIndex.prototype, 'openCursor');
    try {
      const inOne = await reader.read('escalations', newest);
      expect(customers(inOne)).toEqual(['R29', 'R28', 'R27', 'R26', 'R25', 'R24', 'R23']);
      expect(records).toHaveBeenCalledTimes(1);
      expect(cursor).not.toHaveBeenCalled();
      // As in Firefox: no getAllRecords; the cursor gives the same rows.
      Object.defineProperty(index, 'getAllRecords', {
        value: undefined,
        configurable: true,
      });
      expect(await reader.read('escalations', newest)).toEqual(inOne);
      expect(cursor).toHaveBeenCalledTimes(1);
    } finally {
      records.mockRestore();
      cursor.mockRestore();
    }
    expect(typeof index.getAllRecords).toBe('function');
  });

  it('reads the tab health table whole', async () => {
    const { db, reader } = await seeded([]);
    await db.tabHealth.bulkPut([
      { tabId: 4, platform: 'whatsapp', state: 'connected', missing: [], reportedAt: 1 },
      { tabId: 2, platform: 'instagram', state: 'loading', missing: [], reportedAt: 2 },
    ]);
    expect((await reader.read('tabHealth')).map((row) => row.tabId)).toEqual([2, 4]);
  });

  it('sees writes made after it opened', async () => {
    const { db, reader } = await seeded([makeRow({ customer: 'First', detectedAt: 1 })]);
    expect(await reader.count('escalations', 'status', 'open')).toBe(1);
    await db.escalations.add(makeRow({ customer: 'Second', detectedAt: 2 }));
    expect(await reader.count('escalations', 'status', 'open')).toBe(2);
  });
});

describe('a database that does not exist yet', () => {
  it('reads as an empty log and is not created', async () => {
    const indexedDB = new IDBFactory();
    const reader = track(createLogReader(DB_NAME, { indexedDB, IDBKeyRange }));
    expect(await queryLogPage(reader, { status: 'all' }, 50)).toEqual({
      rows: [],
      hasMore: false,
      openCount: 0,
    });
    expect(await reader.read('tabHealth')).toEqual([]);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('lets Dexie create it afterwards, then reads it', async () => {
    const indexedDB = new IDBFactory();
    const name = `reader-late-${++counter}`;
    const reader = track(createLogReader(name, { indexedDB, IDBKeyRange }));
    expect(await reader.read('escalations')).toEqual([]);
    const db = track(createDb(name, { indexedDB, IDBKeyRange }));
    await db.escalations.add(makeRow({ customer: 'Late' }));
    expect(customers(await reader.read('escalations'))).toEqual(['Late']);
    // Dexie's physical version (its version × 10), untouched by the reader.
    expect(await indexedDB.databases()).toEqual([{ name, version: 30 }]);
  });
});

it('closes for an upgrade by the background and reads the upgraded database after', async () => {
  const { db, reader, indexedDB, name } = await seeded([makeRow({ customer: 'Kept' })]);
  expect(await reader.count('escalations', 'status', 'open')).toBe(1);
  db.close();
  // A later release adds a version; the open reader must not block its upgrade.
  const next = track(createDb(name, { indexedDB, IDBKeyRange }));
  next.version(4).stores({ escalations: '++id, status, detectedAt, updatedAt' });
  await next.open();
  expect(next.verno).toBe(4);
  expect(customers(await reader.read('escalations', { index: 'status', equals: 'open' }))).toEqual([
    'Kept',
  ]);
});

describe('the connection the popup asked for first (early open)', () => {
  /** The factory's open, counted. */
  function counted(indexedDB: IDBFactory) {
    const open = vi.spyOn(indexedDB, 'open');
    return () => open.mock.calls.length;
  }

  it('reads through it, pending or already open, and asks for no other', async () => {
    for (const wait of [false, true]) {
      const { indexedDB, name } = await seeded([makeRow({ customer: 'Early' })]);
      const opens = counted(indexedDB);
      startEarlyOpen(indexedDB, name);
      const early = takeEarlyOpen();
      expect(early).toBeDefined();
      expect(takeEarlyOpen()).toBeUndefined(); // taken once
      if (wait) await new Promise((resolve) => setTimeout(resolve, 20));
      const reader = track(createLogReader(name, { indexedDB, IDBKeyRange }, early));
      expect(customers(await reader.read('escalations'))).toEqual(['Early']);
      expect(await reader.count('escalations', 'status', 'open')).toBe(1);
      expect(opens()).toBe(1);
    }
  });

  it('leaves a missing database uncreated, and opens it once the background has made it', async () => {
    for (const wait of [false, true]) {
      const indexedDB = new IDBFactory();
      const name = `reader-early-missing-${++counter}`;
      startEarlyOpen(indexedDB, name);
      if (wait) await new Promise((resolve) => setTimeout(resolve, 20));
      const reader = track(createLogReader(name, { indexedDB, IDBKeyRange }, takeEarlyOpen()));
      expect(await reader.read('escalations')).toEqual([]);
      expect(await indexedDB.databases()).toEqual([]);
      const db = track(createDb(name, { indexedDB, IDBKeyRange }));
      await db.escalations.add(makeRow({ customer: 'Later' }));
      expect(customers(await reader.read('escalations'))).toEqual(['Later']);
    }
  });
});

describe('an open that fails for another reason than a missing database', () => {
  /** A request the browser answers with `error` on the next task, as a failed open does. */
  function failingRequest(error: DOMException): IDBOpenDBRequest {
    const request = {
      readyState: 'pending',
      error: null as DOMException | null,
      result: undefined,
      transaction: null,
      onsuccess: null as (() => void) | null,
      onerror: null as ((event: { preventDefault(): void }) => void) | null,
      onupgradeneeded: null,
    };
    setTimeout(() => {
      request.readyState = 'done';
      request.error = error;
      request.onerror?.({ preventDefault: () => undefined });
    }, 0);
    return request as unknown as IDBOpenDBRequest;
  }

  it('is reported, and the next read asks again', async () => {
    for (const early of [false, true]) {
      const { indexedDB, name } = await seeded([makeRow({ customer: 'Second try' })]);
      const failure = new DOMException('the disk said no', 'UnknownError');
      const open = vi.spyOn(indexedDB, 'open');
      if (!early) open.mockImplementationOnce(() => failingRequest(failure));
      const reader = track(
        createLogReader(
          name,
          { indexedDB, IDBKeyRange },
          early ? failingRequest(failure) : undefined,
        ),
      );
      await expect(reader.read('escalations')).rejects.toBe(failure);
      expect(customers(await reader.read('escalations'))).toEqual(['Second try']);
      expect(open).toHaveBeenCalledTimes(early ? 1 : 2);
    }
  });
});
