/**
 * The content script's cost per new message, two or more builds compared (no budget: the budget
 * figures are content.ts's). content.ts samples the script with V8's profiler, whose wall-clock
 * samples a busy machine stretches and whose own sampling costs the thread; here the trace alone
 * is recorded, and each build's page gets the same new messages, builds in turn (A B, A B, …), so
 * each sees the same load. Per new message it counts the renderer main thread's processor time
 * (the trace's thread clock, not wall time) of everything the script caused:
 *   observer  the script's mutation observer callback, in the page's own task
 *   pass      the task the debounce timer ran (the pass, and the microtasks after it)
 *   port      tasks that delivered a port answer (or another message) to the script, whole
 *   other     any other task in which the script ran
 *   total     their sum; `calls` is content.ts's thread CPU line (the script's own callbacks
 *             only, which misses most of a port answer)
 * A build instrumented with `console.timeStamp('radar:<phase>')` calls (a scratch change, never
 * committed) also gets the median thread time between consecutive marks of a task, per pair.
 *   npx tsx scripts/bench/content-ab.ts whatsapp|instagram [--rounds N] [--messages N]
 *     [--query ?variant=buttons] [--quiet S] DIR_A DIR_B …
 * Each DIR is a Chrome build (a copy of .output/chrome-mv3, e.g. made before and after a change).
 * With `--quiet S`, each round then records S seconds in which nothing changes and prints the
 * tasks the script ran in or that delivered it a port message (count, thread ms): "no work while
 * nothing changes", counted instead of sampled (content.ts's idle line samples the script's own
 * frames, which can miss a port answer's few tenths of a millisecond). Use fewer than 9 messages
 * to end on routine ones (every tenth escalates, and its answer goes at once).
 */
import { parseArgs } from 'node:util';
import { addMessages, launchWithExtension, openSite, settle, SITES, type Site } from './content';
import { inTurn, median, printPhases, siteAndBuilds } from './alternate';
import type { TraceEvent } from './trace-event';

const KINDS = ['observer', 'pass', 'port', 'other', 'total', 'calls'] as const;
type Kind = (typeof KINDS)[number];
type PerMessage = Record<Kind, number>;

