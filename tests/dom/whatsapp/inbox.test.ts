// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { firstInEachRow, listRowsOf, queryFirst, rowIndex } from '@/lib/platforms/selector-spec';
import { elementQueries } from '../../shared/element-queries';
import { loadFixture, rowSummaries, wholeAdapter, type RowSummary } from './fixture';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';
import { withBoundedKeys } from '@/lib/content/bounded-adapter';
import { boundKey, REPORT_LIMITS } from '@/lib/limits';

const whatsappAdapter = wholeAdapter();

describe('whatsapp inboxRows, 2026 markup', () => {
  it('reads every rendered row, in DOM order (not the order shown by translateY)', () => {
    const rows = whatsappAdapter.inboxRows(loadFixture('chat-list-2026'));
    expect(rowSummaries(rows)).toEqual<RowSummary[]>([
      {
        threadKey: 'wa:title:carla mendes',
        title: 'Carla Mendes',
        preview: 'Oi, meu pedido #4821 ainda não chegou 😕',
        previewFromMe: false,
        unreadCount: 2,
        muted: false,
        group: false,
      },
      {
        threadKey: 'wa:title:ravi patel',
        title: 'Ravi Patel',
        preview: 'Thanks, see you Friday',
        previewFromMe: false,
        unreadCount: 1,
        muted: false,
        group: false,
      },
      {
        threadKey: 'wa:title:encomendas festa 🎉',
        title: 'Encomendas Festa 🎉',
        preview: 'a que horas abre amanhã?',
        previewFromMe: false,
        unreadCount: 5,
        muted: true,
        group: true,
      },
      {
        threadKey: 'wa:title:tom becker',
        title: 'Tom Becker',
        preview: 'The invoice is attached',
        previewFromMe: true,
        unreadCount: 0,
        muted: false,
        group: false,
      },
      {
        threadKey: 'wa:title:lucía gómez',
        title: 'Lucía Gómez',
        preview: 'Perfecto, te lo envío mañana',
        previewFromMe: true,
        unreadCount: 0,
        muted: false,
        group: false,
      },
      {
        threadKey: 'wa:title:+5511912345678',
        title: '+55 11 91234-5678',
        preview: 'Olá, vocês entregam em Campinas?',
        previewFromMe: false,
        unreadCount: 1,
        muted: false,
        group: false,
      },
      {
        threadKey: 'wa:title:marta ruiz',
        title: 'Marta Ruiz',
        preview: '¡Gracias! Todo perfecto',
        previewFromMe: false,
        unreadCount: 0,
        muted: true,
        group: false,
      },
    ]);
  });

  it('skips the section header and the "Message yourself" row', () => {
    const rows = whatsappAdapter.inboxRows(loadFixture('chat-list-2026'));
    const titles = rows.map((row) => row.title);
    expect(titles).not.toContain('Messages');
    expect(titles).not.toContain('Ana Ribeiro (You)');
    expect(rows).toHaveLength(7);
  });

  it('returns the row element itself (role=row), for the runtime to mark', () => {
    const rows = whatsappAdapter.inboxRows(loadFixture('chat-list-2026'));
    for (const row of rows) expect(row.element.getAttribute('role')).toBe('row');
  });

  it('a chat moved to the top by transform only is read as the same row, in its DOM place', () => {
    const doc = loadFixture('chat-list-2026');
    const before = whatsappAdapter.inboxRows(doc);
    const marta = before.find((row) => row.title === 'Marta Ruiz')!;
    marta.element.style.transform = 'translateY(-72px)';
    const rows = whatsappAdapter.inboxRows(doc);
    expect(rows.map((row) => row.element)).toEqual(before.map((row) => row.element));
    expect(rows.find((row) => row.title === 'Marta Ruiz')?.element).toBe(marta.element);
  });

  it('reads no row position at load: no style of any row is read', () => {
    const doc = loadFixture('chat-list-2026');
    const style = vi.spyOn(HTMLElement.prototype, 'style', 'get');
    try {
      expect(whatsappAdapter.inboxRows(doc)).toHaveLength(7);
      expect(style).not.toHaveBeenCalled();
    } finally {
      style.mockRestore();
    }
  });

  it('reads the same rows after the list recycles its nodes in another DOM order', () => {
    const doc = loadFixture('chat-list-2026');
    const before = rowSummaries(whatsappAdapter.inboxRows(doc));
    const grid = doc.querySelector('[role="grid"]')!;
    const clones = [...grid.children].reverse().map((row) => row.cloneNode(true));
    grid.replaceChildren(...clones);
    expect(rowSummaries(whatsappAdapter.inboxRows(doc))).toEqual(before.reverse());
  });
});

