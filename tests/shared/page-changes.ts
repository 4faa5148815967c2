/**
 * Records a page's mutations as the content runtime's scheduler does (child lists and text, the
 * whole subtree of `root`), so an adapter's incremental reads can be handed the same changes the
 * runtime would hand them.
 */
import type { PageChanges } from '../../lib/platforms/types';

export interface ChangeRecorder {
  /** The changes since the last take (or since recording started). */
  take(): PageChanges;
  stop(): void;
}

export function recordPageChanges(root: Node): ChangeRecorder {
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    take(): PageChanges {
      const records = observer.takeRecords();
      return {
        targets: [...new Set(records.map((r) => r.target))],
        added: records.flatMap((r) => [...r.addedNodes]),
        removed: records.flatMap((r) => [...r.removedNodes]),
      };
    },
    stop: () => {
      observer.disconnect();
    },
  };
}
