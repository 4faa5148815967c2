/**
 * Runs the content script's work only when the observed parts of the page changed: one
 * MutationObserver on the elements the adapter names (the inbox and the open thread:
 * subtree, child lists and text), plus the child lists of their ancestors, so a replaced target
 * (the thread panel swapped on a thread switch, the list re-mounted) is noticed without
 * watching the rest of the page. The first relevant change starts one timer (120 ms); the
 * changes that come before it fires join it, and the work runs once, in that timer's task: a
 * burst of mutations over several tasks costs one pass, made after the page's own work for it.
 * One timer per burst and nothing more (an idle callback after the timer cost a second
 * scheduling call and task per new message; a pass is short, and the runtime splits the long
 * first pass in two tasks). The run is handed what changed, or `undefined` for "anything may have
 * changed": the first run, a replaced target, runs asked for explicitly.
 * Mutations made by our own injected UI are ignored. Everything stops with the abort signal.
 * A small change after a quiet while (a new message: the page appends its row and moves its
 * inbox row in one task) runs at once, in the observer's callback, without the timer: the
 * timer's task cost about as much as the pass's own work for one message (the task's start and
 * end, the timer's setup, caches gone cold in between), and a message alone in its burst gains
 * nothing from waiting. Changes that follow within the quiet time are debounced as before, so a
 * burst costs at most one pass more; a replaced target, or a change adding or removing more than
 * a few nodes, always waits for the timer.
 * What changed is handed split by the observed element it happened in (`PartChanges`, only the
 * elements where something did): the callback already finds that element for each record, and a
 * reader handed only its own part's nodes does not search the other part's (a message row
 * appended to the thread, the inbox row it moved). The lists are the ones the callback filled,
 * not copied, and not merged into one for the whole page.
 * A run that throws (a page caught mid-render, markup the adapter did not expect) is logged and
 * tried again later, considering anything changed, even if the page stays still: a first pass that
 * failed before it named what to watch would otherwise never run again. The wait doubles with each
 * failure in a row, up to a minute, so a page that keeps failing costs one pass a minute.
 */
import { logError } from '../log';
import type { PageChanges } from '../platforms/types';

/** The attribute on every element our own UI adds to the page. */
const OWN_UI = 'data-escalation-ui';

/** An element of our own UI. */
const isOwn = (node: Node): boolean => node instanceof Element && node.hasAttribute(OWN_UI);

export interface Scheduler {
  /** Asks for a run soon (debounced) that considers the whole page changed. */
  request(): void;
  /** Runs at once, considering the whole page changed (the launch's first pass). */
  runNow(): void;
  /**
   * A part of a run that finished in a task of its own threw: logged, and the page is run again
   * later as after a run that throws.
   */
  failed(error: unknown): void;
  /**
   * Observes these elements (and their ancestors' child lists) from now on; the same elements
   * as before cost nothing. An empty list observes the document's body.
   */
  watch(targets: readonly Element[]): void;
  /** No run is waiting: nothing observed has changed since the last run (or since the start). */
  quiet(): boolean;
}

/** The changes whose records' targets lie inside one observed element. */
export interface PartChanges extends PageChanges {
  readonly within: Element;
}

/** Handed the parts that changed, or undefined: anything may have changed. */
export type Run = (parts: readonly PartChanges[] | undefined) => void;

export interface SchedulerTiming {
  /** How long the first change of a burst waits for the others (ms). */
  debounceMs?: number;
  /** How long nothing must have run for a small change to run at once (ms). */
  quietMs?: number;
  /** The clock (ms). */
  now?: () => number;
}

/** At most this many nodes added and removed in one callback make a change small. */
const SMALL_CHANGE_NODES = 8;

/** The longest wait before a run is tried again after runs that threw (ms). */
export const RETRY_MAX_MS = 60_000;

/** A part's changes as the observer's callback collects them; handed to the run as they are. */
interface Pending extends PartChanges {
  readonly targets: Node[];
  readonly added: Node[];
  readonly removed: Node[];
}

const pendingChanges = (within: Element): Pending => ({
  within,
  targets: [],
  added: [],
  removed: [],
});

