/**
 * Popup first-screen benchmark (budget in docs/design.md: a 10,000-entry log's first screen in ≤ 100 ms).
 * Seeds 10,000 escalations (30 open) into fake-indexeddb, then times what the popup does before its
 * first screen: the first-page query (open ones by the status index, then newest first along the
 * detectedAt index, 50 rows) through the pages' read-only reader (lib/db/log-reader.ts, on the
 * database Dexie wrote) and rendering the view into jsdom. Node, not a real browser: it
 * measures our query and render work, not Chromium's IndexedDB or layout.
 *   npx tsx scripts/bench/popup.ts [rows]
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { CATEGORIES } from '../../lib/classifier/types';
import { queryLogPage } from '../../lib/db/log-queries';
import { createLogReader } from '../../lib/db/log-reader';
import { createDb, type EscalationRow } from '../../lib/db/schema';
import { DEFAULT_FILTERS, pageMatcher } from '../../lib/ui/filters';
import type { LogEntry } from '../../lib/ui/view-types';

const ROWS = Number(process.argv[2] ?? 10_000);
const OPEN = 30;
const RUNS = 7;
const PAGE = 50;

// jsdom ships no types here (no @types/jsdom in the project): describe the little we use.
interface JsdomModule {
  JSDOM: new (html: string) => { window: Window & typeof globalThis };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
const dom = new JSDOM('<!doctype html><div id="app"></div>');
Object.assign(globalThis, {
  window: dom.window,
  document: dom.window.document,
  navigator: dom.window.navigator,
});
const { render, h } = await import('preact');
const { PopupView } = await import('../../components/popup/PopupView');
const { FIRST_FRAME_ENTRIES } = await import('../../components/popup/EscalationList');
const { UiTextContext } = await import('../../components/shared/i18n');

function seedRow(i: number, now: number): EscalationRow {
  const category = CATEGORIES[i % CATEGORIES.length] ?? 'complaint';
  const isOpen = i % Math.floor(ROWS / OPEN) === 0;
  return {
    platform: i % 3 === 0 ? 'instagram' : 'whatsapp',
    threadKey: `thread-${i}`,
    messageKey: `msg-${i}`,
    customer: `Customer ${i}`,
    category,
    categories: [category],
    score: 0.8,
    lang: 'pt',
    reasons: [`${category}: 'phrase ${i % 40}'`],
    excerpt:
      'O pedido chegou com defeito e eu preciso de uma solução ainda hoje, por favor.'.repeat(2),
    draft: 'Oi! A Marta vai te responder até 15:00.',
    source: 'thread',
    status: isOpen ? 'open' : i % 4 === 0 ? 'dismissed' : 'resolved',
    detectedAt: now - i * 7 * 60_000,
    updatedAt: now - i * 7 * 60_000,
    closedAt: isOpen ? undefined : now - i * 7 * 60_000 + 3_600_000,
    promiseState: 'none',
    reminded: [],
  };
}

const now = Date.now();
const indexedDB = new IDBFactory();
const db = createDb('bench-popup', { indexedDB, IDBKeyRange });
await db.escalations.bulkAdd(Array.from({ length: ROWS }, (_, i) => seedRow(i, now)));
const reader = createLogReader('bench-popup', { indexedDB, IDBKeyRange });
const root = document.getElementById('app');
if (!root) throw new Error('no #app');

/** Waits (up to 2 s of timers) until `count` entries are rendered; returns how many there are. */
async function allItems(at: HTMLElement, count: number): Promise<number> {
  const rendered = () => at.querySelectorAll('[data-testid="escalation-item"]').length;
  for (let tick = 0; tick < 200 && rendered() < count; tick++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return rendered();
}

const samples: { query: number; render: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  render(null, root);
  const start = performance.now();
  const page = await queryLogPage(
    reader,
    { status: 'all', match: pageMatcher(DEFAULT_FILTERS) },
    PAGE,
  );
  const queried = performance.now();
  const text = { t: (key: string) => key, locale: 'en' };
  render(
    h(UiTextContext.Provider, {
      value: text,
      children: h(PopupView, {
        tab: 'log',
        onTab: () => undefined,
        filters: DEFAULT_FILTERS,
        isFiltered: false,
        onFilters: () => undefined,
        entries: page.rows as LogEntry[],
        hasMore: page.hasMore,
        openCount: page.openCount,
        now,
        connections: [],
        onAction: () => undefined,
        onLoadMore: () => undefined,
        onExport: () => undefined,
        stats: null,
      }),
    }),
    root,
  );
  const items = root.querySelectorAll('[data-testid="escalation-item"]').length;
  const rendered = performance.now();
  // The first frame holds the first FIRST_FRAME_ENTRIES entries; the rest follow once it is
  // painted. The figure is the first frame; the whole page is then awaited and checked.
  const firstFrame = Math.min(PAGE, FIRST_FRAME_ENTRIES);
  if (items !== firstFrame)
    throw new Error(`first frame has ${items} items, expected ${firstFrame}`);
  samples.push({ query: queried - start, render: rendered - queried });
  const all = await allItems(root, PAGE);
  if (all !== PAGE) throw new Error(`the page settled with ${all} items, expected ${PAGE}`);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const warm = samples.slice(1);
console.log(
  `popup first screen, ${ROWS} rows (${OPEN} open), first frame of ${Math.min(PAGE, FIRST_FRAME_ENTRIES)} of ${PAGE} entries, Node + fake-indexeddb + jsdom`,
);
console.log(
  `  first run: query ${fmt(samples[0]?.query ?? 0)}, render ${fmt(samples[0]?.render ?? 0)}`,
);
console.log(
  `  median of ${warm.length} warm runs: query ${fmt(median(warm.map((s) => s.query)))}, render ${fmt(median(warm.map((s) => s.render)))}, total ${fmt(median(warm.map((s) => s.query + s.render)))}`,
);
console.log(`  budget: 100 ms (docs/design.md); whole-table read for comparison:`);
const fullStart = performance.now();
await db.escalations.toArray();
console.log(`  toArray() of all ${ROWS} rows: ${fmt(performance.now() - fullStart)}`);
reader.close();
db.close();
