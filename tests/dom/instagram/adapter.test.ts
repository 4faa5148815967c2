// @vitest-environment jsdom
/**
 * Page health, observe targets, composer, banner anchor and draft insertion (through the shared
 * insertDraft) on the Instagram fixtures.
 */
import { describe, expect, it, vi } from 'vitest';
import { insertDraft } from '../../../lib/content/insert-draft';
import { readText } from '../../../lib/platforms/dom-text';
import { loadFixture, wholeAdapter } from './fixture';

const instagramAdapter = wholeAdapter();

const SAM = '/direct/t/17842340125581234/';

describe('instagram health', () => {
  it.each([
    ['inbox-2026-links', '/direct/inbox/'],
    ['inbox-2026-buttons', '/direct/inbox/'],
    ['thread-2026', SAM],
    ['thread-2025-grid', '/direct/t/17842340125589876/'],
    ['thread-group', '/direct/t/340282366841710300949128137443944319108/'],
  ])('%s is connected', (fixture, path) => {
    expect(instagramAdapter.health(loadFixture(fixture, path))).toEqual({ state: 'connected' });
  });

  it('the login form is logged_out, on the login URL or on a /direct/ URL', () => {
    expect(instagramAdapter.health(loadFixture('logged-out', '/accounts/login/'))).toEqual({
      state: 'logged_out',
    });
    expect(instagramAdapter.health(loadFixture('logged-out', '/direct/inbox/'))).toEqual({
      state: 'logged_out',
    });
  });

  it('a page showing the inbox is not searched for a login form (a walk of the whole page)', () => {
    for (const [fixture, path] of [
      ['inbox-2026-buttons', '/direct/inbox/'],
      ['thread-2026', SAM],
    ] as const) {
      const doc = loadFixture(fixture, path);
      const query = vi.spyOn(doc, 'querySelector');
      expect(wholeAdapter().health(doc)).toEqual({ state: 'connected' });
      const asked = query.mock.calls.map(([css]) => css);
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.filter((css) => css.includes('loginForm'))).toEqual([]);
    }
  });

  it('an empty React root is loading', () => {
    const doc = loadFixture('unrecognised', '/direct/inbox/');
    doc.body.innerHTML = '<div id="mount_0_0_Xy"></div>';
    expect(instagramAdapter.health(doc)).toEqual({ state: 'loading' });
  });

  it('an app frame without inbox or thread is unrecognised, naming the missing keys', () => {
    expect(instagramAdapter.health(loadFixture('unrecognised', SAM))).toEqual({
      state: 'unrecognised',
      missing: ['threadList', 'conversation'],
    });
  });

  it('isSupportedUrl accepts /direct/ pages only', () => {
    expect(
      instagramAdapter.isSupportedUrl(new URL('https://www.instagram.com/direct/requests/')),
    ).toBe(true);
    expect(instagramAdapter.isSupportedUrl(new URL('https://www.instagram.com/explore/'))).toBe(
      false,
    );
  });
});

describe('instagram page anchors', () => {
  it('observes the thread list and the parent of the thread', () => {
    const doc = loadFixture('thread-2026', SAM);
    const targets = instagramAdapter.observeTargets(doc);
    const conversation = instagramAdapter.openThread(doc)!.root;
    expect(targets).toHaveLength(2);
    expect(targets[0]!.getAttribute('aria-label')).toBe('Thread list');
    expect(targets[1]).toBe(conversation.parentElement);
  });

  it('observes the list and the main column on the inbox, the body when nothing is known', () => {
    const inbox = instagramAdapter.observeTargets(loadFixture('inbox-2026-links'));
    expect(inbox.map((el) => el.getAttribute('aria-label') ?? el.getAttribute('role'))).toEqual([
      'Thread list',
      'main',
    ]);
    const doc = loadFixture('unrecognised');
    doc.body.innerHTML = '<div></div>';
    expect(instagramAdapter.observeTargets(doc)).toEqual([doc.body]);
  });

  it.each([
    ['thread-2026', SAM, 'Message'],
    ['thread-group', '/direct/t/340282366841710300949128137443944319108/', 'Mensagem'],
    ['thread-2025-grid', '/direct/t/17842340125589876/', 'Mensaje'],
  ])('finds the Lexical composer in %s', (fixture, path, label) => {
    const composer = instagramAdapter.composer(loadFixture(fixture, path));
    expect(composer?.getAttribute('aria-label')).toBe(label);
    expect(composer?.getAttribute('data-lexical-editor')).toBe('true');
  });

  it('has no composer and no banner anchor on the inbox page or when logged out', () => {
    for (const fixture of ['inbox-2026-links', 'logged-out']) {
      const doc = loadFixture(fixture);
      expect(instagramAdapter.composer(doc)).toBeUndefined();
      expect(instagramAdapter.bannerAnchor(doc)).toBeUndefined();
    }
  });

  it('anchors the banner inside the thread container, above the message scroller', () => {
    const doc = loadFixture('thread-2026', SAM);
    const anchor = instagramAdapter.bannerAnchor(doc)!;
    const root = instagramAdapter.openThread(doc)!.root;
    expect(root.contains(anchor)).toBe(true);
    expect(anchor.contains(doc.querySelector('[data-scope="date_break"]'))).toBe(true);
  });

  it('anchors the banner before the grid in the role=grid era', () => {
    const doc = loadFixture('thread-2025-grid', '/direct/t/17842340125589876/');
    expect(instagramAdapter.bannerAnchor(doc)?.getAttribute('role')).toBe('grid');
  });
});

describe('draft insertion into the Instagram composer (shared insertDraft)', () => {
  it('fills the empty composer, multi-line, and sends nothing', () => {
    const doc = loadFixture('thread-2026', SAM);
    const composer = instagramAdapter.composer(doc)!;
    let submitted = 0;
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') submitted++;
    });
    doc.addEventListener('submit', () => submitted++);
    const result = insertDraft(composer, 'Hi Sam, I am looking into it.\nOrder 4471 noted.');
    expect(result).toBe('inserted');
    expect(readText(composer)).toBe('Hi Sam, I am looking into it.\nOrder 4471 noted.');
    expect(submitted).toBe(0);
    expect(instagramAdapter.readMessages(instagramAdapter.openThread(doc)!)).toHaveLength(10);
  });

  it("leaves the owner's own draft alone", () => {
    const composer = instagramAdapter.composer(loadFixture('thread-group', '/direct/t/1/'))!;
    composer.innerHTML = '<p><span data-lexical-text="true">Já volto</span></p>';
    expect(insertDraft(composer, 'Olá!')).toBe('not_empty');
    expect(readText(composer)).toBe('Já volto');
  });
});
