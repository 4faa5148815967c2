/**
 * The adapter as the runtime uses it: identical, except that conversation and message keys longer
 * than a report may carry are bounded (start of the key plus a hash of all of it). Rows, the open
 * thread, reports and the background's marks then all use the same key for one conversation,
 * whatever the page's names contain.
 */
import { boundKey, REPORT_LIMITS } from '../limits';
import type { PlatformAdapter } from '../platforms/types';

export function withBoundedKeys(adapter: PlatformAdapter): PlatformAdapter {
  const thread = (key: string) => boundKey(key, REPORT_LIMITS.threadKey);
  const message = (key: string) => boundKey(key, REPORT_LIMITS.messageKey);
  const bounded: PlatformAdapter = {
    platform: adapter.platform,
    isSupportedUrl: (url) => adapter.isSupportedUrl(url),
    health: (doc) => adapter.health(doc),
    observeTargets: (doc) => adapter.observeTargets(doc),
    listRows: (doc) =>
      adapter.listRows(doc).map((row) => {
        const key = thread(row.threadKey);
        return key === row.threadKey ? row : { ...row, threadKey: key };
      }),
    openThread: (doc) => {
      const open = adapter.openThread(doc);
      if (!open) return undefined;
      const key = thread(open.threadKey);
      return key === open.threadKey ? open : { ...open, threadKey: key };
    },
    readMessages: (open) =>
      adapter.readMessages(open).map((m) => {
        const key = message(m.key);
        const threadKey = thread(m.threadKey);
        return key === m.key && threadKey === m.threadKey ? m : { ...m, key, threadKey };
      }),
    composer: (doc) => adapter.composer(doc),
    bannerAnchor: (doc) => adapter.bannerAnchor(doc),
  };
  const sendReady = adapter.sendReady?.bind(adapter);
  if (sendReady) bounded.sendReady = (doc) => sendReady(doc);
  const titleKey = adapter.titleKey?.bind(adapter);
  if (titleKey) bounded.titleKey = (title) => thread(titleKey(title));
  return bounded;
}
