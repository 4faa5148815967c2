// @vitest-environment jsdom
/**
 * readMessages over the thread fixtures (expected values written by hand), message-key stability
 * under virtualisation and thread switches, and the time-break parser the keys rely on.
 */
import { describe, expect, it, vi } from 'vitest';
import { instagram } from '../../../lib/platforms/instagram/selectors';
import { canonicalTimeBreak } from '../../../lib/platforms/instagram/time-break';
import type { IncomingMessage, OpenThread } from '../../../lib/platforms/types';
import { loadFixture, messageRows, readMessages, wholeAdapter } from './fixture';

const instagramAdapter = wholeAdapter();

const SAM = '/direct/t/17842340125581234/';
const LUCIA = '/direct/t/17842340125589876/';
const GROUP = '/direct/t/340282366841710300949128137443944319108/';

function open(fixture: string, path: string): OpenThread {
  const thread = instagramAdapter.openThread(loadFixture(fixture, path));
  if (!thread) throw new Error(`no open thread in ${fixture}`);
  return thread;
}

const summary = (messages: IncomingMessage[]) =>
  messages.map(({ key: _key, threadKey: _threadKey, ...rest }) => rest);

describe('instagram readMessages: thread-2026', () => {
  it('opens the thread with the id from the URL and the header title', () => {
    const thread = open('thread-2026', SAM);
    expect(thread.threadKey).toBe('ig:t:17842340125581234');
    expect(thread.title).toBe('Sam Rivera');
    expect(thread.group).toBe(false);
    expect(thread.root.getAttribute('aria-label')).toBe('Conversation with Sam Rivera');
  });

  it('reads direction, text, quotes and media; skips breaks and "Seen"', () => {
    const messages = instagramAdapter.readMessages(open('thread-2026', SAM));
    expect(summary(messages)).toEqual([
      { author: 'them', text: 'Hi! I ordered the blue lamp last week 🙂', hasMedia: false },
      { author: 'me', text: 'Thanks Sam, it ships tomorrow.', hasMedia: false }, // flex-end only
      { author: 'them', text: '', hasMedia: true }, // photo without text
      {
        author: 'them',
        text: 'It arrived like this.\nThe box was completely crushed',
        hasMedia: false, // the 28px sender avatar is not media
      },
      { author: 'them', text: '', hasMedia: true }, // shared post /p/…
      {
        author: 'me',
        text: 'So sorry! Can you send me the order number?',
        quoted: 'It arrived like this. The box was completely crushed',
        hasMedia: false,
      },
      {
        author: 'them',
        text: 'Order 4471. I want a refund or I will report this store 😠',
        quoted: 'So sorry! Can you send me the order number?',
        hasMedia: false,
      },
      { author: 'me', text: 'ok', hasMedia: false }, // hidden "You sent" only
      { author: 'them', text: 'ok', hasMedia: false },
      { author: 'them', text: 'ok', hasMedia: false },
    ]);
    for (const m of messages) expect(m.threadKey).toBe('ig:t:17842340125581234');
  });

  it('asks a row the media alternatives one by one only when it shows one of them', () => {
    const alternatives = new Set<string>(instagram.media.css);
    const any = instagram.media.css.join(',');
    const spies = [
      vi.spyOn(Element.prototype, 'querySelector'),
      vi.spyOn(Element.prototype, 'querySelectorAll'),
    ];
    const thread = open('thread-2026', SAM);
    instagramAdapter.readMessages(thread);
    const rows = messageRows(thread.root);
    // The rows asked (directly or through a bubble); the header's picture is asked for too.
    const asked = spies.flatMap((spy) =>
      spy.mock.calls.flatMap(([css], i) => {
        const row = rows.find((r) => r.contains(spy.mock.contexts[i] as Element));
        return alternatives.has(css) && row ? [row] : [];
      }),
    );
    spies.forEach((spy) => {
      spy.mockRestore();
    });
    // The photo and the shared post are asked; the rows of text only (most rows) are not.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((row) => row.querySelector(any) === null)).toEqual([]);
  });

  it('gives every rendered message its own key, prefixed by thread and direction', () => {
    const keys = instagramAdapter.readMessages(open('thread-2026', SAM)).map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[1]).toMatch(/^ig:t:17842340125581234\|me\|[0-9a-z]+$/);
    expect(keys[8]).toMatch(/^ig:t:17842340125581234\|them\|[0-9a-z]+$/);
    expect(keys[9]).toBe(`${keys[8]!}:2`); // second identical "ok" after the same break
  });
});

describe('instagram readMessages: other eras and groups', () => {
  it('reads the role=grid era (until early 2026, es)', () => {
    const thread = open('thread-2025-grid', LUCIA);
    expect(thread.title).toBe('Lucía Fernández');
    expect(thread.root.getAttribute('role')).toBe('grid');
    expect(summary(instagramAdapter.readMessages(thread))).toEqual([
      { author: 'them', text: 'Hola, quiero saber dónde está mi pedido', hasMedia: false },
      { author: 'me', text: 'Hola Lucía, ya lo estamos revisando.', hasMedia: false },
      { author: 'them', text: 'Necesito hablar con una persona, por favor.', hasMedia: false },
      { author: 'them', text: '', hasMedia: true }, // video
    ]);
  });

  it('reads a group thread, carrying the sender forward within a run (pt-BR)', () => {
    const thread = open('thread-group', GROUP);
    expect(thread).toMatchObject({
      threadKey: 'ig:t:340282366841710300949128137443944319108',
      title: 'Feira de Domingo',
      group: true,
    });
    expect(summary(instagramAdapter.readMessages(thread))).toEqual([
      {
        author: 'them',
        sender: 'Ana Souza',
        text: 'Bom dia! Alguém sabe se a barraca 12 abre hoje?',
        hasMedia: false,
      },
      {
        author: 'them',
        sender: 'Ana Souza',
        text: 'Preciso falar com o responsável, por favor.',
        hasMedia: false,
      },
      { author: 'me', text: 'Abre sim, às 10h.', hasMedia: false },
      { author: 'them', sender: 'Priya Nair', text: 'Can I pay by card?', hasMedia: false },
      { author: 'them', sender: 'Priya Nair', text: 'Or only cash?', hasMedia: false },
    ]);
  });

  it('uses a name key for a thread open without an id in the URL', () => {
    const thread = open('inbox-2026-buttons', '/direct/inbox/');
    expect(thread.threadKey).toBe('ig:name:rafaela lima');
    expect(instagramAdapter.readMessages(thread).map((m) => m.threadKey)).toEqual([
      'ig:name:rafaela lima',
      'ig:name:rafaela lima',
    ]);
  });
});

