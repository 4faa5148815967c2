// @vitest-environment jsdom
/**
 * The full-page e2e fixture (tests/fixtures/pages/instagram.html) run in jsdom: its inline script
 * renders the list and the thread for the current path, navigates client-side, and the adapter
 * reads what it renders. Guards the e2e tier against fixture drift.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertDraft } from '../../../lib/content/insert-draft';
import { readText } from '../../../lib/platforms/dom-text';
import { wholeAdapter } from './fixture';

const ig = wholeAdapter();

interface FixtureApi {
  addIncoming(text: string, id?: string): void;
  openThread(id: string): void;
  openTab(name: 'primary' | 'general' | 'requests'): void;
  rerenderList(): void;
  logout(): void;
  scrollAway(count?: number): Promise<number>;
}
/** The page script's window is another realm than the test's; a bridge script hands it over. */
interface Bridge {
  api: FixtureApi;
  sent(): string[];
}
const bridgeOf = () => (document as unknown as { __bridge: Bridge }).__bridge;

const html = readFileSync(resolve(__dirname, '../../fixtures/pages/instagram.html'), 'utf8');
const SAM = '17842340125581234';

function boot(path: string): FixtureApi {
  history.replaceState(null, '', path);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...parsed.querySelectorAll('script')].map((s) => s.textContent);
  for (const s of parsed.querySelectorAll('script')) s.remove();
  document.replaceChild(
    document.importNode(parsed.documentElement, true),
    document.documentElement,
  );
  scripts.push('document.__bridge = { api: window.__fixture, sent: () => [...window.__sent] };');
  for (const code of scripts) {
    const script = document.createElement('script');
    script.textContent = code;
    document.body.append(script);
  }
  return bridgeOf().api;
}

const sent = () => bridgeOf().sent();

describe('instagram full-page fixture', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/');
  });

  it('renders the inbox: six primary rows, four unread, tabs as links', () => {
    boot('/direct/inbox/');
    expect(ig.health(document)).toEqual({ state: 'connected' });
    const rows = ig.inboxRows(document);
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.unreadCount > 0).map((r) => r.title)).toEqual([
      'Sam Rivera',
      'Lucía Fernández',
      'Noor Haddad',
      'Elif Kaya',
    ]);
    expect(rows[3]).toMatchObject({ previewFromMe: true, preview: 'Obrigado, até amanhã!' });
    expect(rows[5]).toMatchObject({ group: true, title: 'Weekend Market Crew' });
    expect(ig.openThread(document)).toBeUndefined();
    expect(document.title).toBe('(5) Instagram • Messages');
  });

  it('renders the thread of the URL and reads it', () => {
    boot(`/direct/t/${SAM}/`);
    const thread = ig.openThread(document)!;
    expect(thread).toMatchObject({ threadKey: `ig:t:${SAM}`, title: 'Sam Rivera', group: false });
    const messages = ig.readMessages(thread);
    expect(messages.map((m) => [m.author, m.text.slice(0, 20)])).toEqual([
      ['them', 'Hi! I ordered the bl'],
      ['me', 'Thanks Sam, it ships'],
      ['them', 'My parcel arrived cr'],
    ]);
    expect(ig.inboxRows(document)[0]!.unreadCount).toBe(0); // opening marks it read
  });

  it('navigates client-side between threads and tabs', () => {
    const api = boot('/direct/inbox/');
    const body = document.body;
    ig.inboxRows(document)[1]!.element.click();
    expect(location.pathname).toBe('/direct/t/17842340125589876/');
    expect(ig.openThread(document)?.title).toBe('Lucía Fernández');
    api.openTab('requests');
    expect(location.pathname).toBe('/direct/requests/');
    expect(ig.inboxRows(document).map((r) => r.title)).toEqual(['Mariana Rocha']);
    api.openThread('17842340125586666');
    expect(ig.readMessages(ig.openThread(document)!)[0]?.text).toContain('atendente');
    expect(document.body).toBe(body); // no reload
  });

  it('adds incoming messages, keeps keys through scrollAway and re-rendered lists', async () => {
    const api = boot(`/direct/t/${SAM}/`);
    api.addIncoming('Hello?? Is anyone there?');
    api.addIncoming('Checking in', '17842340125584444');
    const before = ig.readMessages(ig.openThread(document)!).map((m) => m.key);
    expect(before).toHaveLength(4);
    const removed = api.scrollAway(3);
    expect(ig.readMessages(ig.openThread(document)!).map((m) => m.key)).toEqual(before.slice(2));
    await removed;
    expect(ig.readMessages(ig.openThread(document)!).map((m) => m.key)).toEqual(before);
    const rowBefore = ig.inboxRows(document)[0]!; // Elif's, moved to the top by her message
    api.rerenderList();
    const rowAfter = ig.inboxRows(document)[0]!;
    expect(rowAfter).toMatchObject({ title: 'Elif Kaya', threadKey: rowBefore.threadKey });
    expect(rowAfter).toMatchObject({ unreadCount: 1, preview: 'Checking in' });
    expect(rowAfter.element).not.toBe(rowBefore.element);
  });

  it('a new message updates its thread’s row in place and moves it to the top, as Instagram does', () => {
    const api = boot(`/direct/t/${SAM}/`);
    const before = ig.inboxRows(document);
    const noor = before.find((r) => r.title === 'Noor Haddad')!;
    const list = document.querySelector('[aria-label="Thread list"]');
    api.addIncoming('Are you open today?', '17842340125583333');
    const after = ig.inboxRows(document);
    expect(document.querySelector('[aria-label="Thread list"]')).toBe(list);
    expect(after[0]).toMatchObject({ title: 'Noor Haddad', preview: 'Are you open today?' });
    expect(after[0]!.element).toBe(noor.element);
    expect(after.slice(1).map((r) => r.element)).toEqual(
      before.filter((r) => r !== noor).map((r) => r.element),
    );
  });

  it('takes a draft from insertDraft, shows Send, and sends nothing by itself', () => {
    boot(`/direct/t/${SAM}/`);
    const composer = ig.composer(document)!;
    expect(document.querySelector('.send')).toBeNull();
    expect(insertDraft(composer, 'Hi Sam,\nI am on it.')).toBe('inserted');
    expect(readText(composer)).toBe('Hi Sam,\nI am on it.');
    expect(document.querySelector('.send')).not.toBeNull();
    expect(sent()).toEqual([]);
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(sent()).toEqual(['Hi Sam,\nI am on it.']);
  });

  it('logs out', () => {
    const api = boot('/direct/inbox/');
    api.logout();
    expect(ig.health(document)).toEqual({ state: 'logged_out' });
  });
});