describe('whatsapp inbox rows as objects', () => {
  const LAZY = ['preview', 'previewFromMe', 'muted', 'group'] as const;

  it('makes no accessor per row: the lazily read facts are getters every row shares', () => {
    const rows = whatsappAdapter.inboxRows(loadFixture('chat-list-2026'));
    expect(rows.length).toBeGreaterThan(1);
    // Each row was an object literal with four getters of its own (and their closures).
    const own = rows.flatMap((row) =>
      Object.values(Object.getOwnPropertyDescriptors(row)).filter((d) => d.get !== undefined),
    );
    expect(own).toHaveLength(0);
    const proto = Object.getPrototypeOf(rows[0]) as object;
    for (const row of rows) expect(Object.getPrototypeOf(row)).toBe(proto);
    for (const name of LAZY) {
      expect(Object.getOwnPropertyDescriptor(proto, name)?.get).toBeTypeOf('function');
    }
  });

  it('a row whose key is too long for a report is bounded and still answers every fact, read when asked', () => {
    const doc = loadFixture('chat-list-2026');
    const long = 'Carla '.repeat(REPORT_LIMITS.threadKey);
    const title = doc.querySelector('[role="row"] span[title]') as HTMLElement;
    expect(title.getAttribute('title')).toBe('Carla Mendes');
    title.setAttribute('title', long);
    title.textContent = long;
    const adapter = createWhatsappAdapter({ signal: new AbortController().signal });
    const plain = rowSummaries(adapter.readInbox(doc, undefined).rows);
    const bounded = withBoundedKeys(
      createWhatsappAdapter({ signal: new AbortController().signal }),
    );
    const bounding = elementQueries(
      () => bounded.readInbox(doc, undefined).rows,
      ['querySelector', 'querySelectorAll'],
    );
    const read = elementQueries(() => {
      expect(rowSummaries(bounded.readInbox(doc, undefined).rows)).toEqual(
        plain.map((row, i) =>
          i === 0 ? { ...row, threadKey: boundKey(row.threadKey, REPORT_LIMITS.threadKey) } : row,
        ),
      );
    });
    expect(plain[0]?.preview).toBe('Oi, meu pedido #4821 ainda não chegou 😕');
    expect(read.length).toBeGreaterThan(0);
    // Bounding the row read none of its facts (a copy read all four for the long row): the read
    // queried the list only.
    expect(bounding.filter((q) => q.root !== doc.querySelector('[role="grid"]'))).toEqual([]);
  });
});

describe('whatsapp inboxRows, 2024 (era B) markup', () => {
  it('reads name and preview from the titled spans and badges from aria/data-icon', () => {
    const rows = whatsappAdapter.inboxRows(loadFixture('chat-list-2024'));
    expect(rowSummaries(rows)).toEqual<RowSummary[]>([
      {
        threadKey: 'wa:title:sofia lindqvist',
        title: 'Sofia Lindqvist',
        preview: 'The strap broke after two days, I want a refund',
        previewFromMe: false,
        unreadCount: 3,
        muted: false,
        group: false,
      },
      {
        threadKey: 'wa:title:padaria do bairro',
        title: 'Padaria do Bairro',
        preview: 'fechamos às 18h hoje',
        previewFromMe: false,
        unreadCount: 0,
        muted: true,
        group: true,
      },
      {
        threadKey: 'wa:title:diego herrera',
        title: 'Diego Herrera',
        preview: 'Vale, lo pensaré',
        previewFromMe: true,
        unreadCount: 0,
        muted: false,
        group: false,
      },
      {
        threadKey: 'wa:title:beatriz costa',
        title: 'Beatriz Costa',
        preview: 'obrigada pela preferência!',
        previewFromMe: true,
        unreadCount: 0,
        muted: false,
        group: false,
      },
      {
        threadKey: 'wa:title:omar haddad',
        title: 'Omar Haddad',
        preview: 'Can I pick it up on Saturday?',
        previewFromMe: false,
        unreadCount: 1,
        muted: false,
        group: false,
      },
    ]);
  });
});

