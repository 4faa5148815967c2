// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { IncomingMessage, OpenThread } from '@/lib/platforms/types';
import { loadFixture, wholeAdapter } from './fixture';

const whatsappAdapter = wholeAdapter();

function open(name: string): OpenThread {
  const thread = whatsappAdapter.openThread(loadFixture(name));
  if (!thread) throw new Error(`no open thread in ${name}`);
  return thread;
}

const at = (y: number, m: number, d: number, h: number, min: number): number =>
  new Date(y, m - 1, d, h, min).getTime();

describe('whatsapp openThread', () => {
  it.each([
    ['thread-2026-1to1', 'Carla Mendes', 'wa:title:carla mendes', false],
    ['thread-2026-group', 'Encomendas Festa 🎉', 'wa:title:encomendas festa 🎉', true],
    ['thread-2024-eraB', 'Marta Ruiz', 'wa:title:marta ruiz', false],
    ['thread-2023-eraA', 'Feira de Sábado', 'wa:title:feira de sábado', true],
  ])('%s → %s', (fixture, title, threadKey, group) => {
    const thread = open(fixture);
    expect(thread).toMatchObject({ title, threadKey, group });
    expect(thread.root.id).toBe('main');
  });

  it('looks for author names among the messages, group ids in the newest message only, and for a read-only notice outside them', () => {
    const doc = loadFixture('thread-2026-1to1');
    const main = doc.getElementById('main') as HTMLElement;
    const list = main.querySelector('[data-testid="conversation-panel-messages"]') as HTMLElement;
    const inMain = vi.spyOn(main, 'querySelector');
    const inList = vi.spyOn(list, 'querySelector');
    expect(whatsappAdapter.openThread(doc)).toMatchObject({ group: false });
    const lookedFor = (spy: typeof inList, hook: string) =>
      spy.mock.calls.filter(([css]) => css.includes(hook)).map(([css]) => css);
    expect(lookedFor(inList, 'author')).toEqual(['[data-testid="author"]']);
    expect(lookedFor(inList, '@g.us')).toEqual([]);
    expect(lookedFor(inList, 'block-message')).toEqual([]);
    expect(lookedFor(inMain, 'block-message')).toEqual([]);
  });

  it('a group JID in the newest message makes a group, with no author name and no walk of the messages', () => {
    const doc = loadFixture('thread-2023-eraA');
    for (const author of doc.querySelectorAll('[data-testid="author"]')) author.remove();
    const list = doc.querySelector('#main [data-testid="conversation-panel-messages"]');
    const walks = vi.spyOn(list as HTMLElement, 'querySelector');
    expect(whatsappAdapter.openThread(doc)).toMatchObject({ group: true });
    expect(walks.mock.calls.map(([css]) => css)).toEqual([]);
  });

  it('without a message among the list’s last children, all the messages are searched for a group JID', () => {
    const doc = loadFixture('thread-2023-eraA');
    for (const author of doc.querySelectorAll('[data-testid="author"]')) author.remove();
    const list = doc.querySelector('#main [data-testid="conversation-panel-messages"]');
    for (let i = 0; i < 8; i++) list?.append(doc.createElement('div'));
    const walks = vi.spyOn(list as HTMLElement, 'querySelector');
    expect(whatsappAdapter.openThread(doc)).toMatchObject({ group: true });
    expect(walks.mock.calls.map(([css]) => css)).toEqual(['[data-id*="@g.us"]']);
  });

  it('is undefined when no chat is open', () => {
    expect(whatsappAdapter.openThread(loadFixture('chat-list-2026'))).toBeUndefined();
  });

  it('gives the same threadKey from the list row and from the header', () => {
    const listKeys = new Map(
      whatsappAdapter
        .inboxRows(loadFixture('chat-list-2026'))
        .map((row) => [row.title, row.threadKey]),
    );
    expect(open('thread-2026-1to1').threadKey).toBe(listKeys.get('Carla Mendes'));
    // The header draws the emoji as an <img>; the row has it in the title attribute.
    expect(open('thread-2026-group').threadKey).toBe(listKeys.get('Encomendas Festa 🎉'));
  });
});

