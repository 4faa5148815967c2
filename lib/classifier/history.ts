/**
 * The history a message is classified with: the last few turns of its conversation, the
 * customer's and the owner's, oldest first. Bounded: each conversation keeps at most `size`
 * turns, and owner turns that belong to every conversation (a WhatsApp group, a chat read without
 * conversation names) are kept once, not copied into each conversation, so memory and time stay
 * proportional to the number of messages however many conversations there are.
 */
import type { HistoryTurn } from './types';

/** Turns of context a message is classified with. */
export const HISTORY_TURNS = 10;

interface Numbered {
  seq: number;
  turn: HistoryTurn;
}

function push(ring: Numbered[], item: Numbered, size: number): void {
  ring.push(item);
  if (ring.length > size) ring.shift();
}

export class HistoryWindows {
  private seq = 0;
  private readonly shared: Numbered[] = [];
  private readonly own = new Map<string, Numbered[]>();

  constructor(private readonly size = HISTORY_TURNS) {}

  /** Adds a turn to `conversation`, or to every conversation when it is null. */
  add(conversation: string | null, turn: HistoryTurn): void {
    const item = { seq: this.seq++, turn };
    if (conversation === null) {
      push(this.shared, item, this.size);
      return;
    }
    let ring = this.own.get(conversation);
    if (!ring) {
      ring = [];
      this.own.set(conversation, ring);
    }
    push(ring, item, this.size);
  }

  /** Turns held in all, shared ones once (for tests that memory stays bounded). */
  get held(): number {
    let n = this.shared.length;
    for (const ring of this.own.values()) n += ring.length;
    return n;
  }

  /** The last `size` turns of `conversation`, oldest first. */
  historyOf(conversation: string): HistoryTurn[] {
    const own = this.own.get(conversation) ?? [];
    const merged: Numbered[] = [];
    let i = 0;
    let j = 0;
    while (i < own.length || j < this.shared.length) {
      const a = own[i];
      const b = this.shared[j];
      if (b === undefined || (a !== undefined && a.seq < b.seq)) {
        merged.push(a as Numbered);
        i++;
      } else {
        merged.push(b);
        j++;
      }
    }
    return merged.slice(-this.size).map((n) => n.turn);
  }
}
