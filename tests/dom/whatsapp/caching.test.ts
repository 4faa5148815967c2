// @vitest-environment jsdom
/**
 * The adapter caches each row's parse per element (lib/platforms/whatsapp/row-cache.ts) and keeps
 * page-wide answers (login screen, group markers) between calls (presence.ts). These tests change
 * the DOM between reads the ways WhatsApp does — text and badges edited in place, rows replaced by
 * new nodes, rows removed, moved by transform, history loaded above, messages appended — and check
 * that every read equals what a fresh read of the same DOM gives.
 */
import { describe, expect, it } from 'vitest';
import type { ChatRow, IncomingMessage, OpenThread } from '@/lib/platforms/types';
import { loadFixture, wholeAdapter } from './fixture';

const whatsappAdapter = wholeAdapter();

type Summary = Omit<ChatRow, 'element'>;

const summaries = (rows: ChatRow[]): Summary[] =>
  rows.map(({ element: _element, ...rest }) => rest);

function rowOf(doc: Document, title: string): HTMLElement {
  const row = whatsappAdapter.listRows(doc).find((r) => r.title === title);
  if (!row) throw new Error(`no row ${title}`);
  return row.element;
}

/** The same document read by an adapter with nothing cached: a deep copy of the body. */
function freshRows(doc: Document): Summary[] {
  const copy = doc.body.cloneNode(true) as HTMLElement;
  const host = document.implementation.createHTMLDocument('');
  host.body.replaceWith(host.importNode(copy, true));
  return summaries(whatsappAdapter.listRows(host));
}

describe('whatsapp listRows cache', () => {
  it('re-reads a row whose unread badge and preview change in place', () => {
    const doc = loadFixture('chat-list-2026');
    whatsappAdapter.listRows(doc);
    const carla = rowOf(doc, 'Carla Mendes');
    const badge = carla.querySelector('[data-testid="icon-unread-count"]')!;
    badge.textContent = '3';
    badge.setAttribute('aria-label', '3 unread messages');
    const preview = carla.querySelector('[data-testid="last-msg-status"] [dir="ltr"]')!;
    preview.textContent = 'Alguém pode me ajudar?';
    const row = whatsappAdapter.listRows(doc).find((r) => r.title === 'Carla Mendes');
    expect(row).toMatchObject({ unreadCount: 3, preview: 'Alguém pode me ajudar?' });
    expect(row?.element).toBe(carla);
  });

  it('re-reads a row whose badge disappears (read) and whose text node changes', () => {
    const doc = loadFixture('chat-list-2026');
    whatsappAdapter.listRows(doc);
    const carla = rowOf(doc, 'Carla Mendes');
    carla.querySelector('[data-testid="icon-unread-count"]')!.remove();
    const text = carla.querySelector('[data-testid="last-msg-status"] [dir="ltr"]')!.firstChild!;
    text.nodeValue = 'Oi, chegou! ';
    const row = whatsappAdapter.listRows(doc).find((r) => r.title === 'Carla Mendes');
    expect(row).toMatchObject({ unreadCount: 0 });
    expect(row?.preview.startsWith('Oi, chegou!')).toBe(true);
  });

  it('re-reads a row whose title attribute changes, and ignores attributes it never reads', () => {
    const doc = loadFixture('chat-list-2026');
    const tom = rowOf(doc, 'Tom Becker');
    tom.setAttribute('data-escalation-category', 'complaint');
    tom.querySelector('span[title="Tom Becker"]')!.setAttribute('title', 'Tom B.');
    const rows = whatsappAdapter.listRows(doc);
    expect(rows[0]).toMatchObject({ title: 'Tom B.', threadKey: 'wa:title:tom b.' });
    expect(summaries(rows)).toEqual(freshRows(doc));
  });

  it('reads a re-rendered (replaced) row node afresh and returns the new element', () => {
    const doc = loadFixture('chat-list-2026');
    const old = rowOf(doc, 'Ravi Patel');
    const fresh = old.cloneNode(true) as HTMLElement;
    fresh.querySelector('span[title="Ravi Patel"]')!.setAttribute('title', 'Ravi P.');
    old.replaceWith(fresh);
    const rows = whatsappAdapter.listRows(doc);
    expect(rows.map((r) => r.title)).not.toContain('Ravi Patel');
    const ravi = rows.find((r) => r.title === 'Ravi P.');
    expect(ravi?.element).toBe(fresh);
    expect(ravi?.threadKey).toBe('wa:title:ravi p.');
    expect(summaries(rows)).toEqual(freshRows(doc));
  });

  it('drops removed rows and adds new ones in visual order', () => {
    const doc = loadFixture('chat-list-2026');
    whatsappAdapter.listRows(doc);
    rowOf(doc, 'Lucía Gómez').remove();
    const added = rowOf(doc, 'Marta Ruiz').cloneNode(true) as HTMLElement;
    added.querySelector('span[title="Marta Ruiz"]')!.setAttribute('title', 'Nina Souza');
    added.style.transform = 'translateY(-72px)';
    doc.querySelector('[role="grid"]')!.prepend(added);
    const rows = whatsappAdapter.listRows(doc);
    expect(rows.map((r) => r.title)).not.toContain('Lucía Gómez');
    expect(rows[0]?.title).toBe('Nina Souza');
    expect(rows[0]?.element).toBe(added);
    expect(summaries(rows)).toEqual(freshRows(doc));
  });

  it('keeps visual (translateY) order when rows move by transform, several times', () => {
    const doc = loadFixture('chat-list-2026');
    const order = () => whatsappAdapter.listRows(doc).map((r) => r.title);
    const before = order();
    rowOf(doc, 'Marta Ruiz').style.transform = 'translateY(-72px)';
    expect(order()[0]).toBe('Marta Ruiz');
    rowOf(doc, 'Ravi Patel').style.transform = 'translateY(-144px)';
    expect(order().slice(0, 2)).toEqual(['Ravi Patel', 'Marta Ruiz']);
    rowOf(doc, 'Ravi Patel').style.transform = 'translateY(216px)';
    rowOf(doc, 'Marta Ruiz').style.transform = 'translateY(504px)';
    expect(order()).toEqual(before);
  });

  it('gives the same answer on repeated reads with no change', () => {
    const doc = loadFixture('chat-list-2026');
    const first = whatsappAdapter.listRows(doc);
    const second = whatsappAdapter.listRows(doc);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });
});

