/**
 * Names shared by every code path that reaches the escalation log: the IndexedDB database's name
 * and the storage.local key the background bumps after each change. No imports, so the pages, the
 * background, the tests and the benchmarks can all take them without pulling in Dexie.
 */

/** The escalation log's IndexedDB database, in the extension's own origin. */
export const DB_NAME = 'escalation-radar';

/**
 * The storage.local key the background sets to the current time after every change to the
 * escalations or the tabs' connection state; the pages listen for it to re-run their queries.
 */
export const LOG_REVISION_KEY = 'logRevision';
