/**
 * Batches of candidates on their way to the background. A batch stays queued until the background
 * acknowledges it (every candidate classified, and each escalation created, merged or found a
 * duplicate: all mean it is in the log); failures (the background unreachable, the port closed
 * before the answer came) are retried with a growing delay for as long as the tab lives, and each
 * pass of the runtime over a changed page retries what is waiting without waiting out the delay.
 * A batch sent again that the background had already logged comes back as a duplicate, so nothing
 * is logged twice. Only a dead extension context (the extension was reloaded; a fresh content
 * script takes over) ends the retries. A batch whose routine answer the background held back and
 * lost with its port (HELD_ANSWER_LOST: the background had it; an idle worker was stopped) sets no
 * timer: it goes again with the next pass, so a tab where nothing changes wakes nothing.
 */
import { HELD_ANSWER_LOST } from '../messaging/protocol';

/** The delay before each retry; every later one waits a minute. */
const RETRY_DELAYS_MS = [500, 2000, 5000, 15_000, 30_000];
/** A pass retries a waiting batch only if its last attempt is at least this old. */
const RESUME_AFTER_MS = 1000;

export interface ReportQueueDeps<T, R = unknown> {
  /** Sends a batch; `again`: an earlier attempt failed or its answer was lost. */
  send: (batch: T, again: boolean) => Promise<R>;
  /** The background has the batch (its answer is `result`): its keys become seen. */
  onAcknowledged: (batch: T, result: R) => void;
  signal: AbortSignal;
  now: () => number;
}

export interface ReportQueue<T> {
  /** Queues a batch and sends it now. */
  add(batch: T): void;
  /** Retries the batches waiting for their next attempt (called on each pass of the runtime). */
  resume(): void;
  /** Batches not yet acknowledged. */
  readonly size: number;
}

interface Item<T> {
  batch: T;
  attempts: number;
  lastAttemptAt: number;
  inFlight: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

const isDeadContext = (error: unknown) =>
  /context invalidated|extension context/i.test(String(error));

export function reportQueue<T, R = unknown>(deps: ReportQueueDeps<T, R>): ReportQueue<T> {
  const items = new Set<Item<T>>();
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const item of items) clearTimeout(item.timer);
  };
  deps.signal.addEventListener('abort', stop);

  const attempt = (item: Item<T>) => {
    if (stopped) return;
    item.inFlight = true;
    item.lastAttemptAt = deps.now();
    deps.send(item.batch, item.attempts++ > 0).then(
      (result) => {
        items.delete(item);
        if (!stopped) deps.onAcknowledged(item.batch, result);
      },
      (error: unknown) => {
        item.inFlight = false;
        if (stopped) return;
        if (isDeadContext(error)) stop();
        else if (!String(error).includes(HELD_ANSWER_LOST))
          item.timer = setTimeout(
            () => {
              attempt(item);
            },
            RETRY_DELAYS_MS[item.attempts - 1] ?? 60_000,
          );
      },
    );
  };

  return {
    add(batch) {
      if (stopped) return;
      const item: Item<T> = { batch, attempts: 0, lastAttemptAt: 0, inFlight: false };
      items.add(item);
      attempt(item);
    },
    resume() {
      const now = deps.now();
      for (const item of items) {
        if (item.inFlight || now - item.lastAttemptAt < RESUME_AFTER_MS) continue;
        clearTimeout(item.timer);
        attempt(item);
      }
    },
    get size() {
      return items.size;
    },
  };
}
