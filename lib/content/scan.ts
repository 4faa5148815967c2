/**
 * Decides, inside the tab, which chat-list previews and which messages of the open conversation
 * escalate, and builds the reports for the background. Ordinary message text never leaves the
 * tab: only escalations become reports. Messages already on the page when it loads (backlog) are
 * considered only after the owner's last reply, so answered history does not raise alarms.
 */
import type {
  Classification,
  ClassifierConfig,
  ClassifierInput,
  HistoryTurn,
} from '../classifier/types';
import { draftHandoff } from '../handoff';
import { boundKey, clipText, REPORT_LIMITS as L } from '../limits';
import type { EscalationReport } from '../messaging/protocol';
import type { ChatRow, IncomingMessage, OpenThread, Platform } from '../platforms/types';
import type { Settings } from '../settings/types';
import { contentKey, previewKey } from './keys';
import type { SeenKeys } from './seen-keys';

export interface ScanContext {
  platform: Platform;
  settings: Settings;
  config: ClassifierConfig;
  now: number;
  seen: SeenKeys;
  classify: (input: ClassifierInput, config: ClassifierConfig) => Classification;
}

/** Messages before a new one given to the classifier as context. */
export const HISTORY_TURNS = 10;

/** A first name to greet the customer with, or undefined for phone numbers and empty titles. */
export function firstName(title: string): string | undefined {
  const clean = title.trim();
  if (clean === '' || /^[+\d\s()-]+$/.test(clean)) return undefined;
  return clean.split(/\s+/)[0];
}

export function buildReport(
  ctx: ScanContext,
  base: {
    threadKey: string;
    customer: string;
    text: string;
    keys: string[];
    source: 'preview' | 'thread';
    /** When the page says the customer sent it. */
    messageAt?: number;
  },
  result: Classification,
): EscalationReport | undefined {
  if (!result.escalate || result.category === null) return undefined;
  const draft = draftHandoff(
    {
      category: result.category,
      lang: result.lang,
      customerName: firstName(base.customer),
      now: ctx.now,
    },
    ctx.settings,
  );
  // Everything is clipped to what the background accepts, so no escalation is refused for size.
  return {
    platform: ctx.platform,
    threadKey: boundKey(base.threadKey, L.threadKey),
    messageKeys: base.keys.slice(0, L.messageKeys).map((k) => boundKey(k, L.messageKey)),
    customer: clipText(base.customer, L.customer),
    category: result.category,
    categories: result.categories,
    score: result.score,
    lang: clipText(result.lang, L.lang),
    reasons: result.reasons.slice(0, L.reasons).map((r) => clipText(r, L.reason)),
    keyedReasons: result.keyedReasons
      ?.slice(0, L.reasons)
      .map((r) => (r.quote === undefined ? r : { ...r, quote: clipText(r.quote, L.reason) })),
    text: clipText(base.text, L.text),
    draft: clipText(draft.text, L.draft),
    promiseDueAt: draft.dueAt,
    source: base.source,
    messageAt: base.messageAt,
  };
}

/** The message's own key first, then the content key shared by preview and open chat; bounded. */
function messageKeys(key: string, threadKey: string, text: string): [string, string] {
  return [boundKey(key, L.messageKey), boundKey(contentKey(threadKey, text), L.messageKey)];
}

/**
 * A message without an escalation is seen at once; an escalation's keys are only held until the
 * background acknowledges the report (the runtime confirms them), so a report that never arrives
 * is not forgotten.
 */
function settle(
  ctx: ScanContext,
  key: string,
  report: EscalationReport | undefined,
  reports: EscalationReport[],
): void {
  if (report) {
    ctx.seen.hold(report.messageKeys);
    reports.push(report);
  } else {
    ctx.seen.add(key);
  }
}

/** Unread chats whose last message is the customer's are classified from the list preview. */
export function scanRows(rows: readonly ChatRow[], ctx: ScanContext): EscalationReport[] {
  const reports: EscalationReport[] = [];
  for (const row of rows) {
    if (row.unreadCount === 0 || row.previewFromMe || row.preview.trim() === '') continue;
    const keys = messageKeys(previewKey(row.threadKey, row.preview), row.threadKey, row.preview);
    if (ctx.seen.has(keys[0])) continue;
    const result = ctx.classify({ text: row.preview }, ctx.config);
    const report = buildReport(
      ctx,
      { threadKey: row.threadKey, customer: row.title, text: row.preview, keys, source: 'preview' },
      result,
    );
    settle(ctx, keys[0], report, reports);
  }
  return reports;
}

export function historyBefore(messages: readonly IncomingMessage[], index: number): HistoryTurn[] {
  const turns: HistoryTurn[] = [];
  for (let i = Math.max(0, index - HISTORY_TURNS); i < index; i++) {
    const m = messages[i];
    if (m && m.text !== '')
      turns.push({ from: m.author === 'me' ? 'owner' : 'customer', text: m.text });
  }
  return turns;
}

/**
 * New customer messages of the open conversation. With `backlog` (first look at this thread),
 * messages before the owner's last reply are only remembered, not classified. Later, messages
 * that appear above ones already seen are older history loaded by scrolling up: remembered too.
 */
export function scanThread(
  thread: OpenThread,
  messages: readonly IncomingMessage[],
  ctx: ScanContext,
  backlog: boolean,
): EscalationReport[] {
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
  const reports: EscalationReport[] = [];
  messages.forEach((message, index) => {
    const keys = messageKeys(message.key, thread.threadKey, message.text);
    if (ctx.seen.has(keys[0])) return;
    if (index < start || message.author === 'me' || message.text.trim() === '') {
      ctx.seen.add(keys[0]);
      return;
    }
    const result = ctx.classify(
      { text: message.text, history: historyBefore(messages, index) },
      ctx.config,
    );
    // A group's name is clipped first so the sender's name always shows.
    const customer =
      thread.group && message.sender
        ? `${clipText(message.sender, 80)} (${clipText(thread.title, L.customer - 83)})`
        : thread.title;
    const report = buildReport(
      ctx,
      {
        threadKey: thread.threadKey,
        customer,
        text: message.text,
        keys,
        source: 'thread',
        messageAt: message.sentAt,
      },
      result,
    );
    settle(ctx, keys[0], report, reports);
  });
  return reports;
}