interface Round {
  perMessage: PerMessage[];
  /** Thread ms between consecutive `radar:` marks, by "from → to", one value per message. */
  phases: Map<string, number[]>;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function analyse(events: TraceEvent[], scriptUrl: string, messages: number): Round {
  const markers = events
    .filter((e) => e.name === 'TimeStamp' && (e.args?.data?.message ?? '').startsWith('bench-msg-'))
    .sort((a, b) => a.ts - b.ts);
  if (markers.length !== messages)
    throw new Error(`${markers.length} message markers in the trace, expected ${messages}`);
  const first = markers[0] as TraceEvent;
  const main = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid;
  const onMain = events.filter(main).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Outermost tasks, and the script's outermost calls, of the page's main thread.
  const tasks: TraceEvent[] = [];
  const calls: TraceEvent[] = [];
  let taskEnd = -Infinity;
  let callEnd = -Infinity;
  for (const e of onMain) {
    if (e.ph !== 'X') continue;
    if (TASK_NAMES.has(e.name) && e.ts >= taskEnd) {
      tasks.push(e);
      taskEnd = e.ts + (e.dur ?? 0);
    } else if (
      (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
      e.args?.data?.url === scriptUrl &&
      e.ts >= callEnd
    ) {
      calls.push(e);
      callEnd = e.ts + (e.dur ?? 0);
    }
  }
  const taskOf = (t: number) => tasks.find((k) => k.ts <= t && t < k.ts + (k.dur ?? 0));
  const within = (task: TraceEvent, name: string) =>
    onMain.some((e) => e.name === name && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0));
  const windowOf = (t: number) => {
    let index = -1;
    for (let i = 0; i < markers.length && (markers[i] as TraceEvent).ts <= t; i++) index = i;
    return index;
  };
  const perMessage: PerMessage[] = markers.map(() => ({
    observer: 0,
    pass: 0,
    port: 0,
    other: 0,
    total: 0,
    calls: 0,
  }));
  const counted = new Set<TraceEvent>();
  const markerTasks = new Set(markers.map((m) => taskOf(m.ts)));
  for (const call of calls) {
    const w = perMessage[windowOf(call.ts)];
    if (!w) continue;
    const ms = (call.tdur ?? 0) / 1000;
    w.calls += ms;
    const task = taskOf(call.ts);
    if (!task || markerTasks.has(task)) {
      // The page's own task (its new message): only the script's callback is the script's.
      w.observer += ms;
      continue;
    }
    if (counted.has(task)) continue;
    counted.add(task);
    const kind: Kind = within(task, 'TimerFire')
      ? 'pass'
      : within(task, 'Receive mojo message')
        ? 'port'
        : 'other';
    w[kind] += (task.tdur ?? 0) / 1000;
  }
  // A port answer is handed to the script by the browser's messaging code (a call with no script
  // of its own); the script's listener and promise reactions run inside that task.
  for (const task of tasks) {
    if (counted.has(task) || markerTasks.has(task)) continue;
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end);
    const js = inside.filter((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript');
    if (
      !inside.some((e) => e.name === 'Receive mojo message') ||
      !js.some((e) => e.args?.data?.url === '') ||
      js.some((e) => (e.args?.data?.url ?? '') !== '' && e.args?.data?.url !== scriptUrl)
    )
      continue;
    const w = perMessage[windowOf(task.ts)];
    if (w) w.port += (task.tdur ?? 0) / 1000;
  }
  for (const w of perMessage) w.total = w.observer + w.pass + w.port + w.other;
  // Phase marks of an instrumented build.
  const phases = new Map<string, number[]>();
  const marks = onMain.filter(
    (e) => e.name === 'TimeStamp' && (e.args?.data?.message ?? '').startsWith('radar:'),
  );
  const add = (label: string, ms: number) => {
    const list = phases.get(label) ?? [];
    list.push(ms);
    phases.set(label, list);
  };
  const name = (e: TraceEvent) => e.args?.data?.message ?? '';
  for (let i = 0; i < marks.length; i++) {
    const b = marks[i] as TraceEvent;
    const task = taskOf(b.ts);
    const a = marks[i - 1];
    const next = marks[i + 1];
    if (b.tts === undefined || !task || task.tts === undefined) continue;
    // The task's own start and end around its first and last mark (not the page's own task).
    const own = !markerTasks.has(task);
    if (a && taskOf(a.ts) === task && a.tts !== undefined)
      add(`${name(a)} → ${name(b)}`, (b.tts - a.tts) / 1000);
    else if (own) add(`(task) → ${name(b)}`, (b.tts - task.tts) / 1000);
    if (own && (!next || taskOf(next.ts) !== task))
      add(`${name(b)} → (task end)`, (task.tts + (task.tdur ?? 0) - b.tts) / 1000);
  }
  return { perMessage, phases };
}

/** The tasks of the page's main thread in which the script ran or got a port message. */
function analyseQuiet(events: TraceEvent[], scriptUrl: string): { tasks: number; ms: number } {
  const marker = events.find(
    (e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench-quiet',
  );
  if (!marker) throw new Error('no quiet marker in the trace');
  const onMain = events
    .filter((e) => e.pid === marker.pid && e.tid === marker.tid && e.ts > marker.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let tasks = 0;
  let ms = 0;
  let taskEnd = -Infinity;
  for (const task of onMain) {
    if (task.ph !== 'X' || !TASK_NAMES.has(task.name) || task.ts < taskEnd) continue;
    const end = (taskEnd = task.ts + (task.dur ?? 0));
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end);
    const js = inside.filter((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript');
    const ours =
      js.some((e) => e.args?.data?.url === scriptUrl) ||
      (inside.some((e) => e.name === 'Receive mojo message') &&
        js.some((e) => e.args?.data?.url === '') &&
        js.every((e) => (e.args?.data?.url ?? '') === '' || e.args?.data?.url === scriptUrl));
    if (!ours) continue;
    tasks++;
    ms += (task.tdur ?? 0) / 1000;
  }
  return { tasks, ms };
}

async function measure(
  build: string,
  site: Site,
  messages: number,
  query: string,
  quietMs: number,
): Promise<Round & { quiet?: { tasks: number; ms: number } }> {
  const browser = await launchWithExtension(build);
  try {
    const { page, recorder, scriptUrl } = await openSite(
      browser,
      site,
      { messages: 2000, chats: 500 },
      false,
    );
    await page.goto(`${SITES[site].origin}${SITES[site].path}${query}`, { waitUntil: 'load' });
    await page.waitForSelector('[data-escalation-category]', { state: 'attached' });
    await settle(page);
    await recorder.start();
    await addMessages(page, messages);
    const { events } = await recorder.stop();
    const round = analyse(events, scriptUrl, messages);
    if (quietMs <= 0) return round;
    await recorder.start();
    await page.evaluate(() => {
      console.timeStamp('bench-quiet');
    });
    await page.waitForTimeout(quietMs);
    return { ...round, quiet: analyseQuiet((await recorder.stop()).events, scriptUrl) };
  } finally {
    await browser.close();
  }
}

function line(label: string, rounds: Round[]): string {
  const routine = (r: Round) => r.perMessage.filter((_, i) => i % 10 !== 9);
  const cells = KINDS.map((kind) => {
    const each = rounds.map((r) => median(routine(r).map((w) => w[kind])));
    return `${kind} ${median(each).toFixed(3)}${rounds.length > 1 ? ` [${each.map((x) => x.toFixed(2)).join(' ')}]` : ''}`;
  });
  return `${label}: ${cells.join('  ')}`;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '3' },
    messages: { type: 'string', default: '20' },
    query: { type: 'string', default: '' },
    quiet: { type: 'string', default: '0' },
  },
});
const { site: siteArg, builds } = siteAndBuilds(
  positionals,
  'content-ab.ts whatsapp|instagram [--rounds N] [--messages N] [--query Q] [--quiet S] DIR …',
);
const messages = Number(values.messages);
const results = await inTurn(
  builds,
  Number(values.rounds),
  (build) => measure(build, siteArg, messages, values.query, Number(values.quiet) * 1000),
  (label, round) => {
    console.log(line(label, [round]));
    if (round.quiet)
      console.log(
        `  quiet ${values.quiet} s: ${round.quiet.tasks} tasks of the script, ${round.quiet.ms.toFixed(3)} thread ms`,
      );
  },
);
console.log(
  `\n${siteArg}${values.query}: thread ms per routine new message, median of each round's medians [rounds]`,
);
for (const [build, list] of results) {
  console.log(line(build, list));
  printPhases(list, messages / 2);
}
