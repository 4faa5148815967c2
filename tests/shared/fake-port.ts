// A runtime.Port channel between a content script and the background, in one process, for the
// port protocol's tests. Like the browsers: messages arrive later (never during postMessage) as
// copies (JSON, as Chrome serialises them); closing one end tells only the other end; a closed
// port throws on postMessage; the browser can close the channel under both ends (the service
// worker stopped, the extension reloaded). Written for these tests.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundPort } from '@/lib/background/port';
import type { SenderLike } from '@/lib/background/sender';
import { portMessenger, type PortLike, type Send } from '@/lib/messaging';
import { PORT_NAME, type PortAnswers, type PortRequests } from '@/lib/messaging/protocol';

/** A browser event with the one method tests call to fire it. */
export function fakeEvent<F extends (...args: never[]) => void>() {
  const listeners = new Set<F>();
  return {
    addListener: (listener: F) => void listeners.add(listener),
    removeListener: (listener: F) => void listeners.delete(listener),
    hasListener: (listener: F) => listeners.has(listener),
    fire: (...args: Parameters<F>) => {
      for (const listener of [...listeners]) listener(...args);
    },
  };
}

const later = (task: () => void) => {
  void Promise.resolve().then(task);
};
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const closedError = () => new Error('Attempting to use a disconnected port object');

export interface FakeChannel {
  content: PortLike & { disconnect: () => void };
  background: BackgroundPort & { onDisconnect: ReturnType<typeof fakeEvent<() => void>> };
  /** The browser closes the channel: both ends are told. */
  close(): void;
  readonly open: boolean;
}

export function fakeChannel(sender: SenderLike, name = PORT_NAME): FakeChannel {
  let open = true;
  const toContent = fakeEvent<(answers: PortAnswers) => void>();
  const contentGone = fakeEvent<() => void>();
  const toBackground = fakeEvent<(message: unknown) => void>();
  const backgroundGone = fakeEvent<() => void>();
  const closeFrom = (other: () => void) => {
    if (!open) return;
    open = false;
    later(other);
  };
  return {
    get open() {
      return open;
    },
    content: {
      postMessage(message: PortRequests) {
        if (!open) throw closedError();
        const sent = copy(message);
        later(() => {
          if (open) toBackground.fire(sent);
        });
      },
      disconnect: () => {
        closeFrom(backgroundGone.fire);
      },
      onMessage: toContent,
      onDisconnect: contentGone,
    },
    background: {
      name,
      sender,
      postMessage(answers: PortAnswers) {
        if (!open) throw closedError();
        const sent = copy(answers);
        later(() => {
          if (open) toContent.fire(sent);
        });
      },
      disconnect: () => {
        closeFrom(contentGone.fire);
      },
      onMessage: toBackground,
      onDisconnect: backgroundGone,
    },
    close() {
      closeFrom(() => {
        contentGone.fire();
        backgroundGone.fire();
      });
    },
  };
}

/**
 * What a site's tab sends to the started background (`startBackground` listening on the fake
 * browser's runtime.onConnect), as `sender`: over a port, as a content script does.
 */
export function tabMessenger(sender: SenderLike): Send {
  const onConnect = fakeBrowser.runtime.onConnect as unknown as ReturnType<
    typeof fakeEvent<(port: unknown) => void>
  >;
  return portMessenger(new AbortController().signal, () => {
    const channel = fakeChannel(sender);
    onConnect.fire(channel.background);
    return channel.content;
  });
}
