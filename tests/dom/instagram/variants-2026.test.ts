// @vitest-environment jsdom
/**
 * The 2026 Instagram variants, one fixture each and all three combined: link-less row buttons,
 * an open thread without a "Conversation with …" label, encrypted-chat addresses; plus the pages
 * the adapter cannot read, which must never be "connected". Expected values written by hand from
 * the fixtures.
 */
import { describe, expect, it } from 'vitest';
import type { InboxRow } from '../../../lib/platforms/types';
import { loadFixture, rowFields, wholeAdapter } from './fixture';

const plain = (rows: InboxRow[]) => rows.map(rowFields);
const texts = (adapter: ReturnType<typeof wholeAdapter>, doc: Document) => {
  const thread = adapter.openThread(doc);
  return thread ? adapter.readMessages(thread).map((m) => [m.author, m.text]) : undefined;
};

const JONAS = '/direct/t/17842340125587777/';
const SOFIA = '/direct/e2ee/t/17849112233445566/';
const INES = '/direct/e2ee/t/17849112233440001/';

describe('link-less rows: div[role=button] straight in the thread list', () => {
  it('reads name, preview, own-message prefixes and unread from bold stylesheet classes', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('inbox-2026-buttonrows');
    const rows = plain(adapter.inboxRows(doc));
    const base = { muted: false, group: false };
    expect(rows.map(({ threadKey: _key, ...rest }) => rest)).toEqual([
      {
        ...base,
        title: 'Priya Nair',
        preview: 'I want to speak to a real person about my order, please',
        previewFromMe: false,
        unreadCount: 1,
      },
      {
        ...base,
        title: 'Ana Souza',
        preview: 'The mug arrived broken and I want my money back',
        previewFromMe: false,
        unreadCount: 1,
      },
      {
        ...base,
        title: 'Ana Souza',
        preview: 'Obrigada, chegou tudo certo!',
        previewFromMe: false,
        unreadCount: 0,
      },
      {
        ...base,
        title: 'Valentina Ríos',
        preview: 'Gracias, hasta pronto',
        previewFromMe: true,
        unreadCount: 0,
      },
      {
        ...base,
        title: 'Tom Becker',
        preview: 'Your order is on its way',
        previewFromMe: true,
        unreadCount: 0,
      },
      {
        ...base,
        title: 'Kenji Mori',
        preview: 'This is unacceptable, nobody answered my complaint',
        previewFromMe: false,
        unreadCount: 0,
      },
    ]);
    for (const row of adapter.inboxRows(doc))
      expect(row.element.getAttribute('role')).toBe('button');
  });

  it('keys rows by name, and two customers of the same name apart by their pictures', () => {
    const keys = wholeAdapter()
      .inboxRows(loadFixture('inbox-2026-buttonrows'))
      .map((row) => row.threadKey);
    expect(keys[0]).toBe('ig:name:priya nair');
    expect(keys[1]).toMatch(/^ig:name:ana souza~\w+$/);
    expect(keys[2]).toMatch(/^ig:name:ana souza~\w+$/);
    expect(keys[1]).not.toBe(keys[2]);
    expect(keys.slice(3)).toEqual([
      'ig:name:valentina ríos',
      'ig:name:tom becker',
      'ig:name:kenji mori',
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the same keys on a repeat pass and after the list is re-rendered with fresh nodes', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('inbox-2026-buttonrows');
    const before = adapter.inboxRows(doc).map((row) => row.threadKey);
    const list = doc.querySelector('[aria-label="Thread list"]')!;
    list.replaceWith(list.cloneNode(true));
    expect(adapter.inboxRows(doc).map((row) => row.threadKey)).toEqual(before);
  });

  it('takes rows whose only sign is a bold name as read when the title counts fewer unread', () => {
    const doc = loadFixture('inbox-2026-buttonrows');
    // Every name bold (as some builds draw all names), previews bold only on unread rows.
    for (const row of doc.querySelectorAll('[aria-label="Thread list"] [role="button"]'))
      row.querySelector('[dir="auto"]')!.classList.replace('x1fhwpqd', 'x1s688f');
    const unread = (title: string) => {
      doc.title = title;
      return wholeAdapter()
        .inboxRows(doc)
        .filter((row) => row.unreadCount > 0)
        .map((row) => row.title);
    };
    expect(unread('(2) Instagram • Messages')).toEqual(['Priya Nair', 'Ana Souza']);
    // Without a count in the title a bold name is still taken as unread.
    expect(unread('Instagram • Messages')).toHaveLength(6);
  });

  it('is connected', () => {
    expect(wholeAdapter().health(loadFixture('inbox-2026-buttonrows'))).toEqual({
      state: 'connected',
    });
  });
});

describe('open thread without a "Conversation with …" label', () => {
  it('reads the column-reverse scroller above the composer, direction from computed style', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('thread-2026-unlabelled', JONAS);
    const thread = adapter.openThread(doc)!;
    expect(thread).toMatchObject({
      threadKey: 'ig:t:17842340125587777',
      title: 'Jonas Berg',
      group: false,
    });
    expect(thread.root.classList.contains('xscroll')).toBe(true);
    expect(texts(adapter, doc)).toEqual([
      ['them', 'Hello, I returned the jacket two weeks ago.'],
      ['me', 'Thanks Jonas, we will check today.'],
      ['them', 'Where is my refund? This is the third time I ask and I am losing patience.'],
    ]);
  });

  it('anchors the banner at the scroller and observes its parent', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('thread-2026-unlabelled', JONAS);
    const root = adapter.openThread(doc)!.root;
    expect(adapter.bannerAnchor(doc)).toBe(root);
    expect(adapter.observeTargets(doc)).toContain(root.parentElement);
    expect(adapter.composer(doc)?.getAttribute('aria-label')).toBe('Message');
  });

  it('uses the fallback when a label exists but does not hold the scroller', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('thread-2026-unlabelled', JONAS);
    const header = doc.querySelector('[role="main"] > div')!;
    header.setAttribute('aria-label', 'Conversation with Jonas Berg');
    expect(texts(adapter, doc)).toHaveLength(3);
  });

  it('never takes the thread list (the inbox) for the open thread', () => {
    const doc = loadFixture('thread-2026-unlabelled', JONAS);
    const list = doc.querySelector('[aria-label="Thread list"]') as HTMLElement;
    list.style.cssText = 'overflow-y: auto; display: flex; flex-direction: column-reverse';
    const root = wholeAdapter().openThread(doc)!.root;
    expect(list.contains(root)).toBe(false);
  });

  it('is connected', () => {
    expect(wholeAdapter().health(loadFixture('thread-2026-unlabelled', JONAS))).toEqual({
      state: 'connected',
    });
  });
});

