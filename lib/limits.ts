/**
 * The sizes of what a tab sends and what the log keeps. The background refuses a candidate with a
 * longer key, name or text (lib/messaging/guards.ts), so the tab clips to the same numbers and a
 * candidate it builds is always accepted, whatever the page contains; the escalation the
 * background builds from it (classifier reasons, draft) is clipped to them too, whatever the
 * owner's templates contain. Pure.
 */
import { HISTORY_TURN_CHARS, HISTORY_TURNS } from './classifier/history';
import { hashText } from './hash';

export const REPORT_LIMITS = {
  threadKey: 300,
  messageKey: 400,
  messageKeys: 4,
  customer: 200,
  lang: 12,
  reason: 300,
  reasons: 12,
  text: 100_000,
  draft: 4000,
} as const;

/**
 * The sizes of a batch of candidates (new customer messages a tab sends to be classified); each
 * candidate's keys, customer and text are bounded like a report's (REPORT_LIMITS). The tab sends
 * at most `candidates` per message and each candidate's history as the one history builder makes
 * it (at most HISTORY_TURNS turns of at most HISTORY_TURN_CHARS each).
 */
export const CANDIDATE_LIMITS = {
  candidates: 100,
  historyTurns: HISTORY_TURNS,
  historyTurnChars: HISTORY_TURN_CHARS,
} as const;

const ELLIPSIS = '…';

/**
 * `text` when it fits in `max` UTF-16 units; otherwise its start with an ellipsis, `max` units in
 * all, never splitting a surrogate pair.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, Math.max(0, end)) + ELLIPSIS;
}

/**
 * A key that fits in `max` units: unchanged when short enough, otherwise its start plus a hash of
 * the whole key, so the same long key always gives the same bounded key.
 */
export function boundKey(key: string, max: number): string {
  if (key.length <= max) return key;
  const tail = `#${hashText(key)}`;
  return clipText(key, max - tail.length + 1).slice(0, -1) + tail;
}
