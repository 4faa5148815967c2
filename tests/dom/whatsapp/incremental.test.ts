// @vitest-environment jsdom
/**
 * The WhatsApp adapter's incremental reads, on the e2e fixture page changed the ways the site
 * changes it: the page's mutations are recorded like the runtime's scheduler records them and
 * handed to the reads, and every DOM query a read makes is logged with the node it was made on,
 * so "only the new row is read" is checked on the queries themselves, not on timings.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  IncomingMessage,
  MessagesRequest,
  OpenThread,
  PageChanges,
  PlatformAdapter,
} from '@/lib/platforms/types';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';
import { loadPage, wholeAdapter, type PageWindow } from './fixture';
import { elementQueries } from '../../shared/element-queries';
import { recordPageChanges } from '../../shared/page-changes';

/** Records the page's mutations as the scheduler does (child lists and text, whole body). */
const recordChanges = () => recordPageChanges(document.body);

/** The nodes every querySelector / querySelectorAll / matches during `read` was made on. */
function queriedNodes<T>(read: () => T): { result: T; nodes: Set<Node> } {
  const nodes = new Set<Node>();
  const spies = (['querySelector', 'querySelectorAll', 'matches', 'closest'] as const).map(
    (name) => {
      const original: (this: Element, css: string) => unknown = Element.prototype[name];
      return vi.spyOn(Element.prototype, name).mockImplementation(function (
        this: Element,
        css: string,
      ) {
        nodes.add(this);
        return original.call(this, css);
      } as never);
    },
  );
  try {
    return { result: read(), nodes };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

const texts = (messages: readonly IncomingMessage[]) => messages.map((m) => m.text);
const ownersLastReply: MessagesRequest['stopAt'] = (m) => m.author === 'me';

let page: PageWindow;
let adapter: PlatformAdapter;
let changes: ReturnType<typeof recordChanges>;

beforeEach(() => {
  page = loadPage('tests/fixtures/pages/whatsapp.html');
  adapter = createWhatsappAdapter({ signal: new AbortController().signal });
  changes = recordChanges();
});
afterEach(() => {
  changes.stop();
});

const rowOf = (title: string) =>
  [...document.querySelectorAll<HTMLElement>('#pane-side [role="row"]')].find(
    (row) => row.querySelector(`span[title="${title}"]`) !== null,
  );

describe('whatsapp inbox, read incrementally', () => {
  it('reads every row from scratch, then nothing while nothing changes', () => {
    const first = adapter.readInbox(document, undefined);
    expect(first.rows.map((r) => r.title)).toEqual(
      wholeAdapter()
        .inboxRows(document)
        .map((r) => r.title),
    );
    expect(first.fresh).toEqual(first.rows);
    changes.take();
    const { result, nodes } = queriedNodes(() => adapter.readInbox(document, changes.take()));
    expect(result.fresh).toEqual([]);
    expect(result.rows).toBe(first.rows);
    expect([...nodes].every((node) => node === document.documentElement)).toBe(true);
  });

  it('re-reads only the row a new message updated and moved to the top', () => {
    const before = adapter.readInbox(document, undefined);
    changes.take();
    page.__fixture.addIncoming('Oi, ainda tem a mochila verde?', { chat: 'Tom Becker' });
    const tom = rowOf('Tom Becker')!;
    const { result, nodes } = queriedNodes(() => adapter.readInbox(document, changes.take()));
    expect(result.fresh.map((r) => [r.title, r.unreadCount, r.preview, r.previewFromMe])).toEqual([
      ['Tom Becker', 1, 'Oi, ainda tem a mochila verde?', false],
    ]);
    expect(result.fresh[0]?.element).toBe(tom);
    // Every other row is the very object of the first read: it was not read again.
    for (const row of result.rows) {
      if (row.title !== 'Tom Becker') expect(before.rows).toContain(row);
    }
    const grid = document.querySelector('#pane-side [role="grid"]')!;
    // Besides the row: the list, its ancestors (finding the list), and removed (detached) nodes
    // searched for rows that left.
    for (const node of nodes) {
      expect(!node.isConnected || tom.contains(node) || node.contains(grid)).toBe(true);
    }
  });

  it('puts a row read again in its old place without listing every row again', () => {
    const before = adapter.readInbox(document, undefined);
    changes.take();
    page.__fixture.addIncoming('Oi, ainda tem a mochila verde?', { chat: 'Tom Becker' });
    // The reader's readings by row element are a Map: listing them all again is a walk of it.
    const walks = vi.spyOn(Map.prototype, 'values');
    const read = adapter.readInbox(document, changes.take());
    expect(walks).not.toHaveBeenCalled();
    walks.mockRestore();
    const at = before.rows.findIndex((r) => r.title === 'Tom Becker');
    expect(read.rows[at]).toBe(read.fresh[0]);
    expect(read.rows.map((r) => r.element)).toEqual(before.rows.map((r) => r.element));
    expect(read.rows.filter((_, i) => i !== at)).toEqual(before.rows.filter((_, i) => i !== at));
    // The same rows, in the same order, as a reader that lists them all gets.
    const whole = createWhatsappAdapter({ signal: new AbortController().signal });
    expect(read.rows.map((r) => [r.title, r.unreadCount, r.preview])).toEqual(
      whole.readInbox(document, undefined).rows.map((r) => [r.title, r.unreadCount, r.preview]),
    );
  });

  it('keeps the key of a row read again whose title did not change, without normalising it', () => {
    const before = adapter.readInbox(document, undefined);
    const tom = before.rows.find((r) => r.title === 'Tom Becker')!;
    changes.take();
    page.__fixture.addIncoming('Mais uma coisa', { chat: 'Tom Becker' });
    const normalised = vi.spyOn(String.prototype, 'normalize');
    const read = adapter.readInbox(document, changes.take());
    expect(normalised).not.toHaveBeenCalled();
    normalised.mockRestore();
    expect(read.fresh.map((r) => [r.title, r.threadKey, r.preview])).toEqual([
      ['Tom Becker', tom.threadKey, 'Mais uma coisa'],
    ]);
    // A renamed chat gets the key of its new name.
    const title = rowOf('Tom Becker')!.querySelector('span[title]')!;
    title.setAttribute('title', 'Tom B.');
    title.textContent = 'Tom B.';
    const renamed = adapter.readInbox(document, changes.take());
    expect(renamed.fresh.map((r) => [r.title, r.threadKey])).toEqual([
      ['Tom B.', 'wa:title:tom b.'],
    ]);
  });

  it('reads a replaced row node afresh and forgets the old one', () => {
    adapter.readInbox(document, undefined);
    const old = rowOf('Ravi Patel')!;
    changes.take();
    page.__fixture.setUnreadPreview('Ravi Patel', 'Preciso falar com alguém', 2);
    const read = adapter.readInbox(document, changes.take());
    const ravi = rowOf('Ravi Patel')!;
    expect(ravi).not.toBe(old);
    expect(read.fresh.map((r) => r.element)).toEqual([ravi]);
    expect(read.rows.map((r) => r.element)).not.toContain(old);
    expect(read.rows.find((r) => r.element === ravi)?.unreadCount).toBe(2);
    expect(read.rows).toHaveLength(8);
  });

  it('re-reads every row when the site rebuilds the whole list', () => {
    adapter.readInbox(document, undefined);
    changes.take();
    page.__fixture.addIncoming('Outra pergunta', { chat: 'Tom Becker', rebuildList: true });
    const read = adapter.readInbox(document, changes.take());
    expect(read.fresh).toHaveLength(8);
    expect(read.rows).toHaveLength(8);
    expect(read.rows.every((row) => row.element.isConnected)).toBe(true);
  });
});

describe('whatsapp thread, read incrementally', () => {
  const request = (changed: PageChanges | undefined, history = 1): MessagesRequest => ({
    changes: changed,
    stopAt: ownersLastReply,
    history,
  });
  const messageRows = () => [...document.querySelectorAll<HTMLElement>('#main [data-id]')];
  /** Puts an older customer message above the list's rows, as scrolling up loads history. */
  const loadOlderHistory = (text: string) => {
    const list = document.querySelector('#main [data-testid="conversation-panel-messages"]')!;
    const older = messageRows()[0]!.closest('[role="row"]')!.cloneNode(true) as HTMLElement;
    older.querySelector('[data-id]')!.setAttribute('data-id', '3A5F0000OLDER0000001');
    older.querySelector('[data-testid="selectable-text"]')!.textContent = text;
    list.prepend(older);
  };
  let thread: OpenThread;
  beforeEach(() => {
    thread = adapter.openThread(document)!;
  });

  it('reads a first look from the newest message back to the owner’s last reply only', () => {
    const rows = messageRows();
    const { result, nodes } = queriedNodes(() => adapter.readMessages(thread, request(undefined)));
    expect(result.fromScratch).toBe(true);
    // One message of history, the owner's last reply, the customer's three messages after it.
    expect(texts(result.messages)).toEqual([
      'Ainda não chegou nada...',
      'Vou pedir o rastreio à transportadora.',
      '',
      'A caixa da minha vizinha chegou amassada, estou preocupada',
      'quero falar com um atendente, por favor',
    ]);
    expect(result.messages[1]?.author).toBe('me');
    // The rows before those were never looked into.
    const read = new Set(result.messages.map((m) => m.key));
    for (const row of rows) {
      const key = `wa:${row.getAttribute('data-id') ?? ''}`;
      if (read.has(key)) continue;
      expect([...nodes].some((node) => row.contains(node))).toBe(false);
    }
  });

  it('a first look lists the rows from the end as far as it reads, never the whole list', () => {
    const list = document.querySelector('#main [data-testid="conversation-panel-messages"]')!;
    const listQueries = vi.spyOn(list, 'querySelectorAll');
    const rowsLooked = new Set<Element>();
    const { nodes } = queriedNodes(() => adapter.readMessages(thread, request(undefined)));
    for (const node of nodes)
      for (const row of list.children) if (row.contains(node)) rowsLooked.add(row);
    // No query lists every row of the list; only the newest children were searched.
    expect(listQueries).not.toHaveBeenCalled();
    const children = [...list.children];
    const oldest = Math.min(...[...rowsLooked].map((row) => children.indexOf(row)));
    expect(children.length - oldest).toBeLessThanOrEqual(rowsLooked.size + 2);
    expect(children.length - oldest).toBeLessThan(children.length);
  });

  it('lists older rows when a later read needs them, history loaded above included, in page order', () => {
    adapter.readMessages(thread, request(undefined));
    changes.take();
    loadOlderHistory('quero falar com alguém');
    page.__fixture.addIncoming('Oi de novo');
    const next = adapter.readMessages(thread, request(changes.take(), 1000));
    // The same messages a first look that reads everything gives, in the same order.
    const whole = createWhatsappAdapter({ signal: new AbortController().signal });
    const all = whole.readMessages(whole.openThread(document)!, {
      changes: undefined,
      stopAt: () => false,
      history: 0,
    });
    expect(next.messages.map((m) => m.key)).toEqual(all.messages.map((m) => m.key));
    expect(texts(next.messages)[0]).toBe('quero falar com alguém');
    expect(texts(next.messages).at(-1)).toBe('Oi de novo');
  });

  it('reads only the row of a new message appended at the end', () => {
    adapter.readMessages(thread, request(undefined));
    changes.take();
    page.__fixture.addIncoming('Alguém me responde?');
    const added = messageRows().at(-1)!;
    const list = document.querySelector('#main [data-testid="conversation-panel-messages"]')!;
    const { result, nodes } = queriedNodes(() =>
      adapter.readMessages(thread, request(changes.take())),
    );
    expect(result.fromScratch).toBe(false);
    expect(texts(result.messages)).toEqual([
      'quero falar com um atendente, por favor',
      'Alguém me responde?',
    ]);
    expect(result.messages[1]).toMatchObject({ author: 'them', threadKey: thread.threadKey });
    const row = added.closest('[role="row"]')!;
    // Besides the new row: the list and the thread (finding the list), and removed (detached)
    // nodes searched for rows that left.
    for (const node of nodes) {
      expect(!node.isConnected || row.contains(node) || node === list || node === thread.root).toBe(
        true,
      );
    }
    // Nothing more to hand over until the page changes again.
    expect(adapter.readMessages(thread, request(changes.take())).messages).toEqual([]);
  });

  it('asks a new plain message row (no quote, tail, media or author) each question with one query', () => {
    adapter.readMessages(thread, request(undefined));
    changes.take();
    page.__fixture.addIncoming('Alguém me responde?');
    const added = messageRows().at(-1)!;
    const log = elementQueries(() => adapter.readMessages(thread, request(changes.take())));
    const onRow = log.filter((q) => added.contains(q.root) || q.root.contains(added));
    // Finding the list, the row in the added node, whether it is nested, a notice, a bubble,
    // quoted, its parts (author, header, text, hidden bits), media, marked by a class or a tail,
    // and its sender label: 16 queries (28 when each alternative was asked on its own).
    expect(onRow).toHaveLength(16);
    // A chain whose alternatives all miss is asked once, not alternative by alternative.
    expect(onRow.filter((q) => q.css === '[data-testid="quoted-message"]')).toEqual([]);
  });

  it('remembers older history loaded above and never returns it', () => {
    adapter.readMessages(thread, request(undefined));
    changes.take();
    loadOlderHistory('quero falar com alguém');
    expect(adapter.readMessages(thread, request(changes.take())).messages).toEqual([]);
    page.__fixture.addIncoming('Oi de novo');
    const next = adapter.readMessages(thread, request(changes.take()));
    expect(texts(next.messages)).toEqual(['quero falar com um atendente, por favor', 'Oi de novo']);
  });

  it('starts over on a chat switch and reads the new thread with the backlog rule', () => {
    adapter.readMessages(thread, request(undefined));
    changes.take();
    page.__fixture.switchChat('Tom Becker');
    const tom = adapter.openThread(document)!;
    const read = adapter.readMessages(tom, request(changes.take()));
    expect(read.fromScratch).toBe(true);
    expect(texts(read.messages)).toEqual([
      "Great, I'll take one in olive.",
      'Thanks Tom, it ships tomorrow morning',
    ]);
  });

  it('starts over when the newest message handed over is removed', () => {
    adapter.readMessages(thread, request(undefined));
    changes.take();
    messageRows().at(-1)!.closest('[role="row"]')!.remove();
    const read = adapter.readMessages(thread, request(changes.take()));
    expect(read.fromScratch).toBe(true);
    expect(texts(read.messages).at(-1)).toBe(
      'A caixa da minha vizinha chegou amassada, estou preocupada',
    );
  });
});

describe('whatsapp banner anchor', () => {
  it('is found once per #main and found again after a chat switch', () => {
    const first = adapter.bannerAnchor(document)!;
    const { result, nodes } = queriedNodes(() => adapter.bannerAnchor(document));
    expect(result).toBe(first);
    expect(nodes.size).toBe(0);
    page.__fixture.switchChat('Tom Becker');
    const next = adapter.bannerAnchor(document)!;
    expect(next).not.toBe(first);
    expect(document.getElementById('main')!.contains(next)).toBe(true);
  });
});

describe('whatsapp adapters, one per launch', () => {
  it('share nothing: a second adapter reads from scratch what the first already read', () => {
    const first = createWhatsappAdapter({ signal: new AbortController().signal });
    const second = createWhatsappAdapter({ signal: new AbortController().signal });
    const thread = first.openThread(document)!;
    first.readInbox(document, undefined);
    first.readMessages(thread, { changes: undefined, stopAt: ownersLastReply, history: 0 });
    const none: PageChanges = { targets: [], added: [], removed: [] };
    expect(first.readInbox(document, none).fresh).toEqual([]);
    expect(second.readInbox(document, none).fresh).toHaveLength(8);
    const read = second.readMessages(thread, {
      changes: none,
      stopAt: ownersLastReply,
      history: 0,
    });
    expect(read.fromScratch).toBe(true);
    expect(read.messages).toHaveLength(4);
  });

  it('lets go of what it read and reads nothing once its launch is aborted', () => {
    const launch = new AbortController();
    const ended = createWhatsappAdapter({ signal: launch.signal });
    const thread = ended.openThread(document)!;
    expect(ended.readInbox(document, undefined).rows).toHaveLength(8);
    launch.abort();
    const { result, nodes } = queriedNodes(() => ({
      inbox: ended.readInbox(document, undefined),
      thread: ended.readMessages(thread, {
        changes: undefined,
        stopAt: ownersLastReply,
        history: 0,
      }),
    }));
    expect(result.inbox.rows).toEqual([]);
    expect(result.thread.messages).toEqual([]);
    expect(nodes.size).toBe(0);
  });
});
