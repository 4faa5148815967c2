/**
 * Message keys the tab has already handled, so a message is classified and reported once. A key
 * is in one of two states:
 * - held: its escalation was reported but the background has not acknowledged it yet; held keys
 *   are never forgotten, so the report is not built twice while it is being retried;
 * - seen: handled for good (nothing to report, or the background acknowledged the report). Seen
 *   keys are bounded, oldest forgotten first, so memory does not grow with the messages seen.
 * The background's database remains the real guard against logging a message twice.
 */
export class SeenKeys {
  readonly #keys = new Set<string>();
  readonly #held = new Set<string>();

  readonly #capacity: number;

  constructor(capacity = 5000) {
    this.#capacity = capacity;
  }

  /** Seen or held. */
  has(key: string): boolean {
    return this.#keys.has(key) || this.#held.has(key);
  }

  isHeld(key: string): boolean {
    return this.#held.has(key);
  }

  /** Marks the key seen; returns false when it was already seen or held. */
  add(key: string): boolean {
    if (this.has(key)) return false;
    this.#remember(key);
    return true;
  }

  /** Holds keys whose report is waiting for the background's acknowledgement. */
  hold(keys: readonly string[]): void {
    for (const key of keys) if (!this.#keys.has(key)) this.#held.add(key);
  }

  /** The background acknowledged the report: its keys become seen. */
  confirm(keys: readonly string[]): void {
    for (const key of keys) {
      this.#held.delete(key);
      if (!this.#keys.has(key)) this.#remember(key);
    }
  }

  #remember(key: string): void {
    this.#keys.add(key);
    if (this.#keys.size > this.#capacity) {
      const oldest = this.#keys.values().next().value;
      if (oldest !== undefined) this.#keys.delete(oldest);
    }
  }

  /** Seen keys (held ones not counted). */
  get size(): number {
    return this.#keys.size;
  }
}
