// A content script's port to the background, both ends: lib/messaging's portMessenger in the tab,
// lib/background/port.ts in the background, joined by a fake channel that delivers copies later,
// as the browsers do.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundDeps } from '@/lib/background/handlers';
import { acceptPort } from '@/lib/background/port';
import type { SenderLike } from '@/lib/background/sender';
import { reportQueue } from '@/lib/content/report-queue';
import { portMessenger, type PortLike } from '@/lib/messaging';
import {
  HELD_ANSWER_LOST,
  PORT_HELD_ANSWERS_MAX,
  PORT_IDLE_STOP_MS,
  type MessageData,
  type MessageResult,
  type PortAnswers,
} from '@/lib/messaging/protocol';
import { fakeChannel, fakeEvent, type FakeChannel } from '../../shared/fake-port';
import { fakeBackgroundDeps } from '../../shared/background-deps';

const identity = { id: 'ext-id', base: 'chrome-extension://ext-id/' };
const whatsappTab: SenderLike = {
  id: 'ext-id',
  url: 'https://web.whatsapp.com/',
  tab: { id: 7, url: 'https://web.whatsapp.com/' },
};

function deps(): BackgroundDeps {
  return fakeBackgroundDeps();
}

/** A customer asking for a person: it escalates. */
const complaint: MessageData<'candidates:classify'> = {
  platform: 'whatsapp',
  candidates: [
    {
      threadKey: 'wa:title:ana',
      messageKeys: ['wa:1', 'c:wa:title:ana:1'],
      customer: 'Ana Souza',
      text: 'quero falar com uma pessoa',
      history: [],
      source: 'thread',
    },
  ],
};

/** A routine message: it does not escalate. */
const routine = (n: number): MessageData<'candidates:classify'> => ({
  platform: 'whatsapp',
  candidates: [
    {
      threadKey: 'wa:title:ana',
      messageKeys: [`wa:r${n}`, `c:wa:title:ana:r${n}`],
      customer: 'Ana Souza',
      text: `see you tomorrow, thanks (${n})`,
      history: [],
      source: 'thread',
    },
  ],
});

/**
 * The tab's side, each port it opens accepted by a background with `d`; `posts` counts the
 * messages the background posted to the tab; `now` is the tab's clock.
 */
function tab(d: BackgroundDeps, sender = whatsappTab, now?: () => number) {
  const channels: FakeChannel[] = [];
  const controller = new AbortController();
  const posts = { count: 0 };
  const send = portMessenger(
    controller.signal,
    () => {
      const channel = fakeChannel(sender);
      channels.push(channel);
      const post = channel.background.postMessage.bind(channel.background);
      channel.background.postMessage = (answers) => {
        posts.count++;
        post(answers);
      };
      acceptPort(channel.background, identity, d);
      return channel.content;
    },
    now,
  );
  return { send, channels, controller, posts };
}

/** What the background's router was handed, each request's handling as it runs. */
const routed = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock('@/lib/background/router', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/background/router')>();
  return {
    ...actual,
    routeMessage: (...args: Parameters<typeof actual.routeMessage>) => {
      const handling = actual.routeMessage(...args);
      routed.push(handling);
      return handling;
    },
  };
});
beforeEach(() => {
  routed.length = 0;
});

/** The background has received `count` requests and handled them all; its posts have arrived. */
async function handled(count: number) {
  await vi.waitFor(() => {
    expect(routed).toHaveLength(count);
  });
  await Promise.allSettled(routed);
  // The answers' bookkeeping, then the channel's delivery.
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('the background accepts a port only from the two sites’ content scripts', () => {
  it.each<[string, SenderLike, string?]>([
    ['another extension', { ...whatsappTab, id: 'other-extension' }],
    [
      'a page of another site',
      { id: 'ext-id', url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } },
    ],
    [
      'a frame of another site inside WhatsApp',
      {
        id: 'ext-id',
        url: 'https://evil.example/',
        tab: { id: 7, url: 'https://web.whatsapp.com/' },
      },
    ],
    ['a sender without a tab', { id: 'ext-id', url: 'https://web.whatsapp.com/' }],
    [
      'our popup (pages send messages, not ports)',
      { id: 'ext-id', url: identity.base + 'popup.html' },
    ],
    ['the right tab, under another port name', whatsappTab, 'other'],
  ])('%s: disconnected at once, and nothing it sends runs', async (_, sender, name) => {
    const d = deps();
    const channel = fakeChannel(sender, name);
    const disconnect = vi.spyOn(channel.background, 'disconnect');
    acceptPort(channel.background, identity, d);
    expect(disconnect).toHaveBeenCalledTimes(1);
    const gone = vi.fn();
    channel.content.onDisconnect.addListener(gone);
    await vi.waitFor(() => {
      expect(gone).toHaveBeenCalled();
    });
    expect(() => {
      channel.content.postMessage([{ id: 1, type: 'candidates:classify', data: complaint }]);
    }).toThrow('disconnected');
    expect(await d.db.escalations.count()).toBe(0);
  });

  it('a refused sender’s request fails in the tab; the tab opens a new port for the next one', async () => {
    const { send, channels } = tab(deps(), { ...whatsappTab, id: 'other-extension' });
    await expect(send('escalation:listOpen', { platform: 'whatsapp' })).rejects.toThrow(
      'disconnected',
    );
    await expect(send('escalation:listOpen', { platform: 'whatsapp' })).rejects.toThrow(
      'disconnected',
    );
    expect(channels).toHaveLength(2);
  });
});

