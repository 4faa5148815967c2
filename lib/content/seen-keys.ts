/**
 * A bounded set of message keys the tab has already handled, oldest forgotten first, so memory
 * does not grow with the number of messages seen. The background's database remains the real
 * guard against logging a message twice; this set only saves work in the tab.
 */
export class SeenKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 5000) {}

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Adds the key; returns false when it was already there. */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.keys.size;
  }
}