describe('encrypted chats at /direct/e2ee/t/<id>/', () => {
  it('keys the open thread and the rows linking there by the encrypted-chat id', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('thread-2026-e2ee', SOFIA);
    expect(adapter.isSupportedUrl(new URL(`https://www.instagram.com${SOFIA}`))).toBe(true);
    expect(adapter.openThread(doc)).toMatchObject({
      threadKey: 'ig:e2ee:17849112233445566',
      title: 'Sofia Greco',
    });
    expect(adapter.inboxRows(doc).map((row) => row.threadKey)).toEqual([
      'ig:e2ee:17849112233445566',
      'ig:e2ee:17849112233449999',
      'ig:t:17842340125582222',
    ]);
    expect(texts(adapter, doc)).toEqual([
      ['them', 'Hi, is the linen dress still available?'],
      ['me', 'Yes, in all sizes.'],
      ['them', 'Great, thanks!'],
      ['them', 'Can I talk to the owner directly? I need 40 of them for my shop.'],
    ]);
    for (const message of adapter.readMessages(adapter.openThread(doc)!))
      expect(message.key.startsWith('ig:e2ee:17849112233445566|')).toBe(true);
    expect(adapter.health(doc)).toEqual({ state: 'connected' });
  });
});

describe('all three combined', () => {
  it('reads link-less rows, maps the open one to the encrypted-chat id, reads the unlabelled thread', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('combined-2026', INES);
    expect(plain(adapter.inboxRows(doc))).toEqual([
      {
        threadKey: 'ig:e2ee:17849112233440001',
        title: 'Inês Duarte',
        preview: 'Quero falar com um responsável, isto é inaceitável',
        previewFromMe: false,
        unreadCount: 0,
        muted: false,
        group: false,
      },
      {
        threadKey: 'ig:name:mateo ruiz',
        title: 'Mateo Ruiz',
        preview: 'Puedo hablar con una persona? Es urgente',
        previewFromMe: false,
        unreadCount: 1,
        muted: false,
        group: false,
      },
      {
        threadKey: 'ig:name:joana brandão',
        title: 'Joana Brandão',
        preview: 'Muito obrigada',
        previewFromMe: true,
        unreadCount: 0,
        muted: false,
        group: false,
      },
    ]);
    expect(adapter.openThread(doc)).toMatchObject({
      threadKey: 'ig:e2ee:17849112233440001',
      title: 'Inês Duarte',
    });
    expect(texts(adapter, doc)).toEqual([
      ['them', 'Olá, minha encomenda chegou danificada.'],
      ['me', 'Sinto muito! Pode enviar uma foto?'],
      ['them', 'Quero falar com um responsável, isto é inaceitável.'],
    ]);
    expect(adapter.composer(doc)?.getAttribute('aria-label')).toBe('Escreva uma mensagem');
    expect(adapter.health(doc)).toEqual({ state: 'connected' });
  });

  it('keeps the id key of a row whose thread was opened, back on the inbox, for that adapter only', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('combined-2026', INES);
    adapter.inboxRows(doc);
    history.replaceState(null, '', '/direct/inbox/');
    doc.querySelector('[role="main"]')!.replaceChildren();
    expect(adapter.openThread(doc)).toBeUndefined();
    expect(adapter.inboxRows(doc)[0]?.threadKey).toBe('ig:e2ee:17849112233440001');
    expect(wholeAdapter().inboxRows(doc)[0]?.threadKey).toBe('ig:name:inês duarte');
  });

  it('tells two same-named rows apart by the header picture when the thread is open', () => {
    const adapter = wholeAdapter();
    const doc = loadFixture('combined-2026', INES);
    const ines = doc.querySelector('[aria-label="Thread list"] [role="button"]')!;
    const other = ines.cloneNode(true) as Element;
    other.querySelector('img')!.setAttribute('src', 'https://cdn.example/v/t51/other_n.jpg?x=1');
    ines.before(other);
    const keys = adapter.inboxRows(doc).map((row) => row.threadKey);
    expect(keys[0]).toMatch(/^ig:name:inês duarte~\w+$/);
    expect(keys[1]).toBe('ig:e2ee:17849112233440001');
  });
});