describe('requests on the port', () => {
  it('are checked as messages are: a bad payload is refused with the field named, nothing stored', async () => {
    const d = deps();
    const { send } = tab(d);
    const bad = { platform: 'whatsapp', candidates: [{ ...complaint.candidates[0], text: 42 }] };
    await expect(send('candidates:classify', bad as never)).rejects.toThrow(
      'candidates:classify: invalid candidates[0].text',
    );
    expect(await d.db.escalations.count()).toBe(0);
  });

  it('a tab may act only for its own site, and never as a page of ours', async () => {
    const d = deps();
    const { send } = tab(d);
    await expect(
      send('candidates:classify', { ...complaint, platform: 'instagram' }),
    ).rejects.toThrow('platform does not match the sending tab');
    await expect(send('data:deleteAll', {})).rejects.toThrow(
      'data:deleteAll: not allowed from content',
    );
    await expect(send('nonsense' as never, {} as never)).rejects.toThrow('unknown type');
  });

  it('a request without a usable id, or not in a list, gets no answer and runs nothing', async () => {
    const d = deps();
    const channel = fakeChannel(whatsappTab);
    acceptPort(channel.background, identity, d);
    const replies = vi.fn();
    channel.content.onMessage.addListener(replies);
    for (const id of [undefined, 0, -1, 1.5, '1'])
      channel.content.postMessage([{ id, type: 'candidates:classify', data: complaint }] as never);
    channel.content.postMessage({ id: 8, type: 'candidates:classify', data: complaint } as never);
    channel.content.postMessage([
      {
        id: 9,
        type: 'escalation:listOpen',
        data: { platform: 'whatsapp' },
      },
    ]);
    await vi.waitFor(() => {
      expect(replies).toHaveBeenCalledTimes(1);
    });
    expect(replies).toHaveBeenCalledWith([{ id: 9, result: [] }]);
    expect(await d.db.escalations.count()).toBe(0);
  });

  it('classifies and records through the port, and the answer reaches the request that asked', async () => {
    const d = deps();
    const { send } = tab(d);
    const [outcome, open] = await Promise.all([
      send('candidates:classify', complaint),
      send('escalation:listOpen', { platform: 'whatsapp' }),
    ]);
    expect(outcome).toMatchObject({ outcomes: ['created'] });
    expect(Array.isArray(open)).toBe(true);
    expect(await d.db.escalations.count()).toBe(1);
  });
});

