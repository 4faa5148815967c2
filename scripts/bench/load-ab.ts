/**
 * The content script's first pass at load, two or more builds compared in turn (A B, A B, …), so
 * each sees the same load of the machine (content.ts measures one build, with the budget). Each
 * round loads the bench page (2,000 messages, 500 inbox rows) once per build, recording the
 * trace and, unless `--bare`, the sampling profiler, and prints per build:
 *   first     sampled content-script ms of the first pass (the budget's figure)
 *   settled   the same until the page settled
 *   cpu       thread CPU ms of the script's evaluation and callbacks in the first pass (the trace's
 *             `tdur`: not stretched when the thread waits for a processor)
 *   cpu-all   the same until settled
 *   style     thread ms of style recalculation and layout the script forced in its first pass
 * A build instrumented with `console.timeStamp('radar:<phase>')` calls (a scratch change, never
 * committed) also gets the median thread time between consecutive marks of a task, per pair, and
 * with `--top` the first pass's top self-time list of each build is printed after every round
 * (with `--window FROM,TO`, only the samples between the first marks of those names).
 *   npx tsx scripts/bench/load-ab.ts whatsapp|instagram [--rounds N] [--query ?variant=buttons]
 *     [--bare] [--top] DIR_A DIR_B …
 * Each DIR is a Chrome build (a copy of .output/chrome-mv3, e.g. made before and after a change).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  analyse,
  callCpuMs,
  firstPassEnd,
  launchWithExtension,
  openSite,
  settle,
  SITES,
  topFunctions,
  windowStats,
  type Site,
} from './content';
import { inTurn, median, printPhases, siteAndBuilds } from './alternate';
import type { TraceEvent } from './trace-event';

const KINDS = ['first', 'settled', 'cpu', 'cpu-all', 'style'] as const;
type Figures = Record<(typeof KINDS)[number], number>;

interface Round {
  figures: Figures;
  /** Thread ms between consecutive `radar:` marks of one task, by "from → to". */
  phases: Map<string, number[]>;
  top: string[];
}

/** Thread ms between consecutive phase marks inside one task of the page's main thread. */
function phasesOf(events: TraceEvent[], end: number): Map<string, number[]> {
  const marks = events
    .filter(
      (e) =>
        e.name === 'TimeStamp' &&
        e.ts <= end &&
        e.tts !== undefined &&
        (e.args?.data?.message ?? '').startsWith('radar:'),
    )
    .sort((a, b) => a.ts - b.ts);
  const phases = new Map<string, number[]>();
  const first = marks[0];
  if (!first) return phases;
  const tasks = events.filter(
    (e) =>
      e.pid === first.pid &&
      e.tid === first.tid &&
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
  );
  const taskOf = (t: number) => tasks.find((k) => k.ts <= t && t < k.ts + (k.dur ?? 0));
  for (let i = 1; i < marks.length; i++) {
    const a = marks[i - 1] as TraceEvent;
    const b = marks[i] as TraceEvent;
    if (taskOf(a.ts) !== taskOf(b.ts)) continue;
    const label = `${a.args?.data?.message ?? ''} → ${b.args?.data?.message ?? ''}`;
    phases.set(label, [...(phases.get(label) ?? []), ((b.tts ?? 0) - (a.tts ?? 0)) / 1000]);
  }
  return phases;
}

/** Thread ms of style recalculation and layout inside the script's calls up to `end`. */
function forcedStyleMs(events: TraceEvent[], scriptUrl: string, end: number): number {
  const calls = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.ts <= end &&
      (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
      e.args?.data?.url === scriptUrl,
  );
  const inside = (e: TraceEvent) =>
    calls.some(
      (c) => c.pid === e.pid && c.tid === e.tid && e.ts >= c.ts && e.ts < c.ts + (c.dur ?? 0),
    );
  return (
    events
      .filter((e) => e.ph === 'X' && (e.name === 'UpdateLayoutTree' || e.name === 'Layout'))
      .filter(inside)
      .reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000
  );
}

/** The times of the first marks named `from` and `to` (whole recording when not found). */
function windowOf(events: TraceEvent[], names: string | undefined): [number, number] {
  const [from, to] = (names ?? '').split(',');
  const at = (name: string | undefined) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === name)?.ts;
  return [at(from) ?? -Infinity, at(to) ?? Infinity];
}

async function measure(
  build: string,
  site: Site,
  query: string,
  bare: boolean,
  window?: string,
): Promise<Round> {
  const browser = await launchWithExtension(build);
  try {
    const { page, recorder, scriptUrl } = await openSite(
      browser,
      site,
      { messages: 2000, chats: 500 },
      !bare,
    );
    await recorder.start();
    await page.goto(`${SITES[site].origin}${SITES[site].path}${query}`, { waitUntil: 'load' });
    await page.waitForSelector('[data-escalation-category]', { state: 'attached' });
    await settle(page);
    const rec = await recorder.stop();
    const end = firstPassEnd(rec.events, scriptUrl);
    if (end === undefined) throw new Error(`${site}: the script's evaluation is not in the trace`);
    const analysis = analyse(rec, scriptUrl);
    const [cpu = 0, cpuAll = 0] = callCpuMs(rec.events, scriptUrl, [
      [-Infinity, end],
      [-Infinity, Infinity],
    ]);
    const source = readFileSync(path.join(build, `content-scripts/${site}.js`), 'utf8').split('\n');
    return {
      figures: {
        first: windowStats(analysis, -Infinity, end).csMs,
        settled: windowStats(analysis, -Infinity, Infinity).csMs,
        cpu,
        'cpu-all': cpuAll,
        style: forcedStyleMs(rec.events, scriptUrl, end),
      },
      phases: phasesOf(rec.events, end),
      top: topFunctions(
        analysis.samples.filter((s) => {
          const [from, to] = windowOf(rec.events, window);
          return s.t < end && s.t >= from && s.t < to;
        }),
        source,
        12,
      ),
    };
  } finally {
    await browser.close();
  }
}

function line(label: string, rounds: Round[]): string {
  const cells = KINDS.map((kind) => {
    const each = rounds.map((r) => r.figures[kind]);
    return `${kind} ${median(each).toFixed(1)}${rounds.length > 1 ? ` [${each.map((x) => x.toFixed(1)).join(' ')}]` : ''}`;
  });
  return `${label}: ${cells.join('  ')}`;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '3' },
    query: { type: 'string', default: '' },
    bare: { type: 'boolean', default: false },
    top: { type: 'boolean', default: false },
    window: { type: 'string' },
  },
});
const { site: siteArg, builds } = siteAndBuilds(
  positionals,
  'load-ab.ts whatsapp|instagram [--rounds N] [--query Q] [--bare] [--top] DIR …',
);
const results = await inTurn(
  builds,
  Number(values.rounds),
  (build) => measure(build, siteArg, values.query, values.bare, values.window),
  (label, round) => {
    console.log(line(label, [round]));
    if (values.top) for (const l of round.top) console.log(`    ${l}`);
  },
);
console.log(
  `\n${siteArg}${values.query}: first pass at load, ms, median of rounds [rounds]${values.bare ? ' (no profiler: sampled figures are 0)' : ''}`,
);
for (const [build, list] of results) {
  console.log(line(build, list));
  printPhases(list);
}
