/**
 * What "Needs me" sends for an open conversation the radar did not flag: the owner's verdict
 * (the last customer message, the turns before it, the category the owner picked) for learning,
 * and that message as a candidate the background escalates with the owner's category (and drafts
 * the reply for), so the thread is followed up like any other.
 */
import type { Category } from '../classifier/types';
import { VERDICT_TEXT_MAX } from '../learning/types';
import { boundKey, clipText, REPORT_LIMITS as L } from '../limits';
import type { Candidate, NeedsMeVerdict } from '../messaging/protocol';
import type { IncomingMessage, OpenThread, Platform } from '../platforms/types';
import { contentKey } from './keys';
import { customerOf, historyOf } from './scan';

export function needsMeFor(
  platform: Platform,
  thread: OpenThread,
  messages: readonly IncomingMessage[],
  category: Category,
): { verdict: NeedsMeVerdict; candidate: Candidate } | undefined {
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
  const history = historyOf(messages, index);
  const customer = customerOf(thread, message);
  return {
    verdict: {
      platform,
      customer,
      text: message.text.slice(0, VERDICT_TEXT_MAX),
      history,
      category,
    },
    candidate: {
      threadKey: boundKey(thread.threadKey, L.threadKey),
      messageKeys: [
        boundKey(message.key, L.messageKey),
        boundKey(contentKey(thread.threadKey, message.text), L.messageKey),
      ],
      customer,
      text: clipText(message.text, L.text),
      history,
      source: 'thread',
      sentAt: message.sentAt,
      needsMe: category,
    },
  };
}
