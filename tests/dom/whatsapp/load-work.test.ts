// @vitest-environment jsdom
/**
 * What the WhatsApp adapter does at load (health check, open thread, banner anchor, inbox), counted
 * on the queries themselves: every querySelector / querySelectorAll is logged with the node it was
 * made on, so "the header is looked up once" or "the health check lists no inbox row" is checked
 * without timings.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { elementQueries, type ElementQuery } from '../../shared/element-queries';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';
import { selectors } from '@/lib/platforms/whatsapp/selectors';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { loadPage } from './fixture';

/** Every querySelector / querySelectorAll made on an element while `run` runs. */
const queries = (run: () => void) => elementQueries(run, ['querySelector', 'querySelectorAll']);

const main = () => document.querySelector<HTMLElement>('#main') as HTMLElement;
const chatList = () => document.querySelector('#pane-side [role="grid"]') as Element;
const messageList = () =>
  document.querySelector('#main [data-testid="conversation-panel-messages"]') as Element;
/**
 * The queries that went through every message: made on the message list or above it, and
 * listing everything or finding nothing (a query that finds its element before the list stops
 * there). Each selector of a list counts: Chromium matches each one against every element.
 */
const selectorsOverMessages = (log: ElementQuery[]) =>
  log
    .filter((q) => q.root.contains(messageList()) && (q.method === 'querySelectorAll' || !q.found))
    .flatMap((q) => q.css.split(','));
const isOne = (css: string, chain: { css: readonly string[] }) => chain.css.includes(css);

let adapter: PlatformAdapter;

beforeEach(() => {
  loadPage('tests/fixtures/pages/whatsapp.html');
  adapter = createWhatsappAdapter({ signal: new AbortController().signal });
});

/** The first pass's page lookups, in the runtime's order. */
function firstLookups(): void {
  expect(adapter.health(document)).toEqual({ state: 'connected' });
  expect(adapter.openThread(document)?.title).toBe('Carla Mendes');
  expect(adapter.bannerAnchor(document)).toBeDefined();
}