describe('lazy requests (routine batches nothing on screen waits on)', () => {
  const lazy = { lazy: true };

  it('wait for the next answer however long nothing else is asked: nothing reaches the tab meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const d = deps();
      const { send, posts } = tab(d);
      const settled: number[] = [];
      const answers = [1, 2].map((n) =>
        send('candidates:classify', routine(n), lazy).then((answer) => {
          settled.push(n);
          return answer;
        }),
      );
      await handled(2);
      // An hour with nothing asked (no timer posts what is held).
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      expect(posts.count).toBe(0);
      expect(settled).toEqual([]);
      // The next answer posted takes them along: one message for the three.
      await expect(send('escalation:listOpen', { platform: 'whatsapp' })).resolves.toEqual([]);
      expect(await Promise.all(answers)).toEqual([1, 2].map(() => ({ outcomes: ['none'] })));
      expect(posts.count).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a run of routine batches costs the tab one message, sent when one more would pass the cap', async () => {
    const d = deps();
    const { send, posts } = tab(d);
    const settled = new Set<number>();
    const answers = Array.from({ length: PORT_HELD_ANSWERS_MAX + 2 }, (_, n) =>
      send('candidates:classify', routine(n), lazy).then((answer) => {
        settled.add(n);
        return answer;
      }),
    );
    await handled(PORT_HELD_ANSWERS_MAX + 2);
    // The background held at most the cap: the answer past it went with all those held.
    expect(posts.count).toBe(1);
    expect(settled.size).toBe(PORT_HELD_ANSWERS_MAX + 1);
    await send('escalation:listOpen', { platform: 'whatsapp' });
    await Promise.all(answers);
    expect(posts.count).toBe(2);
  });

  it('a lazy batch that logged an escalation is answered at once, with the open escalations', async () => {
    const d = deps();
    const { send, posts } = tab(d);
    const answer = await send('candidates:classify', complaint, lazy);
    expect(answer).toMatchObject({
      outcomes: ['created'],
      open: [expect.objectContaining({ id: 1 })],
    });
    expect(posts.count).toBe(1);
  });

  it('an answer that goes at once takes the held ones with it', async () => {
    const d = deps();
    const { send, posts } = tab(d);
    const routineAnswer = send('candidates:classify', routine(1), lazy);
    let settled = false;
    void routineAnswer.then(() => (settled = true));
    await handled(1);
    expect(settled).toBe(false);
    expect(posts.count).toBe(0);
    const answer = await send('candidates:classify', complaint, lazy);
    expect(answer).toMatchObject({ outcomes: ['created'] });
    await expect(routineAnswer).resolves.toEqual({ outcomes: ['none'] });
    expect(posts.count).toBe(1);
  });

  it('held answers are lost with a closed port, and nothing is posted after it', async () => {
    const d = deps();
    const { send, channels, posts } = tab(d);
    const first = send('candidates:classify', routine(1), lazy);
    await handled(1);
    channels[0]?.close();
    // Closed right after it was posted: not an idle stop, so the tab may send it again soon.
    await expect(first).rejects.toThrow('disconnected');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posts.count).toBe(0);
    await expect(send('candidates:classify', routine(1))).resolves.toEqual({
      outcomes: ['none'],
    });
    expect(channels).toHaveLength(2);
  });

  it('a request that is not lazy is answered at once', async () => {
    const d = deps();
    const { send, posts } = tab(d);
    await expect(send('candidates:classify', routine(1))).resolves.toEqual({ outcomes: ['none'] });
    expect(posts.count).toBe(1);
  });
});

