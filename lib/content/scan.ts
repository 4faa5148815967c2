/**
 * Decides, inside the tab, which inbox previews and which messages of the open thread
 * are new customer messages, and makes them candidates for the background to classify
 * (candidates:classify). Messages already on the page when it loads (backlog) are considered only
 * after the owner's last reply, so answered history does not raise alarms. A candidate's keys are
 * held until the background acknowledges its batch (the runtime confirms them then), so a batch
 * that never arrives is not forgotten.
 */
import { historyBefore } from '../classifier/history';
import type { HistoryTurn } from '../classifier/types';
import { boundKey, clipText, REPORT_LIMITS as L } from '../limits';
import type { Candidate } from '../messaging/protocol';
import type { InboxRow, IncomingMessage, OpenThread, Platform } from '../platforms/types';
import { contentKey, previewKey } from './keys';
import type { SeenKeys } from './seen-keys';

export interface ScanContext {
  platform: Platform;
  seen: SeenKeys;
  /**
   * Each message's turn of history, made once: the adapters hand the same message objects back
   * as the history of the messages after them, so a new message's history is the turns of the
   * one before (shared, never changed) plus one.
   */
  turns?: WeakMap<IncomingMessage, HistoryTurn>;
}

/**
 * The keys of a candidate: its own key (already bounded) first, then the content key shared by
 * preview and open thread, bounded. The content key (normalising and hashing the text) is made
 * only for a message that becomes a candidate: the turns read as context are looked up by their
 * own key alone.
 */
function candidateKeys(own: string, threadKey: string, text: string): [string, string] {
  return [own, boundKey(contentKey(threadKey, text), L.messageKey)];
}

/** A page's message as a turn of history. */
export const turnOf = (m: IncomingMessage): HistoryTurn => ({
  from: m.author === 'me' ? 'owner' : 'customer',
  text: m.text,
});

/** The history the message at `index` is classified with (the one builder, lib/classifier). */
export function historyOf(
  messages: readonly IncomingMessage[],
  index: number,
  turns?: WeakMap<IncomingMessage, HistoryTurn>,
): HistoryTurn[] {
  if (!turns) return historyBefore(messages, index, turnOf);
  return historyBefore(messages, index, (m) => {
    let turn = turns.get(m);
    if (!turn) turns.set(m, (turn = turnOf(m)));
    return turn;
  });
}

/** The customer as the candidate names them; in a group the sender's name always shows. */
export function customerOf(thread: OpenThread, message: IncomingMessage): string {
  return thread.group && message.sender
    ? `${clipText(message.sender, 80)} (${clipText(thread.title, L.customer - 83)})`
    : clipText(thread.title, L.customer);
}

/** Everything bounded to what the background accepts, so no candidate is refused for size. */
function candidate(base: Candidate): Candidate {
  return {
    ...base,
    threadKey: boundKey(base.threadKey, L.threadKey),
    customer: clipText(base.customer, L.customer),
    text: clipText(base.text, L.text),
  };
}

/**
 * Unread chats whose last message is the customer's are candidates from the list preview, unless
 * the same message was already read from the open thread (its content key is seen or held).
 */
export function scanInboxRows(rows: readonly InboxRow[], ctx: ScanContext): Candidate[] {
  const candidates: Candidate[] = [];
  for (const row of rows) {
    if (row.unreadCount === 0 || row.previewFromMe || row.preview.trim() === '') continue;
    const own = boundKey(previewKey(row.threadKey, row.preview), L.messageKey);
    if (ctx.seen.has(own)) continue;
    const keys = candidateKeys(own, row.threadKey, row.preview);
    // Read from the open thread already, with its history: the preview alone adds nothing.
    if (ctx.seen.has(keys[1])) continue;
    ctx.seen.hold(keys);
    candidates.push(
      candidate({
        threadKey: row.threadKey,
        messageKeys: keys,
        customer: row.title,
        text: row.preview,
        history: [],
        source: 'preview',
        group: row.group,
      }),
    );
  }
  return candidates;
}

/**
 * New customer messages of the open conversation. With `backlog` (first look at this thread),
 * messages before the owner's last reply are only remembered, not sent. Later, messages that
 * appear above ones already seen are older history loaded by scrolling up: remembered too.
 */
export function scanThread(
  thread: OpenThread,
  messages: readonly IncomingMessage[],
  ctx: ScanContext,
  backlog: boolean,
): Candidate[] {
  let start = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    const isBoundary = backlog
      ? message?.author === 'me'
      : message !== undefined && ctx.seen.has(boundKey(message.key, L.messageKey));
    if (isBoundary) {
      start = i + 1;
      break;
    }
  }
  const candidates: Candidate[] = [];
  messages.forEach((message, index) => {
    const own = boundKey(message.key, L.messageKey);
    if (ctx.seen.has(own)) return;
    if (index < start || message.author === 'me' || message.text.trim() === '') {
      ctx.seen.add(own);
      return;
    }
    const keys = candidateKeys(own, thread.threadKey, message.text);
    ctx.seen.hold(keys);
    candidates.push(
      candidate({
        threadKey: thread.threadKey,
        messageKeys: keys,
        customer: customerOf(thread, message),
        text: message.text,
        history: historyOf(messages, index, ctx.turns),
        source: 'thread',
        group: thread.group,
        sentAt: message.sentAt,
      }),
    );
  });
  return candidates;
}