function open(name: string): OpenThread {
  const thread = whatsappAdapter.openThread(loadFixture(name));
  if (!thread) throw new Error(`no open thread in ${name}`);
  return thread;
}

/** readMessages of a deep copy of #main (nothing cached for its nodes). */
function freshMessages(thread: OpenThread): IncomingMessage[] {
  const copy = thread.root.cloneNode(true) as HTMLElement;
  return whatsappAdapter.readMessages({ ...thread, root: copy });
}

function messageList(thread: OpenThread): HTMLElement {
  return thread.root.querySelector('[data-testid="conversation-panel-messages"]')!;
}

function rowWithId(thread: OpenThread, id: string): HTMLElement {
  return thread.root.querySelector(`[data-id="${id}"]`)!.closest('[role="row"]')!;
}

describe('whatsapp readMessages cache', () => {
  it('reads a message appended at the end, and continues the run it belongs to', () => {
    const thread = open('thread-2026-group');
    const before = whatsappAdapter.readMessages(thread);
    const copy = rowWithId(thread, '3A77B0C1D2E3F4A5B602').cloneNode(true) as HTMLElement;
    const id = copy.querySelector('[data-id]')!;
    id.setAttribute('data-id', '3A77B0C1D2E3F4A5B699');
    id.setAttribute('data-testid', 'conv-msg-3A77B0C1D2E3F4A5B699');
    copy.querySelector('[data-testid="selectable-text"]')!.textContent = 'Mais uma coisa';
    messageList(thread).append(copy);
    const after = whatsappAdapter.readMessages(thread);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toMatchObject({ key: 'wa:3A77B0C1D2E3F4A5B699', text: 'Mais uma coisa' });
    expect(after).toEqual(freshMessages(thread));
  });

  it('re-reads a message whose text is edited in place', () => {
    const thread = open('thread-2026-1to1');
    whatsappAdapter.readMessages(thread);
    const row = rowWithId(thread, '3A5F0A1B2C3D4E5F6071');
    row.querySelector('[data-testid="selectable-text"]')!.textContent = 'Mensagem editada';
    const messages = whatsappAdapter.readMessages(thread);
    expect(messages[0]).toMatchObject({ key: 'wa:3A5F0A1B2C3D4E5F6071', text: 'Mensagem editada' });
    expect(messages).toEqual(freshMessages(thread));
  });

  it('reads a re-rendered (replaced) message node afresh', () => {
    const thread = open('thread-2026-1to1');
    whatsappAdapter.readMessages(thread);
    const old = rowWithId(thread, '3A5F0A1B2C3D4E5F6072');
    const fresh = old.cloneNode(true) as HTMLElement;
    fresh.querySelector('[data-testid="selectable-text"]')!.textContent = 'Outro texto';
    old.replaceWith(fresh);
    const messages = whatsappAdapter.readMessages(thread);
    expect(messages[1]).toMatchObject({ key: 'wa:3A5F0A1B2C3D4E5F6072', text: 'Outro texto' });
    expect(messages).toEqual(freshMessages(thread));
  });

  it('drops removed messages and places history loaded above first', () => {
    const thread = open('thread-2026-group');
    const before = whatsappAdapter.readMessages(thread).map((m) => m.key);
    rowWithId(thread, '3A77B0C1D2E3F4A5B604').remove();
    const older = rowWithId(thread, '3A77B0C1D2E3F4A5B601').cloneNode(true) as HTMLElement;
    const id = older.querySelector('[data-id]')!;
    id.setAttribute('data-id', '3A77B0C1D2E3F4A5B500');
    id.setAttribute('data-testid', 'conv-msg-3A77B0C1D2E3F4A5B500');
    messageList(thread).prepend(older);
    const after = whatsappAdapter.readMessages(thread);
    expect(after.map((m) => m.key)).toEqual([
      'wa:3A77B0C1D2E3F4A5B500',
      ...before.filter((key) => key !== 'wa:3A77B0C1D2E3F4A5B604'),
    ]);
    expect(after).toEqual(freshMessages(thread));
  });

  it('re-reads direction when a message gains its tail in place', () => {
    const thread = open('thread-2026-1to1');
    whatsappAdapter.readMessages(thread);
    const row = rowWithId(thread, '3A5F0A1B2C3D4E5F6072');
    row.querySelector('[data-testid="tail-in"]')?.remove();
    const tail = document.createElement('span');
    tail.setAttribute('data-testid', 'tail-out');
    row.querySelector('[data-testid="msg-container"]')!.prepend(tail);
    const messages = whatsappAdapter.readMessages(thread);
    expect(messages[1]?.author).toBe('me');
    expect(messages).toEqual(freshMessages(thread));
  });

  it('follows a chat switch (#main replaced) and a switch back', () => {
    const thread = open('thread-2026-1to1');
    const before = whatsappAdapter.readMessages(thread);
    const fresh = thread.root.cloneNode(true) as HTMLElement;
    thread.root.replaceWith(fresh);
    const again = whatsappAdapter.openThread(document)!;
    expect(whatsappAdapter.readMessages(again)).toEqual(before);
  });
});