describe('instagram message keys', () => {
  const NOW = new Date(2026, 10, 26, 12, 0);
  const keysOf = (thread: OpenThread, now = NOW) => readMessages(thread, now).map((m) => m.key);

  it('survive virtualisation: newest rows removed, oldest run removed, rows re-created', () => {
    const thread = open('thread-2026', SAM);
    const all = keysOf(thread);
    const rows = messageRows(thread.root);
    const list = rows[0]!.parentElement!;
    // Scrolled up: the newest rows leave the DOM.
    const newest = rows.slice(-4);
    for (const row of newest) row.remove();
    expect(keysOf(thread)).toEqual(all.slice(0, -3));
    // Scrolled back down: Instagram renders fresh nodes for them.
    for (const row of newest) list.append(row.cloneNode(true));
    expect(keysOf(thread)).toEqual(all);
    // Scrolled down: the oldest run (break "Yesterday 18:40" and its two messages) leaves.
    const oldest = rows.slice(0, 3);
    for (const row of oldest) row.remove();
    expect(keysOf(thread)).toEqual(all.slice(2));
    for (const row of [...oldest].reverse()) list.prepend(row.cloneNode(true));
    expect(keysOf(thread)).toEqual(all);
  });

  it('survive thread switches and a re-rendered container', () => {
    const before = keysOf(open('thread-2026', SAM));
    keysOf(open('thread-group', GROUP));
    const again = open('thread-2026', SAM);
    expect(keysOf(again)).toEqual(before);
    again.root.replaceWith(again.root.cloneNode(true));
    expect(keysOf(open('thread-2026', SAM))).toEqual(before);
  });

  it('stay the same when "Today" becomes "Yesterday"', () => {
    const thread = open('thread-2026', SAM);
    const today = keysOf(thread, new Date(2026, 10, 26, 23, 0));
    const breaks = thread.root.querySelectorAll('[data-scope="date_break"]');
    breaks[0]!.textContent = 'Wed 18:40'; // 2026-11-25
    breaks[1]!.textContent = 'Yesterday 10:02';
    expect(keysOf(thread, new Date(2026, 10, 27, 9, 0))).toEqual(today); // 2026-11-27 is a Friday
  });

  it('differ between threads for the same text and direction', () => {
    const a = readMessages({ ...open('thread-2026', SAM) }, NOW);
    const b = readMessages({ ...open('thread-2026', SAM), threadKey: 'ig:t:1' }, NOW);
    expect(a.map((m) => m.key)).not.toEqual(b.map((m) => m.key));
  });

  it('known limit: a run whose break left the DOM while its rows stayed is re-keyed', () => {
    const thread = open('thread-2026', SAM);
    const all = keysOf(thread);
    messageRows(thread.root)[0]!.remove(); // only the "Yesterday 18:40" break
    const keys = keysOf(thread);
    expect(keys.slice(2)).toEqual(all.slice(2));
    expect(keys[0]).not.toBe(all[0]);
  });
});

describe('canonicalTimeBreak', () => {
  const now = new Date(2026, 10, 26, 12, 0); // Thursday 26 Nov 2026
  it.each([
    ['Today 10:02', '2026-11-26 10:02'],
    ['Hoje 10:02', '2026-11-26 10:02'],
    ['Hoy a las 10:02', '2026-11-26 10:02'],
    ['Yesterday 18:40', '2026-11-25 18:40'],
    ['ayer 6:40 PM', '2026-11-25 18:40'],
    ['Ontem às 18:40', '2026-11-25 18:40'],
    ['Mon 09:15', '2026-11-23 09:15'],
    ['Thursday 09:15', '2026-11-19 09:15'],
    ['segunda-feira 09:15', '2026-11-23 09:15'],
    ['14 Aug 2026, 10:02', '2026-08-14 10:02'],
    ['Aug 14, 2026, 10:02 AM', '2026-08-14 10:02'],
    ['14 de agosto de 2026 10:02', '2026-08-14 10:02'],
    ['14 ago 10:02', '2026-08-14 10:02'],
    ['sáb 09:15', '2026-11-21 09:15'],
    ['3 mar 2025, 16:12', '2025-03-03 16:12'],
    ['24 Dec, 09:00', '2025-12-24 09:00'],
    ['10:02', '2026-11-26 10:02'],
  ])('%s → %s', (label, expected) => {
    expect(canonicalTimeBreak(label, now)).toBe(expected);
  });

  it.each(['ok', 'Seen', 'Order 4471', 'I paid 10:00 for it', ''])('%s is not a break', (label) => {
    expect(canonicalTimeBreak(label, now)).toBeUndefined();
  });
});
