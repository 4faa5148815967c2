// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { PageHealth } from '@/lib/platforms/types';
import { queryFirst } from '@/lib/platforms/selector-spec';
import { selectors } from '@/lib/platforms/whatsapp/selectors';
import { fixtureHtml, loadFixture, wholeAdapter } from './fixture';

const whatsappAdapter = wholeAdapter();

/** A whole page: the 2026 chat list with the 2026 1:1 chat open beside it. */
function loadConnectedPage(): Document {
  const list = fixtureHtml('chat-list-2026');
  const thread = fixtureHtml('thread-2026-1to1');
  document.body.innerHTML = list;
  const slot = document.createElement('div');
  slot.className = 'main-slot';
  slot.innerHTML = thread.replace(
    /^[\s\S]*?(<div id="main">[\s\S]*<\/div>\s*<\/footer>\s*<\/div>)[\s\S]*$/,
    '$1',
  );
  document.querySelector('.app-wrapper')!.append(slot);
  return document;
}

describe('whatsapp health', () => {
  it.each<[string, PageHealth]>([
    ['loading', { state: 'loading' }],
    ['logged-out-qr', { state: 'logged_out' }],
    ['unrecognised', { state: 'unrecognised', missing: ['chatList'] }],
    ['chat-list-2026', { state: 'connected' }],
    ['chat-list-2024', { state: 'connected' }],
  ])('%s → %o', (fixture, expected) => {
    expect(whatsappAdapter.health(loadFixture(fixture))).toEqual(expected);
  });

  it('is loading with no #app at all', () => {
    document.body.innerHTML = '<div id="startup"></div>';
    expect(whatsappAdapter.health(document)).toEqual({ state: 'loading' });
  });

  it('is loading on the startup progress screen', () => {
    document.body.innerHTML =
      '<div id="app"><div><progress value="40" max="100"></progress></div></div>';
    expect(whatsappAdapter.health(document)).toEqual({ state: 'loading' });
  });

  it('is connected with a chat open', () => {
    expect(whatsappAdapter.health(loadConnectedPage())).toEqual({ state: 'connected' });
  });

  it('names the open-thread selectors when the thread markup is unknown', () => {
    const doc = loadConnectedPage();
    doc.querySelector('#main header')!.replaceChildren();
    doc
      .querySelector('[data-testid="conversation-panel-messages"]')!
      .removeAttribute('data-testid');
    doc.querySelector('#main [role="application"]')!.removeAttribute('role');
    expect(whatsappAdapter.health(doc)).toEqual({
      state: 'unrecognised',
      missing: ['headerTitle', 'messageList'],
    });
  });

  it('names chatRow when the list has content but no recognisable rows', () => {
    const doc = loadFixture('chat-list-2026');
    for (const row of doc.querySelectorAll('[role="row"]'))
      row.setAttribute('role', 'presentation');
    expect(whatsappAdapter.health(doc)).toEqual({ state: 'unrecognised', missing: ['chatRow'] });
  });

  it('names rowTitle only when no row has a title, the first row included', () => {
    const doc = loadFixture('chat-list-2026');
    const rows = [...doc.querySelectorAll('[role="row"]')];
    const untitle = (row: Element) => {
      for (const span of row.querySelectorAll('span[title]')) span.removeAttribute('title');
      row.querySelector('[data-testid="cell-frame-title"]')?.removeAttribute('data-testid');
    };
    untitle(rows[0]!);
    expect(queryFirst(rows[0]!, selectors.rowTitle)).toBeUndefined();
    expect(whatsappAdapter.health(doc)).toEqual({ state: 'connected' });
    for (const row of rows) untitle(row);
    expect(whatsappAdapter.health(doc)).toEqual({ state: 'unrecognised', missing: ['rowTitle'] });
  });
});

describe('whatsapp observeTargets, composer, bannerAnchor, isSupportedUrl', () => {
  it("observes the inbox and #main's parent (which sees #main replaced) when a thread is open", () => {
    const doc = loadConnectedPage();
    const main = doc.getElementById('main')!;
    expect(whatsappAdapter.observeTargets(doc)).toEqual([
      doc.querySelector('[data-testid="chat-list"]'),
      main.parentElement,
    ]);
  });

  it('observes the inbox and #app when no thread is open, nothing when logged out', () => {
    const doc = loadFixture('chat-list-2026');
    expect(whatsappAdapter.observeTargets(doc)).toEqual([
      doc.querySelector('[data-testid="chat-list"]'),
      doc.getElementById('app'),
    ]);
    document.body.innerHTML = '';
    expect(whatsappAdapter.observeTargets(document)).toEqual([]);
  });

  it('finds the composer in #main footer, never the inbox search box', () => {
    const doc = loadFixture('composer');
    const composer = whatsappAdapter.composer(doc)!;
    expect(composer.getAttribute('aria-placeholder')).toBe('Type a message');
    expect(composer.closest('#main footer')).not.toBeNull();
    expect(
      whatsappAdapter.composer(loadFixture('thread-2023-eraA'))?.getAttribute('data-testid'),
    ).toBe('conversation-compose-box-input');
    expect(whatsappAdapter.composer(loadFixture('chat-list-2026'))).toBeUndefined();
  });

  it('anchors the banner on the thread body, right under the header', () => {
    for (const fixture of [
      'thread-2026-1to1',
      'thread-2026-group',
      'thread-2024-eraB',
      'thread-2023-eraA',
    ]) {
      const doc = loadFixture(fixture);
      const anchor = whatsappAdapter.bannerAnchor(doc)!;
      const main = doc.getElementById('main')!;
      expect(anchor.parentElement, fixture).toBe(main);
      expect(anchor.previousElementSibling?.tagName, fixture).toBe('HEADER');
    }
    expect(whatsappAdapter.bannerAnchor(loadFixture('chat-list-2026'))).toBeUndefined();
  });

  it('runs on web.whatsapp.com only', () => {
    expect(whatsappAdapter.isSupportedUrl(new URL('https://web.whatsapp.com/'))).toBe(true);
    expect(whatsappAdapter.isSupportedUrl(new URL('https://web.whatsapp.com/send?phone=1'))).toBe(
      true,
    );
    expect(whatsappAdapter.isSupportedUrl(new URL('http://web.whatsapp.com/'))).toBe(false);
    expect(whatsappAdapter.isSupportedUrl(new URL('https://www.whatsapp.com/'))).toBe(false);
    expect(whatsappAdapter.isSupportedUrl(new URL('https://web.whatsapp.com.evil.test/'))).toBe(
      false,
    );
    expect(whatsappAdapter.platform).toBe('whatsapp');
  });
});
