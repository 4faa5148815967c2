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

const HISTORY_TURNS = 10;

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
  return {
    platform: ctx.platform,
    threadKey: base.threadKey,
    messageKeys: base.keys,
    customer: base.customer,
    category: result.category,
    categories: result.categories,
    score: result.score,
    lang: result.lang,
    reasons: result.reasons,
    text: base.text,
    draft: draft.text,
    promiseDueAt: draft.dueAt,
    source: base.source,
    messageAt: base.messageAt,
  };
}

/** Unread chats whose last message is the customer's are classified from the list preview. */
export function scanRows(rows: readonly ChatRow[], ctx: ScanContext): EscalationReport[] {
  const reports: EscalationReport[] = [];
  for (const row of rows) {
    if (row.unreadCount === 0 || row.previewFromMe || row.preview.trim() === '') continue;
    const key = previewKey(row.threadKey, row.preview);
    if (!ctx.seen.add(key)) continue;
    const result = ctx.classify({ text: row.preview }, ctx.config);
    const keys = [key, contentKey(row.threadKey, row.preview)];
    const report = buildReport(
      ctx,
      { threadKey: row.threadKey, customer: row.title, text: row.preview, keys, source: 'preview' },
      result,
    );
    if (report) reports.push(report);
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
      : message !== undefined && ctx.seen.has(message.key);
    if (isBoundary) {
      start = i + 1;
      break;
    }
  }
  const reports: EscalationReport[] = [];
  messages.forEach((message, index) => {
    if (!ctx.seen.add(message.key)) return;
    if (index < start || message.author === 'me' || message.text.trim() === '') return;
    const result = ctx.classify(
      { text: message.text, history: historyBefore(messages, index) },
      ctx.config,
    );
    const customer =
      thread.group && message.sender ? `${message.sender} (${thread.title})` : thread.title;
    const keys = [message.key, contentKey(thread.threadKey, message.text)];
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
    if (report) reports.push(report);
  });
  return reports;
}
