/**
 * The options page's backtest: reads a dropped export (WhatsApp or Instagram) and runs the
 * classifier over it in a Web Worker, with progress and a cancel button. Edits to the draft
 * settings or the chosen owner re-run it once they settle (SETTLE_MS without another change); a
 * run still going when they change is cancelled. Without a worker (unit tests) jobs run on the
 * page.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { BacktestReport } from '../../export';
import type { Settings } from '../../settings/types';
import { BacktestJobs, type BacktestJob, type BacktestReply } from '../backtest-job';
import { errorText } from '../error-text';

export const SETTLE_MS = 400;

export type BacktestState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'running'; fileName: string; done: number; total: number }
  | { status: 'cancelled'; fileName: string }
  | { status: 'failed'; fileName: string; error: string }
  | { status: 'ready'; fileName: string; report: BacktestReport; owner: string | undefined };

/** What runs jobs: a worker, or the page itself. */
interface Runner {
  post: (job: BacktestJob) => void;
  stop: () => void;
}

function pageRunner(reply: (r: BacktestReply) => void): Runner {
  const jobs = new BacktestJobs();
  let stopped = false;
  return {
    post: (job) => {
      setTimeout(() => {
        if (!stopped) jobs.run(job, reply);
      }, 0);
    },
    stop: () => {
      stopped = true;
    },
  };
}

function workerRunner(worker: Worker, reply: (r: BacktestReply) => void): Runner {
  worker.addEventListener('message', (event: MessageEvent<BacktestReply>) => {
    reply(event.data);
  });
  return { post: (job) => worker.postMessage(job), stop: () => worker.terminate() };
}

export function useBacktest(settings: Settings | undefined, createWorker?: () => Worker) {
  const [state, setState] = useState<BacktestState>({ status: 'idle' });
  const [owner, setOwnerState] = useState<string | undefined>(undefined);
  const file = useRef<{ name: string; bytes: ArrayBuffer } | undefined>(undefined);
  const runner = useRef<Runner | undefined>(undefined);
  const runnerHasFile = useRef(false);
  const lastId = useRef(0);
  const running = useRef(false);

  const onReply = useCallback((reply: BacktestReply) => {
    if (reply.id !== lastId.current) return;
    const name = file.current?.name ?? '';
    if (reply.type === 'progress') {
      setState({ status: 'running', fileName: name, done: reply.done, total: reply.total });
      return;
    }
    running.current = false;
    if (reply.type === 'failed') {
      runnerHasFile.current = false;
      setState({ status: 'failed', fileName: name, error: reply.error });
    } else {
      setState({ status: 'ready', fileName: name, report: reply.report, owner: undefined });
    }
  }, []);

  const stopRunner = useCallback(() => {
    runner.current?.stop();
    runner.current = undefined;
    runnerHasFile.current = false;
    running.current = false;
  }, []);

  const start = useCallback(
    (draft: Settings, chosen: string | undefined) => {
      const loaded = file.current;
      if (!loaded) return;
      if (running.current) stopRunner();
      if (!runner.current) {
        runner.current = createWorker ? workerRunner(createWorker(), onReply) : pageRunner(onReply);
      }
      const id = ++lastId.current;
      const job: BacktestJob = { id, fileName: loaded.name, settings: draft, owner: chosen };
      if (!runnerHasFile.current) job.bytes = loaded.bytes.slice(0);
      runnerHasFile.current = true;
      running.current = true;
      setState({ status: 'running', fileName: loaded.name, done: 0, total: 0 });
      runner.current.post(job);
    },
    [createWorker, onReply, stopRunner],
  );

  // Re-run when the draft or the owner changes, once the edits settle.
  const firstRun = useRef(false);
  useEffect(() => {
    if (settings === undefined || !file.current) return undefined;
    if (firstRun.current) {
      firstRun.current = false;
      start(settings, owner);
      return undefined;
    }
    const timer = setTimeout(() => start(settings, owner), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [settings, owner, start]);

  useEffect(() => stopRunner, [stopRunner]);

  const loadFile = useCallback(
    async (fileName: string, bytes: Promise<ArrayBuffer>) => {
      stopRunner();
      setState({ status: 'reading', fileName });
      setOwnerState(undefined);
      try {
        file.current = { name: fileName, bytes: await bytes };
      } catch (error) {
        setState({
          status: 'failed',
          fileName,
          error: errorText(error),
        });
        return;
      }
      firstRun.current = true;
      if (settings !== undefined) {
        firstRun.current = false;
        start(settings, undefined);
      }
    },
    [settings, start, stopRunner],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    stopRunner();
    lastId.current++;
    setState({ status: 'cancelled', fileName: file.current?.name ?? '' });
  }, [stopRunner]);

  const setOwner = useCallback((chosen: string | undefined) => {
    setOwnerState(chosen);
  }, []);

  const shown: BacktestState = state.status === 'ready' ? { ...state, owner } : state;
  return { state: shown, loadFile, setOwner, cancel };
}
