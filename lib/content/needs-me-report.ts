/**
 * What "Needs me" sends for an open conversation the radar did not flag: the owner's verdict
 * (the last customer message, the turns before it, the category the owner picked) for learning,
 * and an escalation of that category with its drafted reply, so the conversation is followed up
 * like any other.
 */
import type { Category, Classification } from '../classifier/types';
import { VERDICT_TEXT_MAX } from '../learning/types';
import type { EscalationReport, NeedsMeVerdict } from '../messaging/protocol';
import type { IncomingMessage, OpenThread } from '../platforms/types';
import { contentKey } from './keys';
import { buildReport, historyBefore, type ScanContext } from './scan';

export const NEEDS_ME_REASON = 'you marked this conversation as needing you';

export function needsMeFor(
  thread: OpenThread,
  messages: readonly IncomingMessage[],
  category: Category,
  ctx: ScanContext,
): { verdict: NeedsMeVerdict; report: EscalationReport } | undefined {
  let index = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m && m.author === 'them' && m.text.trim() !== '') {
      index = i;
      break;
    }
  }
  const message = messages[index];
  if (!message) return undefined;
  const text = message.text.slice(0, VERDICT_TEXT_MAX);
  const history = historyBefore(messages, index).map((turn) => ({
    from: turn.from,
    text: turn.text.slice(0, VERDICT_TEXT_MAX),
  }));
  const customer =
    thread.group && message.sender ? `${message.sender} (${thread.title})` : thread.title;
  const { lang, score } = ctx.classify({ text, history }, ctx.config);
  const result: Classification = {
    escalate: true,
    category,
    categories: [category],
    score: Math.max(score, 0.6),
    lang,
    reasons: [NEEDS_ME_REASON],
  };
  const report = buildReport(
    ctx,
    {
      threadKey: thread.threadKey,
      customer,
      text: message.text,
      keys: [message.key, contentKey(thread.threadKey, message.text)],
      source: 'thread',
    },
    result,
  );
  if (!report) return undefined;
  return {
    verdict: { platform: ctx.platform, customer, text, history, category },
    report,
  };
}
