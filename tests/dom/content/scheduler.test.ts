// @vitest-environment jsdom
/**
 * The scheduler's cost per burst of page changes: one timer, no other scheduling call, one run
 * handed every change of the burst; a small change after a quiet while runs at once, with no timer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RETRY_MAX_MS, startScheduler, type PartChanges } from '@/lib/content/scheduler';
import { withFakeTimers } from '../../shared/fake-timers';
import type { PageChanges } from '@/lib/platforms/types';

/** A run's changes when one element is watched: its one part (undefined: anything changed). */
function sole(parts: readonly PartChanges[] | undefined): PartChanges | undefined {
  if (parts) expect(parts).toHaveLength(1);
  return parts?.[0];
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let launch = new AbortController();
afterEach(() => {
  launch.abort();
  delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
});

describe('the scheduler', () => {
  it('runs a burst of changes over several tasks once, from one timer and nothing else', async () => {
    launch = new AbortController();
    document.body.innerHTML = '<ul id="inbox"></ul>';
    const list = document.getElementById('inbox') as HTMLElement;
    // A browser's idle callbacks, counted (jsdom has none).
    const idle = vi.fn((run: () => void) => setTimeout(run, 0));
    Object.assign(window, { requestIdleCallback: idle, cancelIdleCallback: clearTimeout });
    const runs: (PageChanges | undefined)[] = [];
    const scheduler = startScheduler(document, (parts) => runs.push(sole(parts)), launch.signal, {
      // Long enough that the burst's three tasks stay inside it on a busy machine.
      debounceMs: 400,
    });
    scheduler.watch([list]);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const added: HTMLElement[] = [];
    for (let i = 0; i < 3; i++) {
      const item = document.createElement('li');
      added.push(item);
      list.append(item);
      await nextTask();
    }
    // The test's own three nextTask timers, and the scheduler's one.
    expect(timers).toHaveBeenCalledTimes(4);
    expect(scheduler.quiet()).toBe(false);
    await wait(450);
    expect(idle).not.toHaveBeenCalled();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.added).toEqual(added);
    expect(scheduler.quiet()).toBe(true);
  });

  it('hands the run each watched element’s changes apart, in the lists the observer filled', () =>
    withFakeTimers(async () => {
      launch = new AbortController();
      document.body.innerHTML = '<ul id="inbox"><li>a</li></ul><ol id="thread"></ol>';
      const inbox = document.getElementById('inbox') as HTMLElement;
      const thread = document.getElementById('thread') as HTMLElement;
      // Arrays made from the timer's firing to the run: sets of targets spread into arrays, lists
      // mapped, filtered or merged with flatMap.
      const spies = {
        spread: vi.spyOn(Set.prototype, Symbol.iterator),
        map: vi.spyOn(Array.prototype, 'map'),
        filter: vi.spyOn(Array.prototype, 'filter'),
        flatMap: vi.spyOn(Array.prototype, 'flatMap'),
      };
      const made: Record<keyof typeof spies, number>[] = [];
      const runs: (readonly PartChanges[] | undefined)[] = [];
      const count = () => {
        const calls = { spread: 0, map: 0, filter: 0, flatMap: 0 };
        for (const [name, spy] of Object.entries(spies))
          calls[name as keyof typeof spies] = spy.mock.calls.length;
        return calls;
      };
      try {
        const scheduler = startScheduler(
          document,
          (parts) => {
            made.push(count());
            runs.push(parts);
          },
          launch.signal,
          { debounceMs: 20 },
        );
        scheduler.watch([inbox, thread]);
        const gone = inbox.firstElementChild as HTMLElement;
        const row = document.createElement('li');
        inbox.replaceChildren(row);
        const message = document.createElement('li');
        thread.append(message);
        await Promise.resolve();
        for (const spy of Object.values(spies)) spy.mockClear();
        await vi.advanceTimersByTimeAsync(20);
        expect(runs[0]).toEqual([
          { within: inbox, targets: [inbox], added: [row], removed: [gone] },
          { within: thread, targets: [thread], added: [message], removed: [] },
        ]);
        // The next pass's empty lists and the parts that changed; no copy, no merged list (the old
        // run: a set spread per part, the parts mapped twice and filtered, three merged lists).
        expect(made[0]).toEqual({ spread: 0, map: 1, filter: 1, flatMap: 0 });
        // A change in one element only: its part alone.
        const next = document.createElement('li');
        thread.append(next);
        await vi.advanceTimersByTimeAsync(20);
        expect(runs[1]).toEqual([
          { within: thread, targets: [thread], added: [next], removed: [] },
        ]);
      } finally {
        for (const spy of Object.values(spies)) spy.mockRestore();
      }
    }));

  it('reads each record’s added and removed nodes once, by index, and skips our own UI’s', async () => {
    launch = new AbortController();
    document.body.innerHTML = '<ul id="inbox"><li>a</li></ul><ol id="thread"></ol>';
    const inbox = document.getElementById('inbox') as HTMLElement;
    const thread = document.getElementById('thread') as HTMLElement;
    // Every read of a record's node lists, and every walk of a node list by its iterator.
    const reads = { addedNodes: 0, removedNodes: 0, iterators: 0 };
    const restore: (() => void)[] = [];
    for (const name of ['addedNodes', 'removedNodes'] as const) {
      const own = Object.getOwnPropertyDescriptor(MutationRecord.prototype, name);
      const get = own?.get as (this: MutationRecord) => NodeList;
      Object.defineProperty(MutationRecord.prototype, name, {
        ...own,
        get(this: MutationRecord) {
          reads[name]++;
          return get.call(this);
        },
      });
      restore.push(() => Object.defineProperty(MutationRecord.prototype, name, own ?? {}));
    }
    const iterate = vi.spyOn(NodeList.prototype, Symbol.iterator);
    const runs: [readonly PartChanges[] | undefined, typeof reads][] = [];
    const gone = inbox.firstElementChild as HTMLElement;
    const row = document.createElement('li');
    const message = document.createElement('li');
    try {
      const scheduler = startScheduler(
        document,
        (parts) => runs.push([parts, { ...reads, iterators: iterate.mock.calls.length }]),
        launch.signal,
        { debounceMs: 20 },
      );
      scheduler.watch([inbox, thread]);
      // Three records: the inbox row replaced, our own mark added, a message appended.
      inbox.replaceChildren(row);
      const mark = document.createElement('span');
      mark.setAttribute('data-escalation-ui', 'mark');
      row.append(mark);
      thread.append(message);
      await wait(60);
    } finally {
      for (const undo of restore) undo();
      iterate.mockRestore();
    }
    const [parts, counted] = runs[0] ?? [];
    expect(parts?.map((part) => part.added)).toEqual([[row], [message]]);
    expect(parts?.map((part) => part.removed)).toEqual([[gone], []]);
    // One read of each list per record, and no iterator (the old loop, which checked for our own
    // UI's nodes first and took them in a second walk: seven reads of each and eight iterators).
    expect(counted).toEqual({ addedNodes: 3, removedNodes: 3, iterators: 0 });
  });

  it('runs a small change after a quiet while at once, with no timer; what follows waits for one', async () => {
    launch = new AbortController();
    document.body.innerHTML = '<ul id="inbox"></ul>';
    const list = document.getElementById('inbox') as HTMLElement;
    let clock = 0;
    const runs: (PageChanges | undefined)[] = [];
    const scheduler = startScheduler(document, (parts) => runs.push(sole(parts)), launch.signal, {
      debounceMs: 20,
      quietMs: 1000,
      now: () => clock,
    });
    scheduler.watch([list]);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    // A new message a while after the launch's first pass: run in the observer's callback.
    clock = 1000;
    const message = document.createElement('li');
    list.append(message);
    await Promise.resolve();
    expect(runs).toEqual([{ within: list, targets: [list], added: [message], removed: [] }]);
    expect(timers).not.toHaveBeenCalled();
    expect(scheduler.quiet()).toBe(true);
    // Changes right after it (the page's next commits) wait for one timer and run once.
    clock = 1050;
    const more = [document.createElement('li'), document.createElement('li')];
    list.append(more[0] as HTMLElement);
    await Promise.resolve();
    list.append(more[1] as HTMLElement);
    await Promise.resolve();
    expect(runs).toHaveLength(1);
    expect(timers).toHaveBeenCalledTimes(1);
    expect(scheduler.quiet()).toBe(false);
    await wait(60);
    expect(runs).toHaveLength(2);
    expect(runs[1]?.added).toEqual(more);
    // Quiet again since that run: the next small change runs at once.
    clock = 1050 + 1000;
    list.append(document.createElement('li'));
    await Promise.resolve();
    expect(runs).toHaveLength(3);
    // The one timer before, and the test’s own wait: none for this change.
    expect(timers).toHaveBeenCalledTimes(2);
  });

  it('waits for the timer on a large change or a replaced target, however quiet', async () => {
    launch = new AbortController();
    document.body.innerHTML = '<div id="side"><ul id="inbox"></ul></div>';
    const side = document.getElementById('side') as HTMLElement;
    let clock = 0;
    const runs: (PageChanges | undefined)[] = [];
    const scheduler = startScheduler(document, (parts) => runs.push(sole(parts)), launch.signal, {
      debounceMs: 20,
      quietMs: 1000,
      now: () => clock,
    });
    scheduler.watch([document.getElementById('inbox') as HTMLElement]);
    clock = 10_000;
    // A list filled at once (nine rows in one record).
    (document.getElementById('inbox') as HTMLElement).append(
      ...Array.from({ length: 9 }, () => document.createElement('li')),
    );
    await Promise.resolve();
    expect(runs).toHaveLength(0);
    await wait(60);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.added).toHaveLength(9);
    // The inbox replaced (a change to its parent): anything may have changed.
    clock = 20_000;
    side.replaceChildren(document.createElement('ul'));
    await Promise.resolve();
    expect(runs).toHaveLength(1);
    await wait(60);
    expect(runs).toEqual([expect.anything(), undefined]);
  });

  it('runs nothing after the launch ends with a change waiting', async () => {
    launch = new AbortController();
    document.body.innerHTML = '<ul id="inbox"></ul>';
    const list = document.getElementById('inbox') as HTMLElement;
    let runs = 0;
    const scheduler = startScheduler(document, () => runs++, launch.signal, { debounceMs: 20 });
    scheduler.watch([list]);
    list.append(document.createElement('li'));
    await Promise.resolve();
    launch.abort();
    await wait(60);
    expect(runs).toBe(0);
  });
  it('a run that throws is logged and tried again later, the wait doubling, anything considered changed', () =>
    withFakeTimers(async (errors) => {
      launch = new AbortController();
      document.body.innerHTML = '<ul id="inbox"></ul>';
      const list = document.getElementById('inbox') as HTMLElement;
      const runs: (PageChanges | undefined)[] = [];
      let failing = 2;
      const scheduler = startScheduler(
        document,
        (changes) => {
          runs.push(sole(changes));
          if (failing-- > 0) throw new Error('page mid-render');
        },
        launch.signal,
        { debounceMs: 100 },
      );
      // The launch's first pass throws before it names what to watch.
      scheduler.runNow();
      expect(errors).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(199);
      expect(runs).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(runs).toEqual([undefined, undefined]);
      // The second failure in a row waits twice as long.
      await vi.advanceTimersByTimeAsync(399);
      expect(runs).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(runs).toEqual([undefined, undefined, undefined]);
      expect(errors).toHaveBeenCalledTimes(2);
      // A run that succeeds ends the retries; changes then run as usual.
      scheduler.watch([list]);
      await vi.advanceTimersByTimeAsync(RETRY_MAX_MS);
      expect(runs).toHaveLength(3);
      list.append(document.createElement('li'));
      await vi.advanceTimersByTimeAsync(100);
      expect(runs).toHaveLength(4);
      expect(runs[3]?.added).toHaveLength(1);
    }));

  it('the wait after runs that keep throwing stops growing at a minute, and ends with the launch', () =>
    withFakeTimers(async () => {
      launch = new AbortController();
      let runs = 0;
      const scheduler = startScheduler(
        document,
        () => {
          runs++;
          throw new Error('markup not recognised');
        },
        launch.signal,
        { debounceMs: 100 },
      );
      scheduler.runNow();
      // 200, 400, ... 51,200 ms, then a minute each.
      await vi.advanceTimersByTimeAsync(102_200);
      expect(runs).toBe(10);
      await vi.advanceTimersByTimeAsync(RETRY_MAX_MS - 1);
      expect(runs).toBe(10);
      await vi.advanceTimersByTimeAsync(1);
      expect(runs).toBe(11);
      launch.abort();
      await vi.advanceTimersByTimeAsync(10 * RETRY_MAX_MS);
      expect(runs).toBe(11);
    }));
});