export function startScheduler(
  doc: Document,
  run: Run,
  signal: AbortSignal,
  { debounceMs = 120, quietMs = 1000, now = () => performance.now() }: SchedulerTiming = {},
): Scheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the last run started; the launch's own first pass counts as one. */
  let lastRun = now();
  let watched: readonly Element[] = [];
  /** What changed in each watched element (same order); undefined: anything may have changed. */
  let pending: Pending[] | undefined = [];
  /** Runs that threw, in a row. */
  let failures = 0;

  const failed = (error: unknown) => {
    logError('content', error);
    if (signal.aborted) return;
    // What the failed run was handed may not have been read: the next one reads everything.
    pending = undefined;
    failures++;
    clearTimeout(timer);
    timer = setTimeout(runNow, Math.min(debounceMs * 2 ** failures, RETRY_MAX_MS));
  };

  const runNow = () => {
    try {
      runChanges();
      failures = 0;
    } catch (error) {
      failed(error);
    }
  };

  const runChanges = () => {
    timer = undefined;
    lastRun = now();
    const parts = pending;
    pending = watched.map(pendingChanges);
    if (signal.aborted) return;
    run(parts?.filter((part) => part.targets.length > 0));
  };
  const schedule = () => {
    if (signal.aborted || timer !== undefined) return;
    timer = setTimeout(runNow, debounceMs);
  };

  const holdsTarget = (node: Node) => watched.some((target) => node.contains(target));

  const observer = new MutationObserver((records) => {
    let relevant = false;
    let nodes = 0;
    for (const record of records) {
      // Each list is read once and walked by index, the nodes taken as they are looked at.
      const { addedNodes, removedNodes } = record;
      const inside = watched.findIndex((target) => target.contains(record.target));
      if (inside < 0) {
        // An ancestor's child list: only a removed (replaced) target matters.
        if ([...removedNodes].some(holdsTarget)) {
          pending = undefined;
          relevant = true;
        }
        continue;
      }
      const part = pending?.[inside];
      const added = addedNodes.length;
      const count = added + removedNodes.length;
      // A child-list change made by our own UI alone (a text change adds and removes no node).
      let own = count > 0;
      for (let i = 0; i < count; i++) {
        const node = (i < added ? addedNodes[i] : removedNodes[i - added]) as Node;
        own &&= isOwn(node);
        (i < added ? part?.added : part?.removed)?.push(node);
      }
      if (own) {
        if (part) {
          part.added.length -= added;
          part.removed.length -= count - added;
        }
        continue;
      }
      relevant = true;
      if (!part) continue;
      // A target once per run of records on it (several in a row are the common case).
      if (part.targets.at(-1) !== record.target) part.targets.push(record.target);
      nodes += count;
    }
    if (!relevant) return;
    // A small change after a quiet while (no timer waiting): run now, in the page's task.
    if (
      timer === undefined &&
      pending &&
      nodes <= SMALL_CHANGE_NODES &&
      !signal.aborted &&
      now() - lastRun >= quietMs
    )
      runNow();
    else schedule();
  });

  const watch = (targets: readonly Element[]) => {
    const next = targets.length > 0 ? targets : [doc.body];
    if (next.length === watched.length && next.every((t, i) => t === watched[i])) return;
    // Records not yet delivered belong to the old targets: hand them over first.
    const queued = observer.takeRecords();
    if (queued.length > 0) pending = undefined;
    observer.disconnect();
    // Changes waiting stay with their element; those of an element no longer watched make the
    // next run consider anything changed.
    const before = watched;
    const waiting = pending;
    if (waiting?.some((part, i) => part.targets.length > 0 && !next.includes(before[i] as Element)))
      pending = undefined;
    else if (waiting)
      pending = next.map((target) => waiting[before.indexOf(target)] ?? pendingChanges(target));
    watched = next;
    const ancestors = new Set<Node>();
    for (const target of next) {
      observer.observe(target, { childList: true, subtree: true, characterData: true });
      for (let up = target.parentNode; up; up = up.parentNode) ancestors.add(up);
    }
    for (const ancestor of ancestors) {
      if (!next.some((target) => target.contains(ancestor)))
        observer.observe(ancestor, { childList: true });
    }
    if (queued.length > 0) schedule();
  };

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return {
    request() {
      pending = undefined;
      schedule();
    },
    runNow() {
      pending = undefined;
      clearTimeout(timer);
      runNow();
    },
    failed,
    watch,
    quiet: () => timer === undefined,
  };
}