describe('the tab’s messenger', () => {
  /** A port the test answers by hand. */
  function manualPort() {
    const sent: { id: number; type: string }[] = [];
    const port = {
      postMessage: vi.fn((requests: readonly { id: number; type: string }[]) => {
        sent.push(...requests);
      }),
      disconnect: vi.fn(),
      onMessage: fakeEvent<(answers: PortAnswers) => void>(),
      onDisconnect: fakeEvent<() => void>(),
    };
    return { port, sent };
  }

  it('settles each request with the answer carrying its id, in whatever order answers come', async () => {
    const { port, sent } = manualPort();
    const send = portMessenger(new AbortController().signal, () => port);
    const first = send('escalation:listOpen', { platform: 'whatsapp' });
    const second = send('escalation:reveal', { id: 3 });
    const third = send('escalation:close', { id: 4, status: 'resolved' });
    await Promise.resolve();
    const [a, b, c] = sent;
    expect(new Set([a?.id, b?.id, c?.id]).size).toBe(3);
    port.onMessage.fire([
      { id: c?.id ?? 0, error: 'escalation:close: not this site’s escalation' },
    ]);
    port.onMessage.fire([{ id: 999, result: 'nobody asked' }]);
    port.onMessage.fire([{ id: b?.id ?? 0, result: { revealed: true } }]);
    port.onMessage.fire([{ id: a?.id ?? 0, result: [] }]);
    await expect(first).resolves.toEqual([]);
    await expect(second).resolves.toEqual({ revealed: true });
    await expect(third).rejects.toThrow('not this site’s escalation');
  });

  it('opens one port for many requests, and posts the requests of one task as one message', async () => {
    const { port, sent } = manualPort();
    const connect = vi.fn(() => port as PortLike);
    const send = portMessenger(new AbortController().signal, connect);
    void send('escalation:listOpen', { platform: 'whatsapp' });
    void send('escalation:listOpen', { platform: 'whatsapp' });
    void send('adapter:health', { platform: 'whatsapp', health: { state: 'connected' } });
    // Nothing goes while the task that asked still runs.
    expect(port.postMessage).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(connect).toHaveBeenCalledTimes(1);
    expect(port.postMessage).toHaveBeenCalledTimes(1);
    expect(sent.map((r) => r.type)).toEqual([
      'escalation:listOpen',
      'escalation:listOpen',
      'adapter:health',
    ]);
    // A later task's request is a message of its own, on the same port.
    await new Promise((resolve) => setTimeout(resolve, 0));
    void send('escalation:listOpen', { platform: 'whatsapp' });
    await Promise.resolve();
    expect(connect).toHaveBeenCalledTimes(1);
    expect(port.postMessage).toHaveBeenCalledTimes(2);
    expect(sent).toHaveLength(4);
  });

  it('a disconnect fails what waits; the next request opens a new port (the worker was stopped)', async () => {
    const ports = [manualPort(), manualPort()];
    let opened = 0;
    const send = portMessenger(
      new AbortController().signal,
      () => ports[opened++]?.port as PortLike,
    );
    const waiting = send('escalation:listOpen', { platform: 'whatsapp' });
    ports[0]?.port.onDisconnect.fire();
    await expect(waiting).rejects.toThrow('disconnected');
    const next = send('escalation:listOpen', { platform: 'whatsapp' });
    expect(opened).toBe(2);
    await Promise.resolve();
    expect(ports[0]?.sent).toHaveLength(0);
    const request = ports[1]?.sent[0];
    ports[1]?.port.onMessage.fire([{ id: request?.id ?? 0, result: [] }]);
    await expect(next).resolves.toEqual([]);
    // The old port's late disconnect does not touch the new port's requests.
    const pending = send('escalation:listOpen', { platform: 'whatsapp' });
    await Promise.resolve();
    ports[0]?.port.onDisconnect.fire();
    ports[1]?.port.onMessage.fire([{ id: ports[1].sent[1]?.id ?? 0, result: [] }]);
    await expect(pending).resolves.toEqual([]);
  });

  it('a port that throws on send fails the request; the next request opens a new port', async () => {
    const ports = [manualPort(), manualPort()];
    ports[0]?.port.postMessage.mockImplementation(() => {
      throw new Error('Attempting to use a disconnected port object');
    });
    let opened = 0;
    const send = portMessenger(
      new AbortController().signal,
      () => ports[opened++]?.port as PortLike,
    );
    await expect(send('escalation:listOpen', { platform: 'whatsapp' })).rejects.toThrow(
      'disconnected',
    );
    void send('escalation:listOpen', { platform: 'whatsapp' });
    expect(opened).toBe(2);
  });

  it('a dead extension context fails the request with the browser’s error (the queue stops on it)', async () => {
    const send = portMessenger(new AbortController().signal, () => {
      throw new Error('Extension context invalidated.');
    });
    await expect(send('escalation:listOpen', { platform: 'whatsapp' })).rejects.toThrow(
      'Extension context invalidated',
    );
  });

  it('a lazy request whose port closed an idle stop after it was posted fails as a held answer lost', async () => {
    const { port, sent } = manualPort();
    let now = 0;
    const send = portMessenger(
      new AbortController().signal,
      () => port,
      () => now,
    );
    const old = send('candidates:classify', routine(1), { lazy: true });
    const notLazy = send('escalation:listOpen', { platform: 'whatsapp' });
    now = PORT_IDLE_STOP_MS - 1;
    const young = send('candidates:classify', routine(2), { lazy: true });
    await Promise.resolve();
    now = PORT_IDLE_STOP_MS;
    expect(sent).toHaveLength(3);
    port.onDisconnect.fire();
    await expect(old).rejects.toThrow(HELD_ANSWER_LOST);
    // Not lazy: its answer was never held, so the background may not have had it.
    await expect(notLazy).rejects.toThrow('disconnected');
    // Posted less than an idle stop before the close: something else closed the port.
    await expect(young).rejects.toThrow('disconnected');
  });

  it('the launch’s abort closes the port, fails what waits, and opens no other', async () => {
    const { port } = manualPort();
    const connect = vi.fn(() => port as PortLike);
    const controller = new AbortController();
    const send = portMessenger(controller.signal, connect);
    const waiting = send('escalation:listOpen', { platform: 'whatsapp' });
    controller.abort();
    expect(port.disconnect).toHaveBeenCalledTimes(1);
    await expect(waiting).rejects.toThrow('disconnected');
    await expect(send('escalation:listOpen', { platform: 'whatsapp' })).rejects.toThrow(
      'disconnected',
    );
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('an abort after the extension context died still fails what waits', async () => {
    const { port } = manualPort();
    port.disconnect.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const controller = new AbortController();
    const send = portMessenger(controller.signal, () => port);
    const waiting = send('escalation:listOpen', { platform: 'whatsapp' });
    controller.abort();
    expect(port.disconnect).toHaveBeenCalledTimes(1);
    await expect(waiting).rejects.toThrow('disconnected');
  });
});

describe('the report queue over the port', () => {
  /** A queue over the tab's port that sends lazily, except a batch sent again. */
  function lazyQueue(send: ReturnType<typeof tab>['send'], signal: AbortSignal, now: () => number) {
    const acknowledged = vi.fn();
    const queue = reportQueue<
      MessageData<'candidates:classify'>,
      MessageResult<'candidates:classify'>
    >({
      send: (batch, again) =>
        send('candidates:classify', batch, again ? undefined : { lazy: true }),
      onAcknowledged: acknowledged,
      signal,
      now,
    });
    return { queue, acknowledged };
  }

  it('a routine answer lost with an idle-stopped worker sends nothing until the next pass, which is answered at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const d = deps();
      let now = 0;
      const { send, channels, posts, controller } = tab(d, whatsappTab, () => now);
      const { queue, acknowledged } = lazyQueue(send, controller.signal, () => now);
      queue.add(routine(1));
      await handled(1);
      // Chrome stops the idle worker: the held answer is lost with the port.
      now += PORT_IDLE_STOP_MS;
      channels[0]?.close();
      await vi.advanceTimersByTimeAsync(0);
      expect(channels[0]?.open).toBe(false);
      // No timer sends it again, however long nothing changes: no port, no worker woken.
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      now += 60 * 60_000;
      expect(channels).toHaveLength(1);
      expect(routed).toHaveLength(1);
      expect(queue.size).toBe(1);
      // The next pass: its own batch lazily, then the lost one sent again, answered at once with
      // whatever is held.
      queue.add(routine(2));
      queue.resume();
      await handled(3);
      await vi.waitFor(() => {
        expect(acknowledged).toHaveBeenCalledWith(routine(1), { outcomes: ['none'] });
      });
      expect(channels).toHaveLength(2);
      expect(posts.count).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a batch whose port closed soon after it went is sent again on a timer, not lazily', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const d = deps();
      const now = 0;
      const { send, channels, controller } = tab(d, whatsappTab, () => now);
      const { queue, acknowledged } = lazyQueue(send, controller.signal, () => now);
      queue.add(routine(1));
      await handled(1);
      // The worker was stopped while it handled the batch (not an idle stop).
      channels[0]?.close();
      await vi.advanceTimersByTimeAsync(0);
      expect(channels).toHaveLength(1);
      // The retry timer sends it again, not lazily: its answer comes at once.
      await vi.advanceTimersByTimeAsync(500);
      await handled(2);
      await vi.waitFor(() => {
        expect(acknowledged).toHaveBeenCalledWith(routine(1), { outcomes: ['none'] });
      });
      expect(channels).toHaveLength(2);
      expect(queue.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a batch whose answer was lost with the port is sent again on a new port and logged once', async () => {
    const d = deps();
    const { send, channels, controller } = tab(d);
    let now = 0;
    const acknowledged = vi.fn();
    const queue = reportQueue<
      MessageData<'candidates:classify'>,
      MessageResult<'candidates:classify'>
    >({
      send: (batch) => send('candidates:classify', batch),
      onAcknowledged: acknowledged,
      signal: controller.signal,
      now: () => now,
    });
    // The first port closes just as the background answers: the batch is in the log, the tab
    // never hears so.
    queue.add(complaint);
    const first = channels[0];
    if (!first) throw new Error('no port opened');
    first.background.postMessage = () => {
      first.close();
    };
    await vi.waitFor(() => {
      expect(first.open).toBe(false);
    });
    await vi.waitFor(async () => {
      expect(await d.db.escalations.count()).toBe(1);
    });
    expect(acknowledged).not.toHaveBeenCalled();
    expect(queue.size).toBe(1);
    // The next pass retries it on a new port; the background finds it already logged.
    now += 1000;
    await vi.waitFor(() => {
      queue.resume();
      expect(acknowledged).toHaveBeenCalledTimes(1);
    });
    expect(channels).toHaveLength(2);
    // With the open escalations: the tab that lost the first answer still learns of the change.
    expect(acknowledged).toHaveBeenCalledWith(complaint, {
      outcomes: ['duplicate'],
      open: [expect.objectContaining({ id: 1 })],
    });
    expect(await d.db.escalations.count()).toBe(1);
    expect(queue.size).toBe(0);
    controller.abort();
    expect(channels[1]?.open).toBe(false);
  });
});