describe('whatsapp readMessages, 2026 1:1', () => {
  it('reads direction, text, emoji, quote and media, skipping system rows and separators', () => {
    expect(whatsappAdapter.readMessages(open('thread-2026-1to1'))).toEqual<IncomingMessage[]>([
      {
        key: 'wa:3A5F0A1B2C3D4E5F6071',
        threadKey: 'wa:title:carla mendes',
        author: 'them',
        text: 'Oi! Vocês ainda têm a bolsa de couro caramelo?',
        hasMedia: false,
        sentAt: at(2026, 9, 22, 9, 12),
      },
      {
        key: 'wa:3A5F0A1B2C3D4E5F6072',
        threadKey: 'wa:title:carla mendes',
        author: 'them',
        text: 'Quero dar de presente 🎁😊',
        hasMedia: false,
        sentAt: at(2026, 9, 22, 9, 13),
      },
      {
        key: 'wa:ACDD1C9AABBF0BC8B356255C0A118F01',
        threadKey: 'wa:title:carla mendes',
        author: 'me',
        text: 'Temos sim!\nChega em 3 dias úteis.',
        hasMedia: false,
        sentAt: at(2026, 9, 22, 9, 20),
      },
      {
        key: 'wa:3A5F0A1B2C3D4E5F6073',
        threadKey: 'wa:title:carla mendes',
        author: 'them',
        text: '',
        hasMedia: true,
      },
      {
        key: 'wa:3A5F0A1B2C3D4E5F6074',
        threadKey: 'wa:title:carla mendes',
        author: 'them',
        text: '',
        hasMedia: true,
      },
      {
        key: 'wa:3A5F0A1B2C3D4E5F6075',
        threadKey: 'wa:title:carla mendes',
        author: 'them',
        text: 'Já passaram 5 dias e nada 😡 quero falar com um atendente',
        quoted: 'Chega em 3 dias úteis.',
        hasMedia: false,
        sentAt: at(2026, 9, 23, 10, 5),
      },
      {
        key: 'wa:ACDD1C9AABBF0BC8B356255C0A118F02',
        threadKey: 'wa:title:carla mendes',
        author: 'me',
        text: 'Prazo de entrega: 3 a 5 dias úteis.',
        hasMedia: false,
      },
    ]);
  });
});

describe('whatsapp readMessages, 2026 group', () => {
  it('names the sender of every incoming message, carrying it through a run', () => {
    const messages = whatsappAdapter.readMessages(open('thread-2026-group'));
    expect(
      messages.map(({ key, author, sender, text, hasMedia }) => ({
        key,
        author,
        sender,
        text,
        hasMedia,
      })),
    ).toEqual([
      {
        key: 'wa:3A77B0C1D2E3F4A5B601',
        author: 'them',
        sender: 'Pedro Alves',
        text: 'Boa tarde! Preciso de 40 bolsas para sábado.',
        hasMedia: false,
      },
      {
        key: 'wa:3A77B0C1D2E3F4A5B602',
        author: 'them',
        sender: 'Pedro Alves',
        text: 'Dá para entregar em Niterói?',
        hasMedia: false,
      },
      {
        key: 'wa:3A77B0C1D2E3F4A5B603',
        author: 'them',
        sender: 'Sofía Navarro',
        text: '¿Hacen descuento por cantidad?',
        hasMedia: false,
      },
      {
        key: 'wa:3A77B0C1D2E3F4A5B604',
        author: 'them',
        sender: 'Sofía Navarro',
        text: '',
        hasMedia: true,
      },
      {
        key: 'wa:ACDD1C9AABBF0BC8B356255C0A11AA01',
        author: 'me',
        sender: undefined,
        text: 'Sim, fazemos! Envio o orçamento hoje.',
        hasMedia: false,
      },
      {
        key: 'wa:3A77B0C1D2E3F4A5B605',
        author: 'them',
        sender: 'Pedro Alves',
        text: 'Perfeito, obrigado 🙏',
        hasMedia: false,
      },
    ]);
    expect(messages[0]?.sentAt).toBe(at(2026, 9, 21, 18, 40));
    expect(messages.every((m) => m.threadKey === 'wa:title:encomendas festa 🎉')).toBe(true);
  });
});

