/**
 * Typed messaging with the background. Errors thrown by a handler in the background reject the
 * caller's promise with the handler's message.
 *
 * The pages (popup, options) send one message at a time. A content script keeps one port open
 * per launch instead: each runtime.sendMessage opens a channel of its own, which costs the tab's
 * main thread several times what a message on an open port costs.
 */
import { browser } from 'wxt/browser';
import {
  DISCONNECTED,
  HELD_ANSWER_LOST,
  PORT_IDLE_STOP_MS,
  PORT_NAME,
  type Envelope,
  type MessageData,
  type MessageResult,
  type MessageType,
  type PortAnswers,
  type PortRequest,
  type PortRequests,
  type TabMessage,
} from './protocol';

export async function sendMessage<K extends MessageType>(
  type: K,
  data: MessageData<K>,
): Promise<MessageResult<K>> {
  return browser.runtime.sendMessage<Envelope<K>, MessageResult<K>>({ type, data });
}

export interface SendOptions {
  /**
   * Nothing waits on the answer but the sender's bookkeeping: the background may hold it back and
   * send it with later answers (over the port only; see PortRequest).
   */
  lazy?: boolean;
}

export type Send = <K extends MessageType>(
  type: K,
  data: MessageData<K>,
  options?: SendOptions,
) => Promise<MessageResult<K>>;

/** What the messenger uses of a runtime.Port. */
export interface PortLike {
  postMessage(message: PortRequests): void;
  disconnect(): void;
  onMessage: { addListener(listener: (answers: PortAnswers) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * Sends over one port, opened on the first message and again on the first message after it
 * closed (the background was stopped or restarted): the requests waiting on a closed port fail,
 * and their senders retry. The requests made in one task go as one port message (a list, posted
 * when the task's synchronous code is done): each message posted wakes the browser and the
 * background, which then compete with the tab for the processor while it still works. A lazy
 * request posted at least PORT_IDLE_STOP_MS before its port closed fails with HELD_ANSWER_LOST
 * instead: the background had it and held its routine answer (protocol.ts). Aborting `signal` closes the port and fails what is waiting. Each message from
 * the background settles the requests whose answers it lists.
 */
export function portMessenger(
  signal: AbortSignal,
  connect: () => PortLike = () => browser.runtime.connect({ name: PORT_NAME }),
  now: () => number = Date.now,
): Send {
  let port: PortLike | undefined;
  let lastId = 0;
  /** How to settle each request waiting for its answer, by id; when it was posted, if lazy. */
  const waiting = new Map<
    number,
    [settle: (reply: { result?: unknown; error?: string }) => void, lazyAt?: number]
  >();
  /** The requests made in this task, posted together on the open port once it is done. */
  let outbox: PortRequest[] = [];
  const flush = () => {
    const requests = outbox;
    outbox = [];
    try {
      // None left when the port was dropped since they were made (they failed with it).
      if (requests[0]) port?.postMessage(requests);
    } catch {
      // The port closed before its disconnect event came: the next request opens another.
      drop();
    }
  };
  /** Forgets the port; every request still waiting (or still to post) was sent on it and fails. */
  const drop = () => {
    port = undefined;
    outbox = [];
    const at = now();
    for (const [settle, lazyAt = at] of waiting.values())
      settle({ error: at - lazyAt < PORT_IDLE_STOP_MS ? DISCONNECTED : HELD_ANSWER_LOST });
    waiting.clear();
  };
  signal.addEventListener('abort', () => {
    try {
      port?.disconnect();
    } catch {
      // The extension context is dead: the port is gone with it.
    }
    drop();
  });
  return (type, data, options) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) throw new Error(DISCONNECTED);
      if (!port) {
        const opened = (port = connect());
        opened.onMessage.addListener((answers) => {
          for (const reply of answers) {
            waiting.get(reply.id)?.[0](reply);
            waiting.delete(reply.id);
          }
        });
        opened.onDisconnect.addListener(() => {
          if (port === opened) drop();
        });
      }
      waiting.set(++lastId, [
        (reply) => {
          if (reply.error !== undefined) reject(new Error(reply.error));
          else resolve(reply.result as never);
        },
        options?.lazy ? now() : undefined,
      ]);
      // `lazy` is left out when false (undefined is not sent).
      if (outbox.push({ id: lastId, type, data, lazy: options?.lazy || undefined }) === 1)
        queueMicrotask(flush);
    });
}

export function isTabMessage(message: unknown): message is TabMessage {
  // Anything without these fields (a primitive, null) reads them as undefined.
  const { type, threadKey } = (message ?? {}) as { type?: unknown; threadKey?: unknown };
  return type === 'marks:changed' || (type === 'thread:reveal' && typeof threadKey === 'string');
}
