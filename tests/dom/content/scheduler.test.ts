// @vitest-environment jsdom
/**
 * The scheduler's cost per burst of page changes: one timer, no other scheduling call, one run
 * handed every change of the burst.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScheduler, type PartChanges } from '@/lib/content/scheduler';
import type { PageChanges } from '@/lib/platforms/types';

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
    const scheduler = startScheduler(document, (changes) => runs.push(changes), launch.signal, 40);
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
    await wait(100);
    expect(idle).not.toHaveBeenCalled();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.added).toEqual(added);
    expect(scheduler.quiet()).toBe(true);
  });

  it('hands the run each watched element’s changes apart, and all of them together', async () => {
    launch = new AbortController();
    document.body.innerHTML = '<ul id="inbox"><li>a</li></ul><ol id="thread"></ol>';
    const inbox = document.getElementById('inbox') as HTMLElement;
    const thread = document.getElementById('thread') as HTMLElement;
    const runs: [PageChanges | undefined, readonly PartChanges[] | undefined][] = [];
    const scheduler = startScheduler(
      document,
      (changes, parts) => runs.push([changes, parts]),
      launch.signal,
      20,
    );
    scheduler.watch([inbox, thread]);
    const gone = inbox.firstElementChild as HTMLElement;
    const row = document.createElement('li');
    inbox.replaceChildren(row);
    const message = document.createElement('li');
    thread.append(message);
    await wait(60);
    const [changes, parts] = runs[0] ?? [];
    expect(parts).toEqual([
      { within: inbox, targets: [inbox], added: [row], removed: [gone] },
      { within: thread, targets: [thread], added: [message], removed: [] },
    ]);
    expect(changes).toEqual({ targets: [inbox, thread], added: [row, message], removed: [gone] });
    // A change in one element only: its part is all the changes.
    thread.append(document.createElement('li'));
    await wait(60);
    expect(runs[1]?.[1]).toHaveLength(1);
    expect(runs[1]?.[0]).toBe(runs[1]?.[1]?.[0]);
  });

  it('runs nothing after the launch ends with a change waiting', async () => {
    launch = new AbortController();
    document.body.innerHTML = '<ul id="inbox"></ul>';
    const list = document.getElementById('inbox') as HTMLElement;
    let runs = 0;
    const scheduler = startScheduler(document, () => runs++, launch.signal, 20);
    scheduler.watch([list]);
    list.append(document.createElement('li'));
    await Promise.resolve();
    launch.abort();
    await wait(60);
    expect(runs).toBe(0);
  });
});
