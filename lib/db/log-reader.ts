/**
 * A minimal read-only view of the escalation log's IndexedDB, for the extension's pages (popup,
 * options), so their bundles do without Dexie. The background's Dexie (schema.ts) is the only one
 * that creates, upgrades or writes the database; this reader opens whatever version exists, never
 * a new one: if the database does not exist yet, the log reads as empty and nothing is created.
 * It relies on Dexie's physical layout: one object store per table, and each indexed property
 * ('status', 'detectedAt') an IDB index of the same name.
 * Types only from schema.ts: importing a value from there would bring Dexie into the page.
 */
import { requestExisting } from './early-open';
import { DB_NAME } from './names';
import type { EscalationRow, TabHealthRow, VerdictRow } from './schema';

interface Stores {
  escalations: EscalationRow;
  tabHealth: TabHealthRow;
  verdicts: VerdictRow;
}
type StoreName = keyof Stores;

export interface ReadOptions<T> {
  /** Index to walk; the primary key when absent. */
  index?: 'status' | 'detectedAt' | 'at';
  /** Only this key of the index. */
  equals?: IDBValidKey;
  /** Only keys at or above this one. */
  from?: IDBValidKey;
  /** 'prev' walks from the highest key down. */
  direction?: 'next' | 'prev';
  /** Tested on each row along the index; rows that fail are skipped and not counted. */
  test?: (row: T) => boolean;
  /** Stop after this many rows. */
  limit?: number;
}

export interface LogReader {
  /** Rows of `store` along an index, in index order. */
  read<S extends StoreName>(store: S, options?: ReadOptions<Stores[S]>): Promise<Stores[S][]>;
  /** How many rows of `store` have `key` in `index`. */
  count(store: StoreName, index: 'status', key: IDBValidKey): Promise<number>;
  /** Closes the connection; the next read opens it again. */
  close(): void;
}

export interface ReaderDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/**
 * `getAllRecords` (recent Chromium; not in TypeScript's DOM types yet): many rows along an
 * index in one request, in either direction. Where it is missing, a cursor reads backwards.
 */
interface RecordsSource {
  getAllRecords?: (options: {
    query?: IDBKeyRange | IDBValidKey;
    count?: number;
    direction: 'prev';
  }) => IDBRequest<{ value: unknown }[]>;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });
}

/**
 * The existing database at its current version, or undefined if there is none; through `early`,
 * a request for it already made (startEarlyOpen), pending or answered, when there is one.
 */
function openExisting(
  factory: IDBFactory,
  name: string,
  early?: IDBOpenDBRequest,
): Promise<IDBDatabase | undefined> {
  const request = early ?? requestExisting(factory, name);
  return new Promise((resolve, reject) => {
    const answer = () => {
      const { error } = request;
      if (!error) resolve(request.result);
      // An aborted version change: no database yet (requestExisting).
      else if (error.name === 'AbortError') resolve(undefined);
      else reject(error);
    };
    if (request.readyState === 'done') {
      answer();
      return;
    }
    request.onsuccess = answer;
    request.onerror = (event) => {
      event.preventDefault();
      answer();
    };
  });
}

/**
 * `early`: a request for the connection already made (the popup's, lib/db/early-open.ts); the
 * first read goes through it instead of asking again.
 */
export function createLogReader(
  name = DB_NAME,
  deps?: ReaderDeps,
  early?: IDBOpenDBRequest,
): LogReader {
  let connection: Promise<IDBDatabase | undefined> | undefined;
  let pending = early;

  function open(): Promise<IDBDatabase | undefined> {
    const request = pending;
    pending = undefined;
    connection ??= openExisting(deps?.indexedDB ?? indexedDB, name, request).then(
      (db) => {
        if (db === undefined) {
          connection = undefined; // try again next time: the background may have created it
          return undefined;
        }
        // Let the background's Dexie upgrade the database: step aside, reopen on the next read.
        db.onversionchange = () => {
          db.close();
          connection = undefined;
        };
        db.onclose = () => {
          connection = undefined;
        };
        return db;
      },
      (error: unknown) => {
        connection = undefined;
        throw error;
      },
    );
    return connection;
  }

  /** The store inside a fresh read-only transaction, or undefined when there is nothing to read. */
  async function objectStore(store: StoreName, retry = true): Promise<IDBObjectStore | undefined> {
    const db = await open();
    if (!db?.objectStoreNames.contains(store)) return undefined;
    try {
      return db.transaction(store, 'readonly').objectStore(store);
    } catch (error) {
      // Closed under us (an upgrade began between open and read): reopen once.
      if (!retry || !(error instanceof DOMException) || error.name !== 'InvalidStateError')
        throw error;
      connection = undefined;
      return objectStore(store, false);
    }
  }

  function range(
    options: Pick<ReadOptions<never>, 'equals' | 'from'>,
  ): IDBKeyRange | IDBValidKey | undefined {
    if (options.equals !== undefined) return options.equals;
    if (options.from === undefined) return undefined;
    return (deps?.IDBKeyRange ?? IDBKeyRange).lowerBound(options.from);
  }

  return {
    async read<S extends StoreName>(
      store: S,
      options: ReadOptions<Stores[S]> = {},
    ): Promise<Stores[S][]> {
      const { test, limit = Infinity } = options;
      if (limit <= 0) return [];
      const objects = await objectStore(store);
      if (!objects) return [];
      const source = options.index === undefined ? objects : objects.index(options.index);
      const count = Number.isFinite(limit) ? limit : undefined;
      if (test === undefined && options.direction !== 'prev') {
        return done(source.getAll(range(options), count) as IDBRequest<Stores[S][]>);
      }
      const { getAllRecords } = source as RecordsSource;
      if (test === undefined && getAllRecords) {
        const records = getAllRecords.call(source, {
          query: range(options),
          count,
          direction: 'prev',
        });
        return (await done(records)).map((record) => record.value as Stores[S]);
      }
      const request = source.openCursor(range(options), options.direction ?? 'next');
      return new Promise((resolve, reject) => {
        const rows: Stores[S][] = [];
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) {
            resolve(rows);
            return;
          }
          try {
            const row = cursor.value as Stores[S];
            if (test === undefined || test(row)) rows.push(row);
            if (rows.length >= limit) resolve(rows);
            else cursor.continue();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
        request.onerror = () => {
          reject(request.error ?? new Error('IndexedDB cursor failed'));
        };
      });
    },

    async count(store, index, key) {
      const objects = await objectStore(store);
      if (!objects) return 0;
      return done(objects.index(index).count(key));
    },

    close() {
      const pending = connection;
      connection = undefined;
      void pending?.then((db) => db?.close()).catch(() => undefined);
    },
  };
}
