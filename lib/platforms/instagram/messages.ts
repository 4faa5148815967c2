/**
 * Turns the rendered rows of an open Instagram thread into IncomingMessages, oldest first. Per
 * row: time breaks (data-scope="date_break", or a row without bubble whose whole text is a time)
 * set the key anchor; status lines ("Seen", "Active now", "Typing…", localised) are skipped; a
 * message's text is the outermost dir="auto" inside its bubble (emoji images as alt text), a reply
 * label ("replied to you", localised) plus the snippet after it become `quoted`, large images,
 * videos and /p/ /reel/ links set hasMedia. Group senders come from the name shown above a run and
 * are carried forward. Keys: see keys.ts. Each row's parse is cached per element (row-cache.ts), so
 * a pass parses only new or changed rows; the carry-forward (time break, group sender, repeat
 * count) is a cheap walk over the cached facts. Read-only; never scrolls or clicks.
 */
import type { IncomingMessage, OpenThread } from '../types';
import { messageKey } from './keys';
import { isSenderRow, passContext, rowEntry, type RowEntry } from './row-cache';
import { canonicalTimeBreak } from './time-break';
import { messageRows } from './thread';

/**
 * Whether any incoming row shows a sender name above its bubble (a group thread). Rows parsed
 * before are not parsed again: the row cache remembers, per container, whether one had a name.
 */
export function hasSenderLabels(container: HTMLElement): boolean {
  const pass = passContext(container);
  if (pass.senders.seen) return true;
  const rows = messageRows(container);
  if (pass.senders.scanned) {
    for (const row of rows) if (!pass.isCached(row)) rowEntry(row, pass);
  } else {
    // First look at this container (or its label changed): cached rows count as well.
    for (const row of rows) if (isSenderRow(rowEntry(row, pass))) pass.senders.seen = true;
    pass.senders.scanned = true;
  }
  return pass.senders.seen;
}

function keyOf(entry: RowEntry, threadKey: string, anchor: string, occurrence: number): string {
  const memo = entry.key;
  if (memo?.threadKey === threadKey && memo.anchor === anchor && memo.occurrence === occurrence)
    return memo.value;
  const parsed = entry.parsed;
  if (parsed.kind !== 'message') return '';
  const value = messageKey({
    threadKey,
    author: parsed.author,
    text: parsed.text,
    quoted: parsed.quoted,
    media: parsed.media,
    anchor,
    occurrence,
  });
  entry.key = { threadKey, anchor, occurrence, value };
  return value;
}

export function readMessages(thread: OpenThread, now: Date = new Date()): IncomingMessage[] {
  const pass = passContext(thread.root);
  const out: IncomingMessage[] = [];
  let anchor = '';
  let seen = new Map<string, number>();
  let sender: string | undefined;
  for (const row of messageRows(thread.root)) {
    const entry = rowEntry(row, pass);
    const parsed = entry.parsed;
    if (parsed.kind === 'ignored') continue;
    if (parsed.kind === 'break') {
      anchor = canonicalTimeBreak(parsed.label, now) ?? parsed.label.toLowerCase();
      seen = new Map();
      continue;
    }
    const { author, text, quoted, media } = parsed;
    if (author === 'me') sender = undefined;
    else if (parsed.senderLabel) sender = parsed.senderLabel;
    const occurrence = (seen.get(entry.identity) ?? 0) + 1;
    seen.set(entry.identity, occurrence);
    out.push({
      key: keyOf(entry, thread.threadKey, anchor, occurrence),
      threadKey: thread.threadKey,
      author,
      ...(thread.group && author === 'them' && sender ? { sender } : {}),
      text,
      ...(quoted ? { quoted } : {}),
      hasMedia: media !== undefined,
    });
  }
  return out;
}
