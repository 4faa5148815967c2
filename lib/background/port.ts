/**
 * The background's end of a content script's port (lib/messaging's portMessenger). A port is
 * accepted only from a content script of one of the two sites, by the same sender check as a
 * message (sender.ts), fixed when the port opens; anything else is disconnected at once. Each
 * request then goes through the router exactly as a message does (type allowed for the sender,
 * payload narrowed), and its answer, result or error, carries the request's id.
 */
import { PORT_NAME, type PortReply } from '../messaging/protocol';
import type { BackgroundDeps } from './handlers';
import { routeMessage, type ExtensionIdentity } from './router';
import { identifySender, type SenderLike } from './sender';

/** What the background uses of a runtime.Port. */
export interface BackgroundPort {
  name: string;
  sender?: SenderLike;
  postMessage(reply: PortReply): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

const isRequestId = (id: unknown): id is number =>
  typeof id === 'number' && Number.isSafeInteger(id) && id > 0;

export function acceptPort(
  port: BackgroundPort,
  identity: ExtensionIdentity,
  deps: BackgroundDeps,
): void {
  const sender = port.sender;
  if (
    port.name !== PORT_NAME ||
    !sender ||
    identifySender(sender, identity.id, identity.base)?.kind !== 'content'
  ) {
    port.disconnect();
    return;
  }
  const reply = (answer: PortReply) => {
    try {
      port.postMessage(answer);
    } catch {
      // The tab closed or navigated away meanwhile; a tab that still waits asks again.
    }
  };
  port.onMessage.addListener((message) => {
    const id = (message as { id?: unknown } | null)?.id;
    // Without an id the request cannot be answered: nothing runs.
    if (!isRequestId(id)) return;
    routeMessage(message, sender, identity, deps).then(
      (result) => {
        reply({ id, result });
      },
      (error: unknown) => {
        reply({ id, error: error instanceof Error ? error.message : String(error) });
      },
    );
  });
}