describe('pages that cannot be read are never "connected"', () => {
  it('rows with pictures but no readable name or preview', () => {
    expect(wholeAdapter().health(loadFixture('inbox-unreadable'))).toEqual({
      state: 'unrecognised',
      missing: ['rowName', 'rowPreview'],
    });
  });

  it('rows with names but no preview line', () => {
    const doc = loadFixture('inbox-2026-buttonrows');
    for (const row of doc.querySelectorAll('[aria-label="Thread list"] [role="button"]'))
      for (const line of [...row.querySelectorAll('[dir="auto"]')].slice(1)) line.remove();
    expect(wholeAdapter().health(doc)).toEqual({
      state: 'unrecognised',
      missing: ['rowPreview'],
    });
  });

  it('a thread address with a composer but no thread to read', () => {
    expect(
      wholeAdapter().health(loadFixture('thread-unreadable', '/direct/t/17842340125581234/')),
    ).toEqual({ state: 'unrecognised', missing: ['conversation'] });
  });

  it('a thread whose text yields no message', () => {
    const doc = loadFixture('thread-2026-unlabelled', JONAS);
    // Every row marked as a time separator: text is there, no message comes out.
    for (const row of doc.querySelectorAll('.xscroll > div > div'))
      row.setAttribute('data-scope', 'date_break');
    expect(wholeAdapter().health(doc)).toEqual({
      state: 'unrecognised',
      missing: ['messages'],
    });
  });

  it('a thread page still loading (no composer yet) and an empty inbox are not failures', () => {
    const doc = loadFixture('thread-unreadable', '/direct/t/17842340125581234/');
    doc.querySelector('[role="textbox"]')!.remove();
    expect(wholeAdapter().health(doc)).toEqual({ state: 'connected' });
    const inbox = loadFixture('inbox-2026-buttonrows');
    inbox.querySelector('[aria-label="Thread list"] .xdt5ytf')!.replaceChildren();
    inbox.querySelector('[aria-label="Thread list"] .x1lliihq')!.remove();
    expect(wholeAdapter().health(inbox)).toEqual({ state: 'connected' });
  });
});
