/**
 * Popup first screen in real Chromium (budget in docs/design.md: a 10,000-entry log's first screen in
 * ≤ 100 ms median). The built extension (.output/chrome-mv3) runs in Debian's Chromium; 10,000
 * escalations (30 open, the rest resolved or dismissed over 30 days) are written into its
 * IndexedDB (DB_NAME) from the service worker with raw indexedDB; then popup.html is
 * opened in a fresh tab again and again.
 *
 * Timing, in the popup page itself, from navigation start (performance.now() is relative to the
 * navigation's time origin): an init script, which runs before the popup's own scripts, watches
 * the DOM with a MutationObserver and notes performance.now() when at least 20
 * [data-testid="escalation-item"] are in the document ("in DOM"), then the next animation frame
 * after that ("painted", the first frame that can show them). One warm-up open, then the median
 * of 5 fresh opens (each a new tab, closed afterwards).
 *   npx tsx scripts/bench/popup-chromium.ts [rows]
 */
import { pathToFileURL } from 'node:url';
import { CATEGORIES } from '../../lib/classifier/types';
import { DB_NAME } from '../../lib/db/names';
import type { EscalationRow } from '../../lib/db/schema';
import { chromiumMissing, launchWithExtension, type ExtensionBrowser } from './content';

/** Median first-screen budget (docs/design.md). */
const BUDGET_MS = 100;

const OPEN = 30;
const RUNS = 5;
const FIRST_SCREEN = 20;
const DAY = 86_400_000;

export function seedRows(count: number, now: number): EscalationRow[] {
  const step = Math.floor((30 * DAY) / count);
  return Array.from({ length: count }, (_, i) => {
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'complaint';
    const isOpen = i < OPEN;
    const detectedAt = now - (isOpen ? i * 20 * 60_000 : i * step);
    const platform = i % 3 === 0 ? 'instagram' : 'whatsapp';
    return {
      platform,
      threadKey:
        platform === 'instagram' ? `ig:t:1784234${String(i).padStart(10, '0')}` : `wa:h:${i}`,
      messageKey: `msg-${i}`,
      customer: `Customer ${i}`,
      category,
      categories: [category],
      score: 0.8,
      lang: ['pt', 'en', 'es'][i % 3] ?? 'pt',
      reasons: [`${category}: 'phrase ${i % 40}'`],
      excerpt:
        'O pedido chegou com defeito e eu preciso de uma solução ainda hoje, por favor.'.repeat(2),
      draft: 'Oi! A Marta vai te responder até 15:00.',
      source: i % 2 === 0 ? 'thread' : 'preview',
      status: isOpen ? 'open' : i % 4 === 0 ? 'dismissed' : 'resolved',
      detectedAt,
      updatedAt: detectedAt,
      ...(isOpen ? {} : { closedAt: detectedAt + 3_600_000 }),
      promiseState: 'none',
      reminded: [],
    };
  });
}

/**
 * Writes the rows from the service worker into the database the background's Dexie created.
 * If the background has not created it yet, creates it with the layout Dexie gives schema.ts
 * version 2 (IDB version 20, a store per table, an index per indexed property).
 */
