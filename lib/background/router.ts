/**
 * The background's message entry: identifies the sender, refuses messages a sender may not send,
 * narrows the payload, then calls the handler. Anything unexpected is refused with an error the
 * caller sees; nothing unchecked reaches a handler. Content scripts speak only through their port
 * (port.ts, which routes each request here); a one-off runtime message (`routeOneOffMessage`) is
 * accepted from our own pages only.
 */
import { checkPayload, isMessageType } from '../messaging/guards';
import { SENDERS, type MessageType } from '../messaging/protocol';
import { handlers, type BackgroundDeps } from './handlers';
import { identifySender, type SenderLike } from './sender';

export interface ExtensionIdentity {
  id: string;
  /** runtime.getURL('/') */
  base: string;
}

export async function routeMessage(
  message: unknown,
  rawSender: SenderLike,
  identity: ExtensionIdentity,
  deps: BackgroundDeps,
): Promise<unknown> {
  const sender = identifySender(rawSender, identity.id, identity.base);
  if (!sender) throw new Error('Message refused: unknown sender');
  const type = (message as { type?: unknown } | null)?.type;
  if (!isMessageType(type)) throw new Error('Message refused: unknown type');
  if (!SENDERS[type].includes(sender.kind))
    throw new Error(`${type}: not allowed from ${sender.kind}`);
  const data = checkPayload(type, (message as { data?: unknown }).data);
  return dispatch(type, data, sender, deps);
}

/**
 * A one-off runtime message (runtime.onMessage): from our own pages only. A tab's content script
 * sends over its port, so a message from a tab is refused before anything else: the sites' pages
 * get no second way in.
 */
export async function routeOneOffMessage(
  message: unknown,
  rawSender: SenderLike,
  identity: ExtensionIdentity,
  deps: BackgroundDeps,
): Promise<unknown> {
  if (identifySender(rawSender, identity.id, identity.base)?.kind === 'content')
    throw new Error('Message refused: a content script sends over its port');
  return routeMessage(message, rawSender, identity, deps);
}

function dispatch<K extends MessageType>(
  type: K,
  data: Parameters<(typeof handlers)[K]>[0],
  sender: Parameters<(typeof handlers)[K]>[1],
  deps: BackgroundDeps,
) {
  const handler = handlers[type] as (
    d: typeof data,
    s: typeof sender,
    x: BackgroundDeps,
  ) => Promise<unknown>;
  return handler(data, sender, deps);
}
