/**
 * The popup's connection to the log, asked for by the popup's first, tiny script
 * (entrypoints/popup-open) while the app's module is still loading, and taken over by the app's
 * reader (createLogReader's `early`). The first connection of a page is the slow step of its
 * first read: asked for first thing, it is ready sooner.
 */
import { DB_NAME } from './names';

/** Where the request waits for the app (one global of the popup's page). */
const SLOT = '__radarLogOpen';

type Slot = Record<typeof SLOT, IDBOpenDBRequest | undefined>;

/**
 * Asks for the existing database at its current version. Opened without a version, only a
 * database that does not exist upgrades: the version change is aborted, leaving it uncreated for
 * the background's Dexie, and the request fails with an AbortError (the reader reads that as "no
 * log yet").
 */
export function requestExisting(factory: IDBFactory, name: string): IDBOpenDBRequest {
  const request = factory.open(name);
  request.onupgradeneeded = () => {
    request.transaction?.abort();
  };
  request.onerror = (event) => {
    event.preventDefault(); // the reader reports what matters when it takes the request over
  };
  return request;
}

/** Asks for the connection (requestExisting) and leaves the request for the app. */
export function startEarlyOpen(factory: IDBFactory = indexedDB, name = DB_NAME): void {
  (globalThis as unknown as Slot)[SLOT] = requestExisting(factory, name);
}

/** The request startEarlyOpen left, once (undefined when there is none). */
export function takeEarlyOpen(): IDBOpenDBRequest | undefined {
  const slot = globalThis as unknown as Slot;
  const request = slot[SLOT];
  slot[SLOT] = undefined;
  return request;
}
