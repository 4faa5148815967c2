// @vitest-environment jsdom
/**
 * The content runtime with the real WhatsApp adapter on the e2e fixture page: which customer
 * messages a pass sends the background as candidates as the page changes (first look, new message, chat switch, older history loaded
 * above), and the launch's lifetime (after abort: no observer callback, no timer, no listener).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startContentRuntime, type RuntimeDeps } from '@/lib/content/runtime';
import type { HistoryTurn } from '@/lib/classifier/types';
import type { MessageData, MessageType } from '@/lib/messaging/protocol';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';
import { loadPage, type PageWindow } from '../whatsapp/fixture';

/** Every customer text the runtime sent the background as a candidate, in order. */
let asked: string[] = [];

/** A background that records the candidates and escalates none of them. */
const send = (<K extends MessageType>(type: K, data: MessageData<K>) => {
  if (type === 'candidates:classify') {
    const batch = data as MessageData<'candidates:classify'>;
    asked.push(...batch.candidates.map((c) => c.text));
    return Promise.resolve({ outcomes: batch.candidates.map(() => 'none') });
  }
  return Promise.resolve(type === 'escalation:listOpen' ? [] : null);
}) as RuntimeDeps['send'];

let page: PageWindow;
let launch: AbortController;

/** The real adapter, taking jsdom's page address (localhost) for web.whatsapp.com. */
function onPage(adapter = createWhatsappAdapter({ signal: launch.signal })): PlatformAdapter {
  return { ...adapter, isSupportedUrl: () => true };
}

function start(adapter: PlatformAdapter = onPage()) {
  return startContentRuntime({
    adapter,
    doc: document,
    signal: launch.signal,
    send,
    now: () => Date.UTC(2026, 10, 30, 12),
  });
}

/** Waits for the inbox half of the first pass (its own task, right after the thread's). */
const firstPassDone = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits for the scheduler's pass (its 120 ms timer). */
const nextPass = () => new Promise((resolve) => setTimeout(resolve, 300));

beforeEach(() => {
  asked = [];
  page = loadPage('tests/fixtures/pages/whatsapp.html');
  launch = new AbortController();
});
afterEach(() => {
  launch.abort();
});