describe('whatsapp adapter at load', () => {
  it("looks #main's header up once for the health check, the open thread and the banner anchor, and lists no headers", () => {
    const log = queries(firstLookups);
    const headerQueries = log.filter((q) => q.root === main() && isOne(q.css, selectors.header));
    expect(headerQueries.map((q) => [q.method, q.css])).toEqual([
      ['querySelector', selectors.header.css[0]],
    ]);
  });

  it('with only bare headers (a drawer open), lists them once and keeps the one beside the messages', () => {
    main().querySelector('header')?.removeAttribute('data-testid');
    const drawer = document.createElement('header');
    drawer.textContent = 'Search messages';
    const panel = document.createElement('div');
    panel.append(drawer);
    main().prepend(panel);
    const log = queries(firstLookups);
    const headerLists = log.filter(
      (q) => q.method === 'querySelectorAll' && q.root === main() && isOne(q.css, selectors.header),
    );
    expect(headerLists).toHaveLength(1);
  });

  it('looks for the subtitle inside the header only, not in all of #main', () => {
    const log = queries(firstLookups);
    const subtitle = log.filter((q) => isOne(q.css, selectors.headerSubtitle));
    expect(subtitle.length).toBeGreaterThan(0);
    for (const q of subtitle) expect(q.root).toBe(main().querySelector('header'));
  });

  it('health lists no inbox row: the first row tells whether rows and titles are found', () => {
    const log = queries(() => {
      expect(adapter.health(document)).toEqual({ state: 'connected' });
    });
    const rowLists = log.filter(
      (q) =>
        q.method === 'querySelectorAll' && q.root === chatList() && isOne(q.css, selectors.chatRow),
    );
    expect(rowLists).toHaveLength(0);
    const titleQueries = log.filter((q) => isOne(q.css, selectors.rowTitle));
    expect(new Set(titleQueries.map((q) => q.root)).size).toBe(1);
  });

  it('a header replaced inside the same #main is looked up again', () => {
    firstLookups();
    const header = main().querySelector('header') as HTMLElement;
    const copy = header.cloneNode(true) as HTMLElement;
    copy.querySelector('[data-testid="conversation-info-header-chat-title"]')!.textContent = 'Ana';
    header.replaceWith(copy);
    expect(adapter.openThread(document)?.title).toBe('Ana');
  });

  it('a 1:1 thread walks its messages once, for author names; the group id is asked of the newest message', () => {
    loadPage('tests/fixtures/pages/whatsapp.html');
    const fresh = createWhatsappAdapter({ signal: new AbortController().signal });
    let thread: ReturnType<PlatformAdapter['openThread']>;
    const log = queries(() => {
      thread = fresh.openThread(document);
    });
    expect(thread).toMatchObject({ title: 'Carla Mendes', group: false });
    expect(thread?.readOnly).toBeUndefined();
    // The author names only (was: author names and group ids, one walk each; before that the
    // header listing and one list of author, group id and both read-only notices).
    expect(selectorsOverMessages(log).map((css) => css.trim())).toEqual([...selectors.author.css]);
  });

  it('the read-only notice is looked for outside the message list only', () => {
    const page = loadPage('tests/fixtures/pages/whatsapp.html');
    page.__fixture.makeReadOnly();
    const log = queries(() => {
      expect(adapter.openThread(document)?.readOnly).toBe(true);
    });
    const notice = log.filter((q) =>
      selectors.readOnlyNotice.css.some((css) => q.css.includes(css)),
    );
    expect(notice.length).toBeGreaterThan(0);
    for (const q of notice) expect(q.root.contains(messageList())).toBe(false);
  });

  it('a read of the inbox from scratch looks for the "Message yourself" marker once', () => {
    const log = queries(() => {
      expect(adapter.readInbox(document, undefined).rows.length).toBeGreaterThan(0);
    });
    const marker = log.filter((q) => isOne(q.css, selectors.messageYourselfRow));
    expect(marker).toEqual([
      expect.objectContaining({ method: 'querySelectorAll', root: chatList() }),
    ]);
  });

  it('a read of the inbox from scratch queries the list once per alternative asked, and no more', () => {
    const log = queries(() => {
      expect(adapter.readInbox(document, undefined).rows.length).toBeGreaterThan(0);
    });
    const overList = log.filter((q) => q.root === chatList()).map((q) => q.css);
    // The rows, the marker, the title's first alternative (every row has a title) and every
    // unread alternative (most rows have no badge). Whether rows lie inside rows is no query:
    // it was one per lookup, each matching every row's ancestors up to the document's root.
    expect(overList).toEqual([
      selectors.chatRow.css[0],
      ...selectors.messageYourselfRow.css,
      selectors.rowTitle.css[0],
      ...selectors.rowUnread.css,
    ]);
  });

  it('a badge found by an earlier unread alternative is not walked up from again', () => {
    const badges = chatList().querySelectorAll(selectors.rowUnread.css[0] as string).length;
    expect(badges).toBeGreaterThan(1);
    const rows = chatList().querySelectorAll(selectors.chatRow.css[0] as string).length;
    const log = elementQueries(() => {
      expect(adapter.readInbox(document, undefined).rows.length).toBe(rows);
    }, ['closest']);
    // One walk per title and one per badge (the badges also match the label alternatives: each
    // was walked up from again, once per alternative it matches).
    expect(log).toHaveLength(rows + badges);
  });

  it('joins each chain into one selector list once, not again for every query', () => {
    const readEverything = () => {
      const reader = createWhatsappAdapter({ signal: new AbortController().signal });
      const thread = reader.openThread(document);
      expect(thread).toBeDefined();
      if (thread)
        reader.readMessages(thread, { changes: undefined, stopAt: () => false, history: 0 });
      for (const row of reader.readInbox(document, undefined).rows) {
        expect([row.previewFromMe, row.muted, row.group].map((fact) => typeof fact)).toEqual([
          'boolean',
          'boolean',
          'boolean',
        ]);
      }
    };
    const joins = () => {
      const join = vi.spyOn(Array.prototype, 'join');
      try {
        readEverything();
        return join.mock.calls.filter(([separator]) => separator === ', ').length;
      } finally {
        join.mockRestore();
      }
    };
    joins();
    // Every row and message asked several chains at once: each question joined its chain anew
    // (hundreds of new selector strings for the browser to read on a long thread).
    expect(joins()).toBe(0);
  });

  it("an unread row's preview is read with three queries: the preview, its ticks, its sender", () => {
    const unread = adapter.readInbox(document, undefined).rows.filter((r) => r.unreadCount > 0);
    expect(unread.length).toBeGreaterThan(1);
    const log = queries(() => {
      for (const row of unread) expect(row.preview).not.toBe('');
    });
    for (const row of unread) {
      expect(log.filter((q) => row.element.contains(q.root)).map((q) => q.method)).toEqual([
        'querySelector',
        'querySelectorAll',
        'querySelectorAll',
      ]);
    }
    expect(log.every((q) => unread.some((row) => row.element.contains(q.root)))).toBe(true);
  });
});
