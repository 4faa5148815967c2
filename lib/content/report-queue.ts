/**
 * Batches of candidates on their way to the background. A batch stays queued until the background
 * acknowledges it (every candidate classified, and each escalation created, merged or found a
 * duplicate: all mean it is in the log); failures are retried with a growing delay for as long as
 * the tab lives, and each pass of the runtime over a changed page retries what is waiting without
 * waiting out the delay. Only a dead extension context (the extension was reloaded; a fresh
 * content script takes over) ends the retries.
 */

export const RETRY_DELAYS_MS = [500, 2000, 5000, 15_000, 30_000, 60_000];
/** A pass retries a waiting batch only if its last attempt is at least this old. */
const RESUME_AFTER_MS = 1000;

export interface ReportQueueDeps<T, R = unknown> {
  send: (batch: T) => Promise<R>;
  /** The background has the batch (its answer is `result`): its keys become seen. */
  onAcknowledged: (batch: T, result: R) => void;
  signal: AbortSignal;
  now: () => number;
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

export class ReportQueue<T, R = unknown> {
  private readonly items = new Map<number, Item<T>>();
  private nextId = 0;
  private stopped = false;

  constructor(private readonly deps: ReportQueueDeps<T, R>) {
    deps.signal.addEventListener('abort', () => {
      this.stop();
    });
  }

  /** Queues a batch and sends it now. */
  add(batch: T): void {
    if (this.stopped) return;
    const id = this.nextId++;
    const item: Item<T> = { batch, attempts: 0, lastAttemptAt: 0, inFlight: false };
    this.items.set(id, item);
    this.attempt(id, item);
  }

  /** Retries the batches waiting for their next attempt (called on each pass of the runtime). */
  resume(): void {
    const now = this.deps.now();
    for (const [id, item] of this.items) {
      if (item.inFlight || now - item.lastAttemptAt < RESUME_AFTER_MS) continue;
      if (item.timer !== undefined) clearTimeout(item.timer);
      item.timer = undefined;
      this.attempt(id, item);
    }
  }

  /** Batches not yet acknowledged. */
  get size(): number {
    return this.items.size;
  }

  private attempt(id: number, item: Item<T>): void {
    if (this.stopped) return;
    item.inFlight = true;
    item.lastAttemptAt = this.deps.now();
    item.attempts += 1;
    this.deps.send(item.batch).then(
      (result) => {
        item.inFlight = false;
        this.items.delete(id);
        if (!this.stopped) this.deps.onAcknowledged(item.batch, result);
      },
      (error: unknown) => {
        item.inFlight = false;
        if (this.stopped) return;
        if (isDeadContext(error)) {
          this.stop();
          return;
        }
        const delay =
          RETRY_DELAYS_MS[Math.min(item.attempts - 1, RETRY_DELAYS_MS.length - 1)] ?? 60_000;
        item.timer = setTimeout(() => {
          item.timer = undefined;
          this.attempt(id, item);
        }, delay);
      },
    );
  }

  private stop(): void {
    this.stopped = true;
    for (const item of this.items.values()) {
      if (item.timer !== undefined) clearTimeout(item.timer);
    }
  }
}
