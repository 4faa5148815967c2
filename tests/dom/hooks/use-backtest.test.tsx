// @vitest-environment jsdom
// The options page's backtest hook with a stand-in worker and fake timers: edits re-run the
// backtest only once they settle, a run still going is stopped by a newer one or by Cancel, and
// replies from a stopped run are never shown. The real worker runs in the Chromium e2e test.
import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BacktestReport } from '../../../lib/export';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/types';
import type { BacktestJob, BacktestReply } from '../../../lib/ui/backtest-job';
import { SETTLE_MS, useBacktest } from '../../../lib/ui/hooks/use-backtest';

/** Records the jobs posted to it; the test answers for it. */
class StandInWorker {
  readonly jobs: BacktestJob[] = [];
  terminated = false;
  private readonly listeners: ((event: MessageEvent<BacktestReply>) => void)[] = [];

  addEventListener(_type: 'message', listener: (event: MessageEvent<BacktestReply>) => void) {
    this.listeners.push(listener);
  }

  postMessage(job: BacktestJob) {
    this.jobs.push(job);
  }

  terminate() {
    this.terminated = true;
  }

  reply(data: BacktestReply) {
    for (const listener of this.listeners) listener({ data } as MessageEvent<BacktestReply>);
  }
}

const report: BacktestReport = {
  owner: 'Marta',
  ownerReason: 'given',
  ownerBasis: 'given',
  authors: ['Marta', 'Rui'],
  conversations: [],
  customerMessages: 3,
  escalations: 0,
};

let workers: StandInWorker[] = [];
const createWorker = () => {
  const worker = new StandInWorker();
  workers.push(worker);
  return worker as unknown as Worker;
};
const allJobs = () => workers.flatMap((w) => w.jobs);
const CHAT = '01/02/2025, 10:00 - Rui: oi';
const withName = (businessName: string): Settings => ({ ...defaultSettings('UTC'), businessName });

async function loaded() {
  const hook = renderHook((settings: Settings) => useBacktest(settings, createWorker), {
    initialProps: withName('Loja'),
  });
  const bytes = new TextEncoder().encode(CHAT).buffer;
  await act(async () => {
    await hook.result.current.loadFile('chat.txt', Promise.resolve(bytes));
  });
  return hook;
}

beforeEach(() => {
  vi.useFakeTimers();
  workers = [];
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('backtest runs', () => {
  it('a loaded file runs at once, in a worker, with its bytes', async () => {
    const hook = await loaded();
    expect(allJobs()).toHaveLength(1);
    expect(allJobs()[0]?.bytes?.byteLength).toBe(CHAT.length);
    expect(hook.result.current.state.status).toBe('running');
    await act(() => workers[0]?.reply({ type: 'progress', id: 1, done: 500, total: 1000 }));
    expect(hook.result.current.state).toMatchObject({ status: 'running', done: 500, total: 1000 });
    await act(() => workers[0]?.reply({ type: 'done', id: 1, report }));
    expect(hook.result.current.state).toMatchObject({ status: 'ready', report });
  });

  it('five quick edits re-run once, after they settle, with the last draft and no bytes again', async () => {
    const hook = await loaded();
    await act(() => workers[0]?.reply({ type: 'done', id: 1, report }));
    for (const name of ['L', 'Lo', 'Loj', 'Loja S', 'Loja Sol']) {
      hook.rerender(withName(name));
      await act(() => {
        vi.advanceTimersByTime(SETTLE_MS - 100);
      });
    }
    expect(allJobs()).toHaveLength(1);
    await act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(allJobs()).toHaveLength(2);
    expect(allJobs()[1]?.settings.businessName).toBe('Loja Sol');
    // The same worker still holds the file.
    expect(workers).toHaveLength(1);
    expect(allJobs()[1]?.bytes).toBeUndefined();
    await act(() => {
      vi.advanceTimersByTime(10 * SETTLE_MS);
    });
    expect(allJobs()).toHaveLength(2);
  });

  it('an edit while a run is going stops that run; its late replies are not shown', async () => {
    const hook = await loaded();
    const first = workers[0];
    hook.rerender(withName('Loja Sol'));
    await act(() => {
      vi.advanceTimersByTime(SETTLE_MS);
    });
    expect(first?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.jobs[0]?.bytes?.byteLength).toBe(CHAT.length);
    await act(() => first?.reply({ type: 'done', id: 1, report: { ...report, escalations: 9 } }));
    expect(hook.result.current.state.status).toBe('running');
    await act(() => workers[1]?.reply({ type: 'done', id: 2, report }));
    expect(hook.result.current.state).toMatchObject({ status: 'ready', report });
  });

  it('Cancel stops the worker and shows the run as cancelled, whatever it still sends', async () => {
    const hook = await loaded();
    await act(() => workers[0]?.reply({ type: 'progress', id: 1, done: 500, total: 100_000 }));
    await act(() => hook.result.current.cancel());
    expect(workers[0]?.terminated).toBe(true);
    expect(hook.result.current.state).toEqual({ status: 'cancelled', fileName: 'chat.txt' });
    await act(() => workers[0]?.reply({ type: 'progress', id: 1, done: 1000, total: 100_000 }));
    await act(() => workers[0]?.reply({ type: 'done', id: 1, report }));
    expect(hook.result.current.state.status).toBe('cancelled');
    // The next edit runs again, in a new worker that gets the file again.
    hook.rerender(withName('Loja Sol'));
    await act(() => {
      vi.advanceTimersByTime(SETTLE_MS);
    });
    expect(workers).toHaveLength(2);
    expect(workers[1]?.jobs[0]?.bytes?.byteLength).toBe(CHAT.length);
    expect(hook.result.current.state.status).toBe('running');
  });

  it('Cancel after a run finished changes nothing', async () => {
    const hook = await loaded();
    await act(() => workers[0]?.reply({ type: 'done', id: 1, report }));
    await act(() => hook.result.current.cancel());
    expect(workers[0]?.terminated).toBe(false);
    expect(hook.result.current.state.status).toBe('ready');
  });
});
