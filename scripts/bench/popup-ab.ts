/**
 * Popup first screen, two or more builds compared in one Chromium (the same figure as
 * popup-chromium.ts: ms from navigation start to the frame after 20 entries are in the document).
 * On a shared machine the load moves a lot from one run of popup-chromium.ts to the next, more
 * than a change to the popup does; here every build is loaded at once as its own extension, each
 * gets the same 10,000-entry log, and their popups are opened in turn (A B, B A, A B, …) many
 * times, so each build sees the same load. Prints, per build, the median time of each step:
 *   open     the first IndexedDB open (the popup's first page read begins)
 *   dcl      DOMContentLoaded (the main module has run)
 *   opened   that open's success
 *   read     the open escalations' read done (the first page's first request)
 *   inDom    20 entries in the document
 *   painted  the next animation frame after that: the budget's figure
 * With --trace, every open is traced instead (tracing slows the page: the steps are then only
 * good for comparing builds with each other), and the popup renderer's main thread is counted
 * from navigation start to "painted": its processor time, the number of tasks it ran, and the
 * processor time of the task that put the entries in the document (the first render). Processor
 * time moves less with the machine's load than wall time does.
 * With --toolbar, each build's toolbar popup is opened instead (chrome.action.openPopup(), as
 * popup-chromium.ts judges it, nothing of the bench in the page): loaded (its load event, when
 * Chromium shows the popup), painted and shown (its first contentful paint: the list), read from
 * its own entries afterwards. With --trace as well, the whole browser is traced during each open
 * and the popup renderer's main thread is counted from navigation start to the end of the first
 * paint of the list: processor time (cpu), layout and style processor time, and the elements
 * restyled (the trace's own count); with the times, from navigation start, at which the browser
 * showed the popup's bubble (bubble), the popup asked IndexedDB for its connection (open) and the
 * answer the list was rendered in came (read).
 *   npx tsx scripts/bench/popup-ab.ts [--opens N] [--trace] [--toolbar] DIR_A DIR_B …
 * Each DIR is a Chrome build (a copy of .output/chrome-mv3, e.g. made before and after a change).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { extensionArgs } from '../../tests/e2e/shared/chromium-args';
import { openToolbarPopup, seed, seedRows } from './popup-chromium';
import type { TraceEvent } from './trace-event';

const ROWS = 10_000;
const FIRST_SCREEN = 20;
const STEPS = ['open', 'dcl', 'opened', 'read', 'inDom', 'painted'] as const;
const COUNTS = ['cpu', 'tasks', 'render'] as const;
const TOOLBAR_STEPS = ['loaded', 'painted', 'shown'] as const;
const TOOLBAR_COUNTS = ['cpu', 'layout', 'style', 'restyled', 'bubble', 'open', 'read'] as const;
type Marks = Partial<
  Record<
    | (typeof STEPS)[number]
    | (typeof COUNTS)[number]
    | (typeof TOOLBAR_STEPS)[number]
    | (typeof TOOLBAR_COUNTS)[number],
    number
  >
>;

/** The id Chromium gives an unpacked extension: its absolute path's SHA-256, digits as a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

// Runs in each popup before its own scripts (a string: nothing of tsx's output gets in).
const MARKS = `(() => {
  const marks = {};
  const mark = (step) => {
    if (step in marks) return;
    marks[step] = performance.now();
    performance.mark('radar:' + step + ':' + marks[step]);
  };
  mark('start');
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    mark('open');
    const request = open.apply(this, args);
    request.addEventListener('success', () => mark('opened'));
    return request;
  };
  const getAll = IDBIndex.prototype.getAll;
  IDBIndex.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    request.addEventListener('success', () => mark('read'));
    return request;
  };
  document.addEventListener('DOMContentLoaded', () => mark('dcl'));
  window.__firstScreen = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('[data-testid="escalation-item"]').length < ${FIRST_SCREEN}) return;
      observer.disconnect();
      mark('inDom');
      requestAnimationFrame(() => { mark('painted'); resolve(marks); });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
})()`;

async function stopTracing(session: CDPSession, events: TraceEvent[]): Promise<TraceEvent[]> {
  const complete = new Promise<void>((resolve) => {
    session.once('Tracing.tracingComplete', () => {
      resolve();
    });
  });
  await session.send('Tracing.end');
  await complete;
  return events;
}

/**
 * The popup renderer's main thread until "painted": the trace's time of each step mark (µs, the
 * mark's name carries its performance.now()) gives navigation start in trace time.
 */
