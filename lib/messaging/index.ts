/**
 * Typed sending over browser.runtime messaging. Errors thrown by a handler in the background
 * reject the caller's promise with the handler's message.
 */
import { browser } from 'wxt/browser';
import type {
  Envelope,
  LearningChanged,
  MessageData,
  MessageResult,
  MessageType,
  TabMessage,
} from './protocol';

export async function sendMessage<K extends MessageType>(
  type: K,
  data: MessageData<K>,
): Promise<MessageResult<K>> {
  return browser.runtime.sendMessage<Envelope<K>, MessageResult<K>>({ type, data });
}

export function isTabMessage(message: unknown): message is TabMessage {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  if (type === 'marks:changed') return true;
  return (
    type === 'thread:reveal' && typeof (message as { threadKey?: unknown }).threadKey === 'string'
  );
}

export function isLearningChanged(message: unknown): message is LearningChanged {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'learning:changed'
  );
}