describe('whatsapp readMessages, older eras', () => {
  it('era B: true_/false_ data-ids, message-in/out, en-US timestamps, quoted reply', () => {
    expect(whatsappAdapter.readMessages(open('thread-2024-eraB'))).toEqual<IncomingMessage[]>([
      {
        key: 'wa:false_34612345678@c.us_3A1F00AA11BB22CC33DD',
        threadKey: 'wa:title:marta ruiz',
        author: 'them',
        text: 'Hola, quería pedir 25 bolsos para un evento de empresa 💼',
        hasMedia: false,
        sentAt: at(2025, 9, 20, 20, 15),
      },
      {
        key: 'wa:true_34612345678@c.us_3EB0112233445566AABB',
        threadKey: 'wa:title:marta ruiz',
        author: 'me',
        text: '¡Claro! ¿Para qué fecha los necesita?',
        hasMedia: false,
        sentAt: at(2025, 9, 20, 20, 30),
      },
      {
        key: 'wa:false_34612345678@c.us_3A1F00AA11BB22CC33DE',
        threadKey: 'wa:title:marta ruiz',
        author: 'them',
        text: 'Para el 3 de octubre. ¿Me pueden hacer un presupuesto?',
        quoted: '¡Claro! ¿Para qué fecha los necesita?',
        hasMedia: false,
        sentAt: at(2025, 9, 21, 9, 2),
      },
      {
        key: 'wa:true_34612345678@c.us_3EB0112233445566AABC',
        threadKey: 'wa:title:marta ruiz',
        author: 'me',
        text: 'Se lo preparo hoy 👍',
        hasMedia: false,
        sentAt: at(2025, 9, 21, 9, 10),
      },
    ]);
  });

  it('era A: data-testid markup, group JIDs, authors and D/M/Y timestamps', () => {
    const messages = whatsappAdapter.readMessages(open('thread-2023-eraA'));
    expect(
      messages.map(({ key, author, sender, text }) => ({ key, author, sender, text })),
    ).toEqual([
      {
        key: 'wa:false_120363000000000001@g.us_3EB0AA0000000001_447700900111@c.us',
        author: 'them',
        sender: 'Hannah Cole',
        text: 'Is the stall open this Saturday? I need a bread order for 60 people.',
      },
      {
        key: 'wa:true_120363000000000001@g.us_3EB0BB0000000002',
        author: 'me',
        sender: undefined,
        text: "Yes, from 8 to 13. I'll send you the price list.",
      },
      {
        key: 'wa:false_120363000000000001@g.us_3EB0AA0000000003_447700900222@c.us',
        author: 'them',
        sender: 'Leo Martins',
        text: 'Count me in for two sourdough loaves.',
      },
      {
        key: 'wa:false_120363000000000001@g.us_3EB0AA0000000004_447700900222@c.us',
        author: 'them',
        sender: 'Leo Martins',
        text: 'And one rye, please.',
      },
    ]);
    expect(messages[0]?.sentAt).toBe(at(2023, 6, 3, 11, 5));
  });
});

describe('whatsapp message keys', () => {
  it('survive a re-render of #main (new nodes) and a chat switch back', () => {
    const thread = open('thread-2026-1to1');
    const before = whatsappAdapter.readMessages(thread).map((m) => m.key);
    const fresh = thread.root.cloneNode(true) as HTMLElement;
    thread.root.replaceWith(fresh);
    const again = whatsappAdapter.openThread(document)!;
    expect(again.root).toBe(fresh);
    expect(whatsappAdapter.readMessages(again).map((m) => m.key)).toEqual(before);
  });

  it('do not move when older history loads above', () => {
    const thread = open('thread-2026-group');
    const before = whatsappAdapter.readMessages(thread).map((m) => m.key);
    const list = thread.root.querySelector('[data-testid="conversation-panel-messages"]')!;
    const older = list.querySelector('[data-id="3A77B0C1D2E3F4A5B603"]')!.closest('[role="row"]')!;
    const copy = older.cloneNode(true) as HTMLElement;
    const idElement = copy.querySelector('[data-id]')!;
    idElement.setAttribute('data-id', '3A77B0C1D2E3F4A5B500');
    idElement.setAttribute('data-testid', 'conv-msg-3A77B0C1D2E3F4A5B500');
    list.prepend(copy);
    const after = whatsappAdapter.readMessages(thread).map((m) => m.key);
    expect(after).toEqual(['wa:3A77B0C1D2E3F4A5B500', ...before]);
  });

  it('fall back to a content hash that is stable and distinct when rows have no data-id', () => {
    const strip = (): string[] => {
      const thread = open('thread-2026-group');
      for (const row of thread.root.querySelectorAll('[data-id]')) {
        row.removeAttribute('data-id');
        row.removeAttribute('data-testid');
        row.setAttribute('data-testid', 'msg-row');
      }
      return whatsappAdapter.readMessages(thread).map((m) => m.key);
    };
    const first = strip();
    const second = strip();
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(first.length);
    for (const key of first) expect(key).toMatch(/^wa:h:[0-9a-z]+(~\d+)?$/);
  });

  it('keep a repeated data-id (ad reply pair) apart by author, and drop exact duplicates', () => {
    const thread = open('thread-2026-1to1');
    const list = thread.root.querySelector('[data-testid="conversation-panel-messages"]')!;
    const incoming = list
      .querySelector('[data-id="3A5F0A1B2C3D4E5F6071"]')!
      .closest('[role="row"]')!;
    list.append(incoming.cloneNode(true));
    const keys = whatsappAdapter.readMessages(thread).map((m) => m.key);
    expect(keys.filter((key) => key.startsWith('wa:3A5F0A1B2C3D4E5F6071'))).toEqual([
      'wa:3A5F0A1B2C3D4E5F6071',
    ]);
  });
});
