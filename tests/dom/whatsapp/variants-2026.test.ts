// @vitest-environment jsdom
/**
 * The WhatsApp markup reported through 2026, on fixtures of our own: direction from the message
 * element's computed alignment (read once per row), receipts drawn as svg titles in chat-list
 * previews, a read-only chat, the send button that confirms an insertion, and the conversation
 * header chosen beside the message list when a drawer brings a second header into #main.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';
import { alignment, directionOf } from '@/lib/platforms/whatsapp/direction';
import { insertDraft } from '@/lib/content/insert-draft';
import type { OpenThread } from '@/lib/platforms/types';
import { loadFixture, wholeAdapter } from './fixture';

const whatsappAdapter = wholeAdapter();

const none = () => false;

function open(name: string): OpenThread {
  const thread = whatsappAdapter.openThread(loadFixture(name));
  if (!thread) throw new Error(`no open thread in ${name}`);
  return thread;
}

const rows = () => [...document.querySelectorAll<HTMLElement>('#main [data-id]')];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('direction from the computed alignment of the message element', () => {
  it('reads sent and received rows that carry no tail, label, receipt or sender', () => {
    open('thread-2026-readonly');
    const [, sent, received] = rows();
    expect(directionOf(sent!, { outside: none, previous: 'them' })).toEqual({
      author: 'me',
      signal: 'alignment',
    });
    expect(directionOf(received!, { outside: none, previous: 'me' })).toEqual({
      author: 'them',
      signal: 'alignment',
    });
  });

  it('reads the whole thread in the right order and directions', () => {
    const thread = open('thread-2026-readonly');
    const messages = whatsappAdapter.readMessages(thread);
    expect(messages.map((m) => [m.author, m.text])).toEqual([
      ['them', 'Boa tarde, a mochila chegou hoje.'],
      ['me', 'Trocas em até 7 dias com a nota fiscal.'],
      ['them', 'Foto da etiqueta da transportadora'],
      [
        'them',
        'A alça rasgou no primeiro dia, estou muito decepcionado e quero meu dinheiro de volta.',
      ],
    ]);
  });

  it('says nothing without a stylesheet, so the other signals decide as before', () => {
    open('thread-2026-readonly');
    document.querySelector('style')?.remove();
    const [, sent] = rows();
    expect(alignment(sent!)).toBeUndefined();
    // msg-meta without a receipt: the older cascade takes it as received.
    expect(directionOf(sent!, { outside: none, previous: 'them' }).signal).toBe('no-receipt');
  });

  it('does not look at the bubble’s own inner alignment', () => {
    open('thread-2026-readonly');
    const [, sent] = rows();
    // The bubble lays its content out flex-start; only its ancestors in the row count.
    expect(getComputedStyle(sent!.querySelector('[data-testid="msg-container"]')!).alignItems).toBe(
      'flex-start',
    );
    expect(alignment(sent!)).toBe('me');
  });

  it('reads computed style once per row: a later pass with no new row reads none', () => {
    const thread = open('thread-2026-readonly');
    const adapter = createWhatsappAdapter({ signal: new AbortController().signal });
    const spy = vi.spyOn(window, 'getComputedStyle');
    const request = { stopAt: () => false, history: 0 };
    adapter.readMessages(thread, { ...request, changes: undefined });
    const first = spy.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    const none = { targets: [], added: [], removed: [] };
    adapter.readMessages(adapter.openThread(document)!, { ...request, changes: none });
    expect(spy.mock.calls.length).toBe(first);
  });

  it('is not asked when a cheaper signal decides (tail and label)', () => {
    open('thread-2026-readonly');
    const spy = vi.spyOn(window, 'getComputedStyle');
    const [first] = rows();
    expect(directionOf(first!, { outside: none })).toEqual({ author: 'them', signal: 'tail' });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('receipts drawn as svg titles in inbox previews', () => {
  it('take the last message as the owner’s and never read the icon as text', () => {
    const list = whatsappAdapter.inboxRows(loadFixture('chat-list-2026-receipts'));
    expect(list.map((r) => [r.title, r.preview, r.previewFromMe, r.unreadCount])).toEqual([
      ['Nina Duarte', 'Seu pedido sai amanhã cedo', true, 0],
      ['Pablo Ortega', 'Te mando la factura hoy', true, 0],
      ['Keiko Tan', 'Photo', false, 1],
      ['Omar Haddad', 'The zip broke after one week, I want a refund', false, 2],
    ]);
    for (const row of list) expect(row.preview).not.toContain('wds-ic');
  });
});

describe('a chat the owner cannot write to', () => {
  it('is read (title, messages) and flagged as read-only, with no composer', () => {
    const thread = open('thread-2026-readonly');
    expect(thread).toMatchObject({ title: 'Jonas Oliveira', readOnly: true, group: false });
    expect(whatsappAdapter.composer(document)).toBeUndefined();
    expect(whatsappAdapter.sendReady?.(document)).toBeUndefined();
  });

  it('is not read-only where the composer is there', () => {
    expect(open('thread-2026-1to1').readOnly).toBeUndefined();
    expect(open('composer').readOnly).toBeUndefined();
  });
});

describe('the thread header inside #main', () => {
  it('is the one beside the message list, not a drawer’s header that comes first', () => {
    const thread = open('thread-2026-readonly');
    expect(thread.title).toBe('Jonas Oliveira');
    // The banner goes before the conversation body, under the conversation's own header.
    const anchor = whatsappAdapter.bannerAnchor(document);
    expect(anchor?.getAttribute('data-testid')).toBe('conversation-panel-body');
  });

  it('takes the first bare header when there is only one', () => {
    loadFixture('thread-2026-readonly');
    document.querySelector('[role="dialog"]')?.remove();
    expect(whatsappAdapter.openThread(document)?.title).toBe('Jonas Oliveira');
  });
});

describe('the send button confirms an insertion', () => {
  it('is off while the editor is empty and on once it holds text', () => {
    const doc = loadFixture('composer');
    const composer = whatsappAdapter.composer(doc)!;
    const button = doc.querySelector('button[data-testid="compose-btn-send"]')!;
    composer.addEventListener('input', () => {
      button.toggleAttribute('disabled', composer.textContent === '');
    });
    expect(whatsappAdapter.sendReady?.(doc)).toBe(false);
    expect(insertDraft(composer, 'Olá Carla!')).toBe('inserted');
    expect(whatsappAdapter.sendReady?.(doc)).toBe(true);
  });

  it('reads the icon of older markup inside a disabled button as off', () => {
    const doc = loadFixture('composer');
    doc.querySelector('button[data-testid="compose-btn-send"]')?.remove();
    const footer = doc.querySelector('#main footer .copyable-area')!;
    footer.insertAdjacentHTML(
      'beforeend',
      '<button aria-disabled="true"><span data-icon="wds-ic-send-filled"></span></button>',
    );
    expect(whatsappAdapter.sendReady?.(doc)).toBe(false);
    footer.lastElementChild?.removeAttribute('aria-disabled');
    expect(whatsappAdapter.sendReady?.(doc)).toBe(true);
  });

  it('is off when no send button is found at all', () => {
    const doc = loadFixture('composer');
    doc.querySelector('button[data-testid="compose-btn-send"]')?.remove();
    expect(whatsappAdapter.sendReady?.(doc)).toBe(false);
  });
});