function mainThreadCounts(events: TraceEvent[]): Pick<Marks, 'cpu' | 'tasks' | 'render'> {
  const at = (step: string) => events.find((e) => e.name.startsWith(`radar:${step}:`));
  const painted = at('painted');
  const inDom = at('inDom');
  if (!painted || !inDom) return {};
  const main = events.find(
    (e) => e.pid === painted.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const start = at('start');
  const origin = start ? start.ts - Number(start.name.split(':')[2]) * 1000 : 0;
  const tasks = events.filter(
    (e) =>
      e.pid === painted.pid &&
      e.tid === main?.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.ts >= origin &&
      e.ts < painted.ts,
  );
  const render = tasks.find((e) => e.ts <= inDom.ts && inDom.ts <= e.ts + (e.dur ?? 0));
  return {
    cpu: tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
    tasks: tasks.length,
    render: (render?.tdur ?? 0) / 1000,
  };
}

/**
 * The toolbar popup's renderer in a whole-browser trace: its main thread from navigation start to
 * the end of the first paint after the list's layout (the first layout of more than 500 objects).
 * Also when (ms from navigation start) the browser showed the popup's bubble, the popup asked
 * IndexedDB for its first connection, and the answer the list was rendered in came.
 */
function toolbarCounts(
  events: TraceEvent[],
): Pick<Marks, 'cpu' | 'layout' | 'style' | 'restyled' | 'bubble' | 'open' | 'read'> {
  const starts = events.filter(
    (e) => e.name === 'navigationStart' && JSON.stringify(e.args ?? {}).includes('/popup.html'),
  );
  const start = starts[starts.length - 1];
  if (!start) return {};
  const main = events.find(
    (e) => e.pid === start.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const own = events
    .filter((e) => e.pid === start.pid && e.tid === main?.tid && e.ph === 'X' && e.ts >= start.ts)
    .sort((a, b) => a.ts - b.ts);
  const list = own.find((e) => e.name === 'Layout' && (e.args?.beginData?.dirtyObjects ?? 0) > 500);
  const paint = own.find((e) => e.name === 'Paint' && list && e.ts > list.ts);
  if (!paint) return {};
  const before = own.filter((e) => e.ts < paint.ts + (paint.dur ?? 0));
  const cpu = (name: string) =>
    before.filter((e) => e.name === name).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  const since = (event: TraceEvent | undefined) =>
    event ? (event.ts - start.ts) / 1000 : undefined;
  const browser = events.find((e) => e.name === 'process_name' && e.args?.name === 'Browser');
  const styled = own.find(
    (e) => e.name === 'UpdateLayoutTree' && (e.args?.elementCount ?? 0) > 500,
  );
  const answers = own.filter(
    (e) => e.name === 'IDBRequest::SendResult' && styled !== undefined && e.ts < styled.ts,
  );
  return {
    bubble: since(
      events.find((e) => e.pid === browser?.pid && e.name === 'Widget::Show' && e.ts >= start.ts),
    ),
    open: since(own.find((e) => e.name === 'IDBFactory::openRequestSetup')),
    read: since(answers[answers.length - 1]),
    cpu: cpu('ThreadControllerImpl::RunTask'),
    layout: cpu('Layout'),
    style: cpu('UpdateLayoutTree'),
    restyled: before
      .filter((e) => e.name === 'UpdateLayoutTree')
      .reduce((sum, e) => sum + (e.args?.elementCount ?? 0), 0),
  };
}

async function openToolbar(
  id: string,
  worker: Worker,
  cdp: CDPSession,
  traced: boolean,
): Promise<Marks> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown }) => {
    events.push(...(value as TraceEvent[]));
  };
  if (traced) {
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline,blink.user_timing,loading,IndexedDB,views',
      transferMode: 'ReportEvents',
    });
  }
  const { loaded, painted, shown } = await openToolbarPopup(id, worker, cdp);
  if (!traced) return { loaded, painted, shown };
  await stopTracing(cdp, events);
  cdp.off('Tracing.dataCollected', collect);
  return { loaded, painted, shown, ...toolbarCounts(events) };
}

