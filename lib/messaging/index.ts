/**
 * Typed sending over browser.runtime messaging. Errors thrown by a handler in the background
 * reject the caller's promise with the handler's message.
 */
import { browser } from 'wxt/browser';
import type { Envelope, MessageData, MessageResult, MessageType, TabMessage } from './protocol';

/**
 * The background answers through webextension-polyfill. In Chrome the polyfill sends a failed
 * handler's error as this object; a page built with the polyfill turns it back into an error by
 * itself, a content script built without it (to keep it small) reads it here.
 */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

function isPolyfillRejection(value: unknown): value is PolyfillRejection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true
  );
}

export async function sendMessage<K extends MessageType>(
  type: K,
  data: MessageData<K>,
): Promise<MessageResult<K>> {
  const answer: unknown = await browser.runtime.sendMessage<Envelope<K>, unknown>({ type, data });
  if (isPolyfillRejection(answer)) throw new Error(answer.message);
  return answer as MessageResult<K>;
}

export function isTabMessage(message: unknown): message is TabMessage {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  if (type === 'marks:changed') return true;
  return (
    type === 'thread:reveal' && typeof (message as { threadKey?: unknown }).threadKey === 'string'
  );
}
