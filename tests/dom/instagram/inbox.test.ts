// @vitest-environment jsdom
/** inboxRows over the inbox fixtures, with expected values written by hand. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInstagramAdapter } from '../../../lib/platforms/instagram/adapter';
import { stripRelativeTime } from '../../../lib/platforms/instagram/inbox-rows';
import type { InboxRow } from '../../../lib/platforms/types';
import { loadFixture, rowFields, wholeAdapter } from './fixture';

const instagramAdapter = wholeAdapter();

type Plain = Omit<InboxRow, 'element'>;
const plain = (rows: InboxRow[]): Plain[] => rows.map(rowFields);

describe('instagram inboxRows: rows as anchors (2026)', () => {
  it('reads every row', () => {
    const rows = instagramAdapter.inboxRows(loadFixture('inbox-2026-links', '/direct/inbox/'));
    expect(plain(rows)).toEqual([
      {
        threadKey: 'ig:t:17842340125581234',
        title: 'Sam Rivera',
        preview: 'Hi, my parcel arrived crushed',
        previewFromMe: false,
        unreadCount: 1,
        muted: false,
        group: false,
      },
      {
        threadKey: 'ig:t:17842340125589876',
        title: 'Lucía Fernández',
        preview: 'Hola, ¿puedo hablar con una persona? Es urgente.',
        previewFromMe: false,
        unreadCount: 1,
        muted: false,
        group: false,
      },
      {
        threadKey: 'ig:t:17842340125581111',
        title: 'Tomás Ortega',
        preview: 'Quiero cancelar mi pedido 😡',
        previewFromMe: false,
        unreadCount: 1, // bold only, no dot
        muted: false,
        group: false,
      },
      {
        threadKey: 'ig:t:17842340125582222',
        title: 'Bruno Carvalho',
        preview: 'Obrigado, até amanhã!',
        previewFromMe: true,
        unreadCount: 0,
        muted: false,
        group: false,
      },
      {
        threadKey: 'ig:t:17842340125583333',
        title: 'Noor Haddad',
        preview: 'You sent an attachment.',
        previewFromMe: true,
        unreadCount: 0,
        muted: true,
        group: false,
      },
      {
        threadKey: 'ig:t:340282366841710300949128137443944319108',
        title: 'Weekend Market Crew',
        preview: 'See you at 9',
        previewFromMe: false,
        unreadCount: 0,
        muted: false,
        group: true,
      },
      {
        threadKey: 'ig:t:17842340125584444',
        title: 'Elif Kaya',
        preview: '', // "Active 2h ago" is a status, not a preview
        previewFromMe: false,
        unreadCount: 0,
        muted: false,
        group: false,
      },
    ]);
    for (const row of rows) expect(row.element.tagName).toBe('A');
  });

  it('does not take tabs, the account header or the empty-state panel for rows', () => {
    const rows = instagramAdapter.inboxRows(loadFixture('inbox-2026-links'));
    expect(rows.map((r) => r.title)).not.toContain('lumen.homegoods');
    expect(rows.map((r) => r.title)).not.toContain('Your messages');
  });

  it('reads the list beside an open thread', () => {
    const rows = instagramAdapter.inboxRows(
      loadFixture('thread-2026', '/direct/t/17842340125581234/'),
    );
    expect(rows.map((r) => [r.threadKey, r.preview, r.previewFromMe])).toEqual([
      ['ig:t:17842340125581234', 'ok', false],
      ['ig:t:17842340125582222', 'See you tomorrow', true],
    ]);
  });
});

describe('instagram inboxRows: the unread sign of lines that carry their weight inline', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads the weight from the line itself, describing no drawing for it', () => {
    const doc = loadFixture('inbox-2026-links', '/direct/inbox/');
    const expected = instagramAdapter.inboxRows(doc).map((row) => row.unreadCount);
    const described: Element[] = [];
    const getAttribute = Element.prototype.getAttribute;
    vi.spyOn(Element.prototype, 'getAttribute').mockImplementation(function (
      this: Element,
      name: string,
    ) {
      // A drawing is described from the class (the style attribute is read for the weight too).
      if (name === 'class') described.push(this);
      return getAttribute.call(this, name);
    });
    const adapter = createInstagramAdapter({ signal: new AbortController().signal });
    const rows = adapter.readInbox(doc, undefined).rows;
    expect(rows.map((row) => row.unreadCount)).toEqual(expected);
    const inline = [...doc.querySelectorAll<HTMLElement>('[dir="auto"]')].filter(
      (line) => line.style.fontWeight !== '',
    );
    expect(inline.length).toBeGreaterThanOrEqual(3);
    // Each such line's weight answers for it: its drawing (and its ancestors') is never made.
    expect(described.filter((el) => inline.includes(el as HTMLElement))).toEqual([]);
  });
});

describe('instagram inboxRows: rows as buttons without href (Aug 2026, pt-BR)', () => {
  const expected: Plain[] = [
    {
      threadKey: 'ig:name:rafaela lima',
      title: 'Rafaela Lima',
      preview: 'Quero falar com um atendente, por favor',
      previewFromMe: false,
      unreadCount: 1,
      muted: false,
      group: false,
    },
    {
      threadKey: 'ig:name:diego martins',
      title: 'Diego Martins',
      preview: 'Pode deixar, enviamos hoje',
      previewFromMe: true,
      unreadCount: 0,
      muted: false,
      group: false,
    },
    {
      threadKey: 'ig:name:carmen ruiz',
      title: 'Carmen Ruiz',
      preview: '¿Tienen envío a Sevilla?',
      previewFromMe: false,
      unreadCount: 0,
      muted: false,
      group: false,
    },
    {
      threadKey: 'ig:name:helena costa',
      title: 'Helena Costa',
      preview: 'Você enviou um anexo.',
      previewFromMe: true,
      unreadCount: 0,
      muted: false,
      group: false,
    },
    {
      threadKey: 'ig:name:marcos pereira',
      title: 'Marcos Pereira',
      preview: 'Valeu!',
      previewFromMe: false,
      unreadCount: 0,
      muted: false,
      group: false,
    },
  ];

  it('keys rows by display name when no thread id is known', () => {
    const rows = instagramAdapter.inboxRows(loadFixture('inbox-2026-buttons', '/direct/inbox/'));
    expect(plain(rows)).toEqual(expected);
    for (const row of rows) expect(row.element.getAttribute('role')).toBe('button');
  });

  it("maps the open thread's row to the id from the URL", () => {
    const rows = instagramAdapter.inboxRows(
      loadFixture('inbox-2026-buttons', '/direct/t/17849000000000042/'),
    );
    expect(rows.map((r) => r.threadKey)).toEqual([
      'ig:t:17849000000000042',
      ...expected.slice(1).map((r) => r.threadKey),
    ]);
  });

  it('keeps two look-alike rows apart by position and maps neither to the open id', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('inbox-2026-buttons', '/direct/t/17849000000000042/');
    const first = adapter.inboxRows(doc)[0]!.element;
    first.closest('[role="listitem"]')!.after(first.closest('[role="listitem"]')!.cloneNode(true));
    const [a, b] = adapter.inboxRows(doc).map((r) => r.threadKey);
    expect(a).toMatch(/^ig:name:rafaela lima~\w+$/);
    expect(b).toBe(`${a}~2`);
  });
});

describe('stripRelativeTime', () => {
  it.each([
    ['Hi · 2h', 'Hi'],
    ['Valeu! · 49 sem.', 'Valeu!'],
    ['A · B', 'A · B'],
    ['Price: 10 · 20 · now', 'Price: 10 · 20'],
    ['no time here', 'no time here'],
  ])('%s → %s', (input, output) => {
    expect(stripRelativeTime(input)).toBe(output);
  });
});
