/**
 * The background's end of a content script's port (lib/messaging's portMessenger). A port is
 * accepted only from a content script of one of the two sites, by the same sender check as a
 * message (sender.ts), fixed when the port opens; anything else is disconnected at once. Each
 * request then goes through the router exactly as a message does (type allowed for the sender,
 * payload narrowed), and its answer, result or error, carries the request's id.
 *
 * Answers go as a list. The answer to a lazy request (a batch of routine messages the tab does not
 * wait on) is held back and goes with the next answer posted: receiving a message costs the tab's
 * main thread about as much as its whole pass over a new message, so a run of routine messages
 * costs the tab one answer, not one each. No timer posts held answers: a tab where nothing
 * changes is sent nothing. An error, and a result that carries open escalations (a batch that
 * logged one: the tab redraws its marks from it), go at once, with whatever was held; so does the
 * answer that would make more than `heldMax` held, so memory stays bounded here and in the tab
 * (which keeps each batch until its answer comes). If the port closes first (Chrome stops an idle
 * worker), what was held is lost with it: the tab sends those batches again with its next pass
 * (protocol.ts, HELD_ANSWER_LOST).
 */
import {
  PORT_HELD_ANSWERS_MAX,
  PORT_NAME,
  type PortAnswers,
  type PortReply,
} from '../messaging/protocol';
import type { BackgroundDeps } from './handlers';
import { routeMessage, type ExtensionIdentity } from './router';
import { identifySender, type SenderLike } from './sender';

/** What the background uses of a runtime.Port. */
export interface BackgroundPort {
  name: string;
  sender?: SenderLike;
  postMessage(answers: PortAnswers): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

const isRequestId = (id: unknown): id is number =>
  typeof id === 'number' && Number.isSafeInteger(id) && id > 0;

/** A result the tab shows at once: it carries the open escalations. */
const carriesOpen = (result: unknown): boolean =>
  typeof result === 'object' && result !== null && 'open' in result;

export function acceptPort(
  port: BackgroundPort,
  identity: ExtensionIdentity,
  deps: BackgroundDeps,
  heldMax = PORT_HELD_ANSWERS_MAX,
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
  let held: PortReply[] = [];
  let closed = false;
  const answer = (reply: PortReply, hold: boolean) => {
    if (closed) return;
    held.push(reply);
    if (hold && held.length <= heldMax) return;
    const answers = held;
    held = [];
    try {
      port.postMessage(answers);
    } catch {
      // The tab closed or navigated away meanwhile; a tab that still waits asks again.
    }
  };
  port.onDisconnect.addListener(() => {
    closed = true;
    held = [];
  });
  const handle = (message: unknown) => {
    const request = message as { id?: unknown; lazy?: unknown } | null;
    const id = request?.id;
    // Without an id the request cannot be answered: nothing runs.
    if (!isRequestId(id)) return;
    const lazy = request?.lazy === true;
    routeMessage(message, sender, identity, deps).then(
      (result) => {
        answer({ id, result }, lazy && !carriesOpen(result));
      },
      (error: unknown) => {
        answer({ id, error: error instanceof Error ? error.message : String(error) }, false);
      },
    );
  };
  // The tab posts the requests it made in one task as one list (PortRequests); anything else
  // carries no request.
  port.onMessage.addListener((message) => {
    if (Array.isArray(message)) for (const request of message as unknown[]) handle(request);
  });
}