describe('whatsapp page-wide answers kept between calls', () => {
  it('notices a login screen appearing and going away', () => {
    const page = loadFixture('chat-list-2026');
    expect(whatsappAdapter.health(page)).toEqual({ state: 'connected' });
    const qr = page.createElement('div');
    qr.setAttribute('data-ref', '2@payload');
    page.body.append(qr);
    expect(whatsappAdapter.health(page)).toEqual({ state: 'logged_out' });
    qr.remove();
    expect(whatsappAdapter.health(page)).toEqual({ state: 'connected' });
    page.body.append(qr);
    qr.removeAttribute('data-ref');
    expect(whatsappAdapter.health(page)).toEqual({ state: 'connected' });
  });

  it('notices a 1:1-looking thread becoming a group when an author name appears', () => {
    const thread = open('thread-2026-1to1');
    expect(thread.group).toBe(false);
    const author = document.createElement('span');
    author.textContent = 'Pedro Alves';
    messageList(thread).querySelector('[data-testid="msg-container"]')!.prepend(author);
    expect(whatsappAdapter.openThread(document)?.group).toBe(false);
    author.setAttribute('data-testid', 'author');
    expect(whatsappAdapter.openThread(document)?.group).toBe(true);
    author.remove();
    expect(whatsappAdapter.openThread(document)?.group).toBe(false);
  });
});
