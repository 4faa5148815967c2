/**
 * The history a message is classified with: the last few turns of its conversation, the
 * customer's and the owner's, oldest first. One rule for every place that classifies a message of
 * a conversation (the tab's new messages, "Needs me", the options backtest, the command line), so
 * the backtest replays what the tab does: `historyBefore` decides which turns count (those with
 * text), how many (HISTORY_TURNS) and how long each may be (HISTORY_TURN_CHARS).
 *
 * `HistoryWindows` keeps those windows while a long export streams past. Bounded: each
 * conversation keeps at most HISTORY_TURNS turns, and owner turns that belong to every
 * conversation (a WhatsApp group, a chat read without conversation names) are kept once, not
 * copied into each conversation, so memory and time stay proportional to the number of messages
 * however many conversations there are. Pure.
 */
import type { HistoryTurn } from './types';

/** Turns of context a message is classified with. */
export const HISTORY_TURNS = 10;
/** Longest text of one history turn; the classifier reads less than this of a turn. */
export const HISTORY_TURN_CHARS = 4000;

/** Whether a turn says anything (a photo without a caption does not). */
function hasText(turn: HistoryTurn): boolean {
  return turn.text.trim() !== '';
}

/**
 * The history of the message at `index` of `items` (a conversation, oldest first): the last
 * HISTORY_TURNS turns with text before it, oldest first, each cut at HISTORY_TURN_CHARS.
 * `turnOf` reads a turn from an item (a page's message, a stored turn).
 */
export function historyBefore<T>(
  items: readonly T[],
  index: number,
  turnOf: (item: T) => HistoryTurn,
): HistoryTurn[] {
  const turns: HistoryTurn[] = [];
  for (let i = Math.min(index, items.length) - 1; i >= 0 && turns.length < HISTORY_TURNS; i--) {
    const item = items[i] as T;
    const turn = turnOf(item);
    if (!hasText(turn)) continue;
    // A turn short enough is handed on as `turnOf` gave it (never changed here or by a reader).
    turns.push(
      turn.text.length > HISTORY_TURN_CHARS
        ? { from: turn.from, text: turn.text.slice(0, HISTORY_TURN_CHARS) }
        : turn,
    );
  }
  return turns.reverse();
}

interface Numbered {
  seq: number;
  turn: HistoryTurn;
}

function push(ring: Numbered[], item: Numbered, size: number): void {
  ring.push(item);
  if (ring.length > size) ring.shift();
}

const turnOfNumbered = (n: Numbered) => n.turn;

export class HistoryWindows {
  private seq = 0;
  private readonly shared: Numbered[] = [];
  private readonly own = new Map<string, Numbered[]>();
  private readonly size = HISTORY_TURNS;

  /** Adds a turn to `conversation`, or to every conversation when it is null. */
  add(conversation: string | null, turn: HistoryTurn): void {
    if (!hasText(turn)) return;
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

  /** The history of the next message of `conversation` (see historyBefore). */
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
    return historyBefore(merged, merged.length, turnOfNumbered);
  }
}
