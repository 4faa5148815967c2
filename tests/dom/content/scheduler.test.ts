// @vitest-environment jsdom
/**
 * The scheduler's cost per burst of page changes: one timer, no other scheduling call, one run
 * handed every change of the burst.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScheduler } from '@/lib/content/scheduler';
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
