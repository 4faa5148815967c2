/**
 * The pages' source of log changes: the background bumps LOG_REVISION_KEY in storage.local after
 * every write to the escalations or the tabs' connection state, and the pages re-run their queries
 * when it changes. Lives here, not in lib/db, because lib/db does not talk to the browser API.
 */
import { browser } from 'wxt/browser';
import { createLogReader } from '../../db/log-reader';
import { LOG_REVISION_KEY } from '../../db/names';
import type { LogChanges, LogSource } from '../../db/log-queries';

export const storageLogChanges: LogChanges = (listener) => {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LOG_REVISION_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
  };
};

/**
 * The extension's log as the pages read it: the real database, followed through storage; through
 * `early`, the connection the page already asked for (the popup's, lib/db/early-open.ts).
 */
export function pageLogSource(early?: IDBOpenDBRequest): LogSource {
  return { reader: createLogReader(undefined, undefined, early), changes: storageLogChanges };
}