export async function seed(
  browser: ExtensionBrowser,
  rows: EscalationRow[],
): Promise<{ stored: number; created: boolean }> {
  const sw = browser.context.serviceWorkers()[0];
  if (!sw) throw new Error('no service worker');
  return sw.evaluate(
    async ({ rows: data, name: NAME }) => {
      // (No named function consts in here: tsx would wrap them in a helper the worker lacks.)
      let created = true;
      for (let i = 0; i < 50 && created; i++) {
        created = !(await indexedDB.databases()).some((d) => d.name === NAME);
        if (created) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = created ? indexedDB.open(NAME, 20) : indexedDB.open(NAME);
        req.onupgradeneeded = () => {
          const idb = req.result;
          const esc = idb.createObjectStore('escalations', { keyPath: 'id', autoIncrement: true });
          for (const index of ['status', 'detectedAt', 'category', 'platform', 'promiseDueAt'])
            esc.createIndex(index, index);
          esc.createIndex('[platform+threadKey]', ['platform', 'threadKey']);
          idb.createObjectStore('seenMessages', { keyPath: 'key' }).createIndex('seenAt', 'seenAt');
          idb.createObjectStore('tabHealth', { keyPath: 'tabId' });
        };
        req.onsuccess = () => {
          resolve(req.result);
        };
        req.onerror = () => {
          reject(req.error ?? new Error('open failed'));
        };
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('escalations', 'readwrite');
          const store = tx.objectStore('escalations');
          store.clear();
          for (const row of data) store.add(row);
          tx.oncomplete = () => {
            resolve();
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('seed failed'));
          };
        });
        return await new Promise<{ stored: number; created: boolean }>((resolve, reject) => {
          const req = db.transaction('escalations').objectStore('escalations').count();
          req.onsuccess = () => {
            resolve({ stored: req.result, created });
          };
          req.onerror = () => {
            reject(req.error ?? new Error('count failed'));
          };
        });
      } finally {
        db.close();
      }
    },
    { rows, name: DB_NAME },
  );
}

interface Timing {
  inDom: number;
  painted: number;
  items: number;
}

async function openPopup(browser: ExtensionBrowser): Promise<Timing> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript((min: number) => {
      const w = window as unknown as { __firstScreen?: Promise<Timing> };
      w.__firstScreen = new Promise((resolve, reject) => {
        setTimeout(() => {
          reject(new Error(`fewer than ${min} escalation items after 30 s`));
        }, 30_000);
        const observer = new MutationObserver(() => {
          const items = document.querySelectorAll('[data-testid="escalation-item"]').length;
          if (items < min) return;
          observer.disconnect();
          const inDom = performance.now();
          requestAnimationFrame(() => {
            resolve({ inDom, painted: performance.now(), items });
          });
        });
        observer.observe(document, { childList: true, subtree: true });
      });
    }, FIRST_SCREEN);
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    return await page.evaluate(
      () => (window as unknown as { __firstScreen: Promise<Timing> }).__firstScreen,
    );
  } finally {
    await page.close();
  }
}

export async function run(rowCount = 10_000): Promise<void> {
  const missing = chromiumMissing();
  if (missing) {
    console.log(`popup (Chromium) bench skipped: ${missing}`);
    return;
  }
  const browser = await launchWithExtension();
  try {
    const { stored, created } = await seed(browser, seedRows(rowCount, Date.now()));
    if (stored !== rowCount) throw new Error(`seeded ${stored} rows, expected ${rowCount}`);
    if (created) console.log('  (the background had not created the database: created it)');
    const cold = await openPopup(browser);
    const runs: Timing[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await openPopup(browser));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const inDom = median(runs.map((r) => r.inDom));
    const painted = median(runs.map((r) => r.painted));
    console.log(
      `popup first screen in Chromium: ${rowCount} rows (${OPEN} open), ≥ ${FIRST_SCREEN} items, ms from navigation start`,
    );
    console.log(
      `  ${'measure'.padEnd(28)} ${'in DOM'.padStart(8)} ${'painted'.padStart(8)}  ${'budget'.padEnd(9)} result`,
    );
    const line = (name: string, a: number, b: number, judged: boolean) => {
      console.log(
        `  ${name.padEnd(28)} ${a.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(8)}  ${(judged ? `≤ ${BUDGET_MS} ms` : '-').padEnd(9)} ${judged ? (b <= BUDGET_MS ? 'OK' : 'OVER') : ''}`,
      );
    };
    line('first open after seeding', cold.inDom, cold.painted, false);
    line(`median of ${RUNS} fresh opens`, inDom, painted, true);
    console.log(
      `  runs (painted): ${runs.map((r) => r.painted.toFixed(1)).join(', ')}; items on first screen: ${runs[0]?.items ?? 0}`,
    );
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run(process.argv[2] ? Number(process.argv[2]) : undefined);
}