describe('whatsapp inboxRows without an inbox', () => {
  it.each(['loading', 'logged-out-qr', 'unrecognised'])('returns [] on %s', (name) => {
    expect(whatsappAdapter.inboxRows(loadFixture(name))).toEqual([]);
  });
});

describe('per-row lookups answered from one query per alternative over the list', () => {
  it('without rows inside rows, a match walks up to its own row only', () => {
    document.body.innerHTML = `<div class="list">
      <div role="row"><b class="first">a</b></div>
      <div role="row"><b class="first">b</b></div>
      <div role="row"><i>c</i></div>
    </div>`;
    const list = document.querySelector('.list') as HTMLElement;
    const query = listRowsOf(list, { css: ['[role="row"]'] });
    const closest = vi.spyOn(Element.prototype, 'closest');
    const found = firstInEachRow(list, query, { css: ['.first'] });
    const walks = closest.mock.calls.length;
    closest.mockRestore();
    expect(query.rows.map((row) => found.get(row)?.textContent ?? null)).toEqual(['a', 'b', null]);
    // One walk per match (was two: the second went on from the row to the document's root).
    expect(walks).toBe(2);
  });

  it('tells rows inside rows from the rows themselves, with no query over the list', () => {
    document.body.innerHTML = `<div class="list">
      <div role="row" id="a"><div role="row" id="p"></div><div role="row" id="b"></div></div>
      <div role="row" id="c"></div>
    </div>`;
    const list = document.querySelector('.list') as HTMLElement;
    const nested = listRowsOf(list, { css: ['[role="row"]'] });
    const log = elementQueries(() => {
      expect(rowIndex(nested).nested).toBe(true);
      firstInEachRow(list, nested, { css: ['.none'] });
    });
    // Only the lookup's own alternative (was also one query for rows inside rows per lookup).
    expect(log.map((q) => [q.method, q.css])).toEqual([['querySelectorAll', '.none']]);
    document.querySelector('#p')?.remove();
    document.querySelector('#b')?.remove();
    document.querySelector('.list')?.append(document.createElement('div'));
    expect(rowIndex(listRowsOf(list, { css: ['[role="row"]'] })).nested).toBe(false);
  });

  it('walks up from a match once, however many alternatives it matches', () => {
    document.body.innerHTML = `<div class="list">
      <div role="row"><b class="first second">a</b></div>
      <div role="row"><i class="second">b</i></div>
      <div role="row"><i>c</i></div>
    </div>`;
    const list = document.querySelector('.list') as HTMLElement;
    const query = listRowsOf(list, { css: ['[role="row"]'] });
    const log = elementQueries(() => {
      const found = firstInEachRow(list, query, { css: ['.first', '.second'] });
      expect(query.rows.map((row) => found.get(row)?.textContent ?? null)).toEqual([
        'a',
        'b',
        null,
      ]);
    }, ['closest']);
    // a (first alternative), b (second); a again was a third walk.
    expect(log).toHaveLength(2);
  });

  it('gives each row what queryFirst inside that row gives: chain order first, then document order', () => {
    document.body.innerHTML = `<div class="list">
      <div role="row" id="a"><i class="second">a2</i><b class="first">a1</b><b class="first">a1bis</b></div>
      <div role="row" id="b"><i class="second">b2</i><i class="second">b2bis</i></div>
      <div role="row" id="c"><u>none</u></div>
      <div role="row" id="d"><div role="row" id="e"><b class="first">e1</b></div></div>
    </div>`;
    const list = document.querySelector('.list') as HTMLElement;
    const query = listRowsOf(list, { css: ['[role="row"]'] });
    const rows = query.rows;
    const spec = {
      css: ['.list .first', '.second'],
      finds: 'test',
      verified: '2026-12-01',
      fixtures: [],
    };
    const found = firstInEachRow(list, query, spec);
    for (const row of rows) expect(found.get(row)).toBe(queryFirst(row, spec));
    expect(rows.map((row) => found.get(row)?.textContent ?? null)).toEqual([
      'a1',
      'b2',
      null,
      'e1',
      'e1',
    ]);
  });
});
