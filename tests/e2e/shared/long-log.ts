// A log longer than the popup's first page, written straight into the extension's IndexedDB
// (database 'escalation-radar', store 'escalations', created by the background): `open` open
// escalations, then closed ones, one minute apart, newest first.
import type { EscalationRow } from '../../../lib/db/schema';

export function longLog(count: number, open: number, now: number): EscalationRow[] {
  return Array.from({ length: count }, (_, i) => {
    const detectedAt = now - (i + 1) * 60_000;
    const isOpen = i < open;
    return {
      platform: 'whatsapp',
      threadKey: `wa:h:long-${i}`,
      messageKey: `long-${i}`,
      customer: `Customer ${i}`,
      category: 'complaint',
      categories: ['complaint'],
      score: 0.9,
      lang: 'en',
      reasons: ["complaint: 'arrived broken'"],
      excerpt: `The order arrived broken (${i})`,
      draft: 'Hi! Marta will answer you by 15:00.',
      source: 'thread',
      status: isOpen ? 'open' : 'resolved',
      detectedAt,
      updatedAt: detectedAt,
      ...(isOpen ? {} : { closedAt: detectedAt + 1_000 }),
      promiseState: 'none',
      reminded: [],
    };
  });
}

/**
 * Adds the rows in one transaction; run inside an extension page or the service worker. The
 * background creates the log a moment after it starts: until it has, the open is asked again
 * (opening a missing log here would create it empty, without its stores).
 */
export function addRows(rows: EscalationRow[]): Promise<number> {
  const attempt = (resolve: (count: number) => void, reject: (error: unknown) => void) => {
    const request = indexedDB.open('escalation-radar');
    let missing = false;
    request.onupgradeneeded = () => {
      missing = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      if (!missing) {
        reject(request.error ?? new Error('indexedDB.open failed'));
        return;
      }
      event.preventDefault();
      setTimeout(() => attempt(resolve, reject), 50);
    };
    request.onsuccess = () => {
      const db = request.result;
      try {
        const tx = db.transaction('escalations', 'readwrite');
        const store = tx.objectStore('escalations');
        for (const row of rows) store.add(row);
        tx.oncomplete = () => {
          db.close();
          resolve(rows.length);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error ?? new Error('add failed'));
        };
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  };
  return new Promise<number>(attempt);
}
