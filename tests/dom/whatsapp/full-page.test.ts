// @vitest-environment jsdom
/**
 * The full-page fixtures (tests/fixtures/pages/whatsapp.html for e2e, scripts/demo/whatsapp-demo.html
 * for the demo) run their inline script here, so the adapter, the composer mimic and the
 * window.__fixture helpers are checked together before the e2e tier uses them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { insertDraft } from '@/lib/content/insert-draft';
import type { InboxRow } from '@/lib/platforms/types';
import { loadPage, rowSummaries, wholeAdapter, type PageWindow } from './fixture';

const whatsappAdapter = wholeAdapter();

const summary = (rows: InboxRow[]) =>
  rows.map((row) => [row.title, row.unreadCount, row.previewFromMe, row.group, row.muted]);

describe('tests/fixtures/pages/whatsapp.html', () => {
  let page: PageWindow;
  beforeEach(() => {
    page = loadPage('tests/fixtures/pages/whatsapp.html');
  });

  it('is a connected page the adapter reads completely', () => {
    expect(whatsappAdapter.health(document)).toEqual({ state: 'connected' });
    const rows = whatsappAdapter.inboxRows(document);
    expect(summary(rows)).toEqual([
      ['Carla Mendes', 2, false, false, false],
      ['Sofia Lindqvist', 1, false, false, false],
      ['Marta Ruiz', 3, false, false, false],
      ['Tom Becker', 0, true, false, false],
      ['Beatriz Costa', 1, false, false, false],
      ['Feira de Sábado', 4, false, true, true],
      ['Ravi Patel', 0, false, false, false],
      ['Diego Herrera', 0, true, false, false],
    ]);
    expect(rows[0]?.preview).toBe('quero falar com um atendente, por favor');
    expect(rows[5]?.preview).toBe('alguém tem troco para 50 amanhã?');

    const thread = whatsappAdapter.openThread(document)!;
    expect(thread.threadKey).toBe(rows[0]?.threadKey);
    const messages = whatsappAdapter.readMessages(thread);
    expect(messages).toHaveLength(10);
    expect(messages.map((m) => m.author).join(' ')).toBe(
      'them them me me them them me them them them',
    );
    expect(messages[7]).toMatchObject({ text: '', hasMedia: true });
    expect(messages[8]?.quoted).toBe('Vou pedir o rastreio à transportadora.');
    expect(messages[9]?.text).toBe('quero falar com um atendente, por favor');
    expect(whatsappAdapter.bannerAnchor(document)?.getAttribute('data-testid')).toBe(
      'conversation-panel-body',
    );
  });

  it('keeps keys across a reload', () => {
    const first = whatsappAdapter
      .readMessages(whatsappAdapter.openThread(document)!)
      .map((m) => m.key);
    loadPage('tests/fixtures/pages/whatsapp.html');
    const second = whatsappAdapter
      .readMessages(whatsappAdapter.openThread(document)!)
      .map((m) => m.key);
    expect(second).toEqual(first);
  });

  it('shows the send button once a draft is inserted, and sends nothing', () => {
    const composer = whatsappAdapter.composer(document)!;
    expect(document.querySelector('#main button[aria-label="Send"]')).toBeNull();
    expect(insertDraft(composer, 'Olá Carla,\njá vou falar consigo.')).toBe('inserted');
    expect(document.querySelector('#main button[aria-label="Send"]')).not.toBeNull();
    expect([...composer.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Olá Carla,',
      'já vou falar consigo.',
    ]);
    expect(insertDraft(whatsappAdapter.composer(document)!, 'outra coisa')).toBe('not_empty');
    expect(page.__sent).toEqual([]);
  });

  it('offers helpers for new messages, chat switches, list re-renders, previews and logout', () => {
    const id = page.__fixture.addIncoming('Alguém pode me ajudar?');
    const thread = whatsappAdapter.openThread(document)!;
    expect(whatsappAdapter.readMessages(thread).at(-1)).toMatchObject({
      key: `wa:${id ?? ''}`,
      author: 'them',
      text: 'Alguém pode me ajudar?',
    });

    const oldMain = document.getElementById('main');
    page.__fixture.switchChat('Marta Ruiz');
    const marta = whatsappAdapter.openThread(document)!;
    expect(marta.root).not.toBe(oldMain);
    expect(marta.title).toBe('Marta Ruiz');
    expect(whatsappAdapter.readMessages(marta)).toHaveLength(3);

    // Rows come in DOM order, which a re-render changes: compared by title.
    const summaries = () =>
      rowSummaries(whatsappAdapter.inboxRows(document)).sort((a, b) =>
        a.title.localeCompare(b.title),
      );
    const before = summaries();
    const firstNode = document.querySelector('#pane-side [role="row"]');
    page.__fixture.rerenderList();
    expect(document.querySelector('#pane-side [role="row"]')).not.toBe(firstNode);
    expect(summaries()).toEqual(before);

    page.__fixture.setUnreadPreview('Ravi Patel', 'I need to speak to the owner', 2);
    expect(whatsappAdapter.inboxRows(document).find((r) => r.title === 'Ravi Patel')).toMatchObject(
      {
        preview: 'I need to speak to the owner',
        unreadCount: 2,
      },
    );

    page.__fixture.logout();
    expect(whatsappAdapter.health(document)).toEqual({ state: 'logged_out' });
    expect(page.__sent).toEqual([]);
  });

  it('records Enter and send clicks in __sent (so e2e can prove the extension never does)', () => {
    const composer = whatsappAdapter.composer(document)!;
    insertDraft(composer, 'draft');
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.querySelector<HTMLElement>('#main button[aria-label="Send"] span')!.click();
    expect(page.__sent).toEqual([
      { via: 'enter', text: 'draft' },
      { via: 'click', text: 'draft' },
    ]);
  });
});

describe('scripts/demo/whatsapp-demo.html', () => {
  it('is a connected inbox of 12 chats with an escalation open', () => {
    loadPage('scripts/demo/whatsapp-demo.html');
    expect(whatsappAdapter.health(document)).toEqual({ state: 'connected' });
    const rows = whatsappAdapter.inboxRows(document);
    expect(rows).toHaveLength(12);
    expect(rows.filter((row) => row.unreadCount > 0)).toHaveLength(9);
    const thread = whatsappAdapter.openThread(document)!;
    expect(thread.title).toBe('Sarah Whitfield');
    const messages = whatsappAdapter.readMessages(thread);
    expect(messages.at(-1)).toMatchObject({
      author: 'them',
      text: "Honestly I'm so upset, the party was ruined. I want my money back.",
    });
  });
});