async function openPopup(context: BrowserContext, id: string, traced: boolean): Promise<Marks> {
  const page = await context.newPage();
  const events: TraceEvent[] = [];
  try {
    await page.setViewportSize({ width: 380, height: 600 });
    await page.addInitScript({ content: MARKS });
    const session = traced ? await context.newCDPSession(page) : undefined;
    if (session) {
      session.on('Tracing.dataCollected', ({ value }) => {
        events.push(...(value as unknown as TraceEvent[]));
      });
      await session.send('Tracing.start', {
        categories: 'toplevel,blink.user_timing',
        transferMode: 'ReportEvents',
      });
    }
    await page.goto(`chrome-extension://${id}/popup.html`);
    const marks: Marks = await page.evaluate('window.__firstScreen');
    if (!session) return marks;
    return { ...marks, ...mainThreadCounts(await stopTracing(session, events)) };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const { values, positionals } = parseArgs({
  options: {
    opens: { type: 'string', default: '30' },
    trace: { type: 'boolean', default: false },
    toolbar: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const opens = Number(values.opens);
const dirs = positionals.map((dir) => path.resolve(dir));
if (dirs.length < 2 || !Number.isInteger(opens) || opens < 1) {
  console.error(
    'usage: npx tsx scripts/bench/popup-ab.ts [--opens N] [--trace] [--toolbar] DIR_A DIR_B …',
  );
  process.exit(2);
}
const ids = dirs.map(unpackedId);
const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'radar-popup-ab-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: true,
  args: extensionArgs(dirs.join(',')),
});
try {
  const rows = seedRows(ROWS, Date.now());
  const workers: Worker[] = [];
  for (const id of ids) {
    let worker = context.serviceWorkers().find((sw) => new URL(sw.url()).host === id);
    for (let i = 0; i < 50 && !worker; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      worker = context.serviceWorkers().find((sw) => new URL(sw.url()).host === id);
    }
    if (!worker) throw new Error(`no service worker for ${id}`);
    workers.push(worker);
    const { stored } = await seed(worker, rows);
    if (stored !== ROWS) throw new Error(`seeded ${stored} rows, expected ${ROWS}`);
  }
  // The toolbar popup needs a focused window; each build's first two openings compile the app
  // and store its code cache.
  await (context.pages()[0] ?? (await context.newPage())).bringToFront();
  const cdp = values.toolbar ? await context.browser()?.newBrowserCDPSession() : undefined;
  if (values.toolbar && !cdp) throw new Error('no browser session');
  const openOnce = (i: number, traced: boolean) => {
    const id = ids[i] ?? '';
    const worker = workers[i];
    return cdp && worker ? openToolbar(id, worker, cdp, traced) : openPopup(context, id, traced);
  };
  for (let i = 0; i < ids.length; i++) {
    for (let k = 0; k < (values.toolbar ? 2 : 1); k++) await openOnce(i, false); // warm-up
  }
  const results: Marks[][] = dirs.map(() => []);
  for (let round = 0; round < opens; round++) {
    const order = dirs.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) results[i]?.push(await openOnce(i, values.trace));
  }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  console.log(
    `popup first screen, ${ROWS} rows, ms from navigation start, median of ${opens} ${values.trace ? 'traced ' : ''}opens per build, taken in turn (load average ${load})`,
  );
  if (values.toolbar)
    console.log(
      '  toolbar popup: loaded = load event (the popup is shown), painted / shown = the list painted / presented (first contentful paint)',
    );
  if (values.trace && values.toolbar)
    console.log(
      '  main thread until the list is first painted: cpu, layout, style = processor time (ms), restyled = elements; bubble = the browser shows the popup, open = the first IndexedDB open, read = the answer the list is rendered in (ms from navigation start)',
    );
  else if (values.trace)
    console.log(
      '  main thread until painted: cpu = processor time (ms), tasks = tasks run, render = processor time of the task that rendered the entries (ms)',
    );
  const steps: readonly (keyof Marks)[] = values.toolbar ? TOOLBAR_STEPS : STEPS;
  const counts: readonly (keyof Marks)[] = values.toolbar ? TOOLBAR_COUNTS : COUNTS;
  const columns = values.trace ? [...steps, ...counts] : [...steps];
  console.log(`  ${'build'.padEnd(24)}${columns.map((step) => step.padStart(9)).join('')}`);
  dirs.forEach((dir, i) => {
    const marks = results[i] ?? [];
    const cells = columns.map((step) =>
      median(marks.flatMap((m) => (m[step] === undefined ? [] : [m[step]])))
        .toFixed(step === 'tasks' || step === 'restyled' ? 0 : 1)
        .padStart(9),
    );
    console.log(`  ${path.basename(dir).padEnd(24)}${cells.join('')}`);
  });
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