describe('the runtime on a WhatsApp page', () => {
  it('classifies the open chat after the owner’s last reply, then only a new message', async () => {
    start();
    await firstPassDone();
    expect(asked).toEqual(
      expect.arrayContaining([
        'A caixa da minha vizinha chegou amassada, estou preocupada',
        'quero falar com um atendente, por favor',
      ]),
    );
    // Answered history (before the owner's last reply) was never classified.
    expect(asked).not.toContain('Ok, obrigada');
    expect(asked).not.toContain('Ainda não chegou nada...');
    asked = [];
    page.__fixture.addIncoming('Alguém pode me ajudar?');
    await vi.waitFor(() => {
      expect(asked).toContain('Alguém pode me ajudar?');
    });
    await nextPass();
    // The new message and nothing else.
    expect(new Set(asked)).toEqual(new Set(['Alguém pode me ajudar?']));
  });

  it('sends a new message in the open chat once, from the chat, though its row shows unread', async () => {
    const sources: string[] = [];
    let clock = Date.UTC(2026, 10, 30, 12);
    startContentRuntime({
      adapter: onPage(),
      doc: document,
      signal: launch.signal,
      send: (type, data, options) => {
        if (type === 'candidates:classify')
          for (const c of (data as MessageData<'candidates:classify'>).candidates)
            sources.push(c.source);
        return send(type, data, options);
      },
      now: () => clock,
    });
    await firstPassDone();
    // The open chat's row still counts unread messages: its preview is the new message too.
    const carla = createWhatsappAdapter({ signal: launch.signal })
      .readInbox(document, undefined)
      .rows.find((row) => row.title === 'Carla Mendes');
    expect(carla?.unreadCount).toBeGreaterThan(0);
    asked = [];
    sources.length = 0;
    for (const text of ['Alguém pode me ajudar?', 'Ou me ligar?']) {
      clock += 5000;
      page.__fixture.addIncoming(text);
      await nextPass();
    }
    // One candidate per message, read from the chat with its history; no preview of it.
    expect(asked).toEqual(['Alguém pode me ajudar?', 'Ou me ligar?']);
    expect(sources).toEqual(['thread', 'thread']);
  });

  it('reads a new message after a quiet while in the page’s own task, with no timer', async () => {
    let clock = Date.UTC(2026, 10, 30, 12);
    startContentRuntime({
      adapter: onPage(),
      doc: document,
      signal: launch.signal,
      send,
      now: () => clock,
    });
    await firstPassDone();
    asked = [];
    clock += 5000;
    const timers = vi.spyOn(globalThis, 'setTimeout');
    page.__fixture.addIncoming('Alguém pode me ajudar?');
    // The observer's callback (a microtask of the page's task) has run the pass and sent it.
    await Promise.resolve();
    expect(new Set(asked)).toEqual(new Set(['Alguém pode me ajudar?']));
    expect(timers).not.toHaveBeenCalled();
    timers.mockRestore();
    // The page's next change right after it waits for the timer, as a burst's changes do.
    asked = [];
    page.__fixture.addIncoming('Ou me ligar?');
    await Promise.resolve();
    expect(asked).toEqual([]);
    await nextPass();
    expect(new Set(asked)).toEqual(new Set(['Ou me ligar?']));
  });

  it('a new message’s history reuses the turns of the messages before it: one turn made per message', async () => {
    const histories: HistoryTurn[][] = [];
    let clock = Date.UTC(2026, 10, 30, 12);
    startContentRuntime({
      adapter: onPage(),
      doc: document,
      signal: launch.signal,
      send: (type, data, options) => {
        if (type === 'candidates:classify')
          for (const c of (data as MessageData<'candidates:classify'>).candidates)
            histories.push(c.history);
        return send(type, data, options);
      },
      now: () => clock,
    });
    await firstPassDone();
    histories.length = 0;
    for (const text of ['Alguém pode me ajudar?', 'Ou me ligar?', 'Oi?']) {
      clock += 5000;
      page.__fixture.addIncoming(text);
      await nextPass();
    }
    const [first, second, third] = histories as [HistoryTurn[], HistoryTurn[], HistoryTurn[]];
    expect(third.slice(-2).map((turn) => turn.text)).toEqual([
      'Alguém pode me ajudar?',
      'Ou me ligar?',
    ]);
    // Each history is the one before it moved on by one turn, the very same turn objects.
    expect(second.slice(0, -1)).toEqual(first.slice(1));
    second.slice(0, -1).forEach((turn, i) => expect(turn).toBe(first[i + 1]));
    third.slice(0, -1).forEach((turn, i) => expect(turn).toBe(second[i + 1]));
  });

  it('reads a chat switched to with the backlog rule', async () => {
    start();
    await firstPassDone();
    asked = [];
    page.__fixture.switchChat('Marta Ruiz');
    await vi.waitFor(() => {
      expect(asked).toHaveLength(3);
    });
    // Marta never got a reply: all three of her messages are new.
    expect(asked).toEqual([
      '¡Hola! Soy Marta, de Eventos Sol.',
      'Necesitamos 60 bolsos personalizados con logo para un evento de empresa. ¿Nos dan precio por mayor?',
      'Sería para el 15 del mes que viene.',
    ]);
    asked = [];
    page.__fixture.switchChat('Tom Becker');
    await nextPass();
    await nextPass();
    // Tom's last message is the owner's: nothing to classify.
    expect(asked).toEqual([]);
  });

  it('remembers older history loaded above without classifying it', async () => {
    start();
    await firstPassDone();
    asked = [];
    const list = document.querySelector('#main [data-testid="conversation-panel-messages"]')!;
    const first = list.querySelector('[data-id]')!.closest('[role="row"]')!;
    const older = first.cloneNode(true) as HTMLElement;
    older.querySelector('[data-id]')!.setAttribute('data-id', '3A5F0000OLDER0000001');
    older.querySelector('[data-testid="selectable-text"]')!.textContent =
      'quero falar com uma pessoa';
    list.prepend(older);
    await nextPass();
    await nextPass();
    expect(asked).toEqual([]);
  });

  it('asks the adapter what to observe after a chat switch, not after a new message', async () => {
    const adapter = onPage();
    const targets = vi.spyOn(adapter, 'observeTargets');
    start(adapter);
    await firstPassDone();
    const before = targets.mock.calls.length;
    page.__fixture.addIncoming('Alguém pode me ajudar?');
    await vi.waitFor(() => {
      expect(asked).toContain('Alguém pode me ajudar?');
    });
    await nextPass();
    // Inside the chat list and the open chat only: the observed elements cannot have changed.
    expect(targets.mock.calls.length).toBe(before);
    page.__fixture.switchChat('Marta Ruiz');
    await vi.waitFor(() => {
      expect(targets.mock.calls.length).toBeGreaterThan(before);
    });
    // And the new chat is observed: its next message is read.
    asked = [];
    page.__fixture.addIncoming('¿Hay alguien?', { chat: 'Marta Ruiz' });
    await vi.waitFor(() => {
      expect(asked).toContain('¿Hay alguien?');
    });
  });

  it('hands each reader its own part’s changes: the removed inbox cell is searched once', async () => {
    const adapter = onPage();
    const inbox = vi.spyOn(adapter, 'readInbox');
    const thread = vi.spyOn(adapter, 'readMessages');
    start(adapter);
    await firstPassDone();
    const searched: Element[] = [];
    const matches: (this: Element, css: string) => boolean = Element.prototype.matches;
    const spy = vi.spyOn(Element.prototype, 'matches').mockImplementation(function (
      this: Element,
      css: string,
    ) {
      searched.push(this);
      return matches.call(this, css);
    });
    inbox.mockClear();
    thread.mockClear();
    page.__fixture.addIncoming('Alguém pode me ajudar?');
    await vi.waitFor(() => {
      expect(asked).toContain('Alguém pode me ajudar?');
    });
    spy.mockRestore();
    // The page replaced the moved row's cell (inbox) and appended a message row (thread).
    const inboxChanges = inbox.mock.calls[0]?.[1];
    const threadChanges = thread.mock.calls[0]?.[1].changes;
    const list = document.querySelector('#pane-side');
    const main = document.querySelector('#main');
    expect(inboxChanges?.removed).toHaveLength(1);
    expect(inboxChanges?.targets.every((node) => list?.contains(node))).toBe(true);
    expect(inboxChanges?.added.every((node) => list?.contains(node))).toBe(true);
    expect(threadChanges?.removed).toEqual([]);
    expect(threadChanges?.targets.every((node) => main?.contains(node))).toBe(true);
    expect(threadChanges?.added).toHaveLength(1);
    // Only the inbox's reader looks for rows in its removed cell (the thread's reader did too).
    const cell = inboxChanges?.removed[0];
    expect(searched.filter((element) => element === cell)).toHaveLength(1);
  });

  it('leaves no observer, timer or listener behind once its launch is aborted', async () => {
    const restore: (() => void)[] = [];
    vi.useFakeTimers();
    try {
      const observers: { callbacks: number; disconnected: boolean }[] = [];
      let aborted = false;
      class Counting extends window.MutationObserver {
        private readonly entry = { callbacks: 0, disconnected: false };
        constructor(callback: MutationCallback) {
          const entry = { callbacks: 0, disconnected: false };
          super((records, observer) => {
            if (aborted) entry.callbacks++;
            callback(records, observer);
          });
          this.entry = entry;
          observers.push(entry);
        }
        override disconnect() {
          this.entry.disconnected = true;
          super.disconnect();
        }
      }
      vi.stubGlobal('MutationObserver', Counting);
      // Listeners on the window and the document that are still registered.
      const live = new Set<unknown>();
      const nativeAdd = EventTarget.prototype.addEventListener;
      const nativeRemove = EventTarget.prototype.removeEventListener;
      restore.push(() => {
        EventTarget.prototype.addEventListener = nativeAdd;
        EventTarget.prototype.removeEventListener = nativeRemove;
      });
      EventTarget.prototype.addEventListener = function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        const once = typeof options === 'object' && options.once === true;
        if ((this === window || this === document) && listener && !once) live.add(listener);
        nativeAdd.call(this, type, listener, options);
      };
      EventTarget.prototype.removeEventListener = function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions,
      ) {
        if (this === window || this === document) live.delete(listener);
        nativeRemove.call(this, type, listener, options);
      };

      const adapter = onPage();
      const reads = vi.spyOn(adapter, 'readMessages');
      const inbox = vi.spyOn(adapter, 'readInbox');
      start(adapter);
      page.__fixture.addIncoming('Oi?');
      await vi.advanceTimersByTimeAsync(500);
      expect(reads.mock.calls.length).toBeGreaterThan(1);
      launch.abort();
      aborted = true;
      expect(observers.length).toBeGreaterThan(0);
      expect(observers.every((o) => o.disconnected)).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
      const before = [reads.mock.calls.length, inbox.mock.calls.length];
      page.__fixture.addIncoming('Ainda aí?');
      page.__fixture.switchChat('Marta Ruiz');
      await vi.advanceTimersByTimeAsync(1000);
      expect(observers.every((o) => o.callbacks === 0)).toBe(true);
      expect([reads.mock.calls.length, inbox.mock.calls.length]).toEqual(before);
      expect(vi.getTimerCount()).toBe(0);
      expect(live.size).toBe(0);
    } finally {
      for (const undo of restore.splice(0)) undo();
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});
