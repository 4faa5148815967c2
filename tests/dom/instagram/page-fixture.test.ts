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
import { createInstagramAdapter } from '../../../lib/platforms/instagram/adapter';
import type { IncomingMessage, OpenThread } from '../../../lib/platforms/types';

const ig = createInstagramAdapter({ signal: new AbortController().signal });
/** Every rendered message of the thread: a read from scratch that never stops early. */
const allMessages = (thread: OpenThread): readonly IncomingMessage[] =>
  ig.readMessages(thread, { changes: undefined, stopAt: () => false, history: 0 }).messages;
const listRows = (doc: Document) => ig.readInbox(doc, undefined).rows;

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
    const rows = listRows(document);
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
    const messages = allMessages(thread);
    expect(messages.map((m) => [m.author, m.text.slice(0, 20)])).toEqual([
      ['them', 'Hi! I ordered the bl'],
      ['me', 'Thanks Sam, it ships'],
      ['them', 'My parcel arrived cr'],
    ]);
    expect(listRows(document)[0]!.unreadCount).toBe(0); // opening marks it read
  });

  it('navigates client-side between threads and tabs', () => {
    const api = boot('/direct/inbox/');
    const body = document.body;
    listRows(document)[1]!.element.click();
    expect(location.pathname).toBe('/direct/t/17842340125589876/');
    expect(ig.openThread(document)?.title).toBe('Lucía Fernández');
    api.openTab('requests');
    expect(location.pathname).toBe('/direct/requests/');
    expect(listRows(document).map((r) => r.title)).toEqual(['Mariana Rocha']);
    api.openThread('17842340125586666');
    expect(allMessages(ig.openThread(document)!)[0]?.text).toContain('atendente');
    expect(document.body).toBe(body); // no reload
  });

  it('adds incoming messages, keeps keys through scrollAway and re-rendered lists', async () => {
    const api = boot(`/direct/t/${SAM}/`);
    api.addIncoming('Hello?? Is anyone there?');
    api.addIncoming('Checking in', '17842340125584444');
    const before = allMessages(ig.openThread(document)!).map((m) => m.key);
    expect(before).toHaveLength(4);
    const removed = api.scrollAway(3);
    expect(allMessages(ig.openThread(document)!).map((m) => m.key)).toEqual(before.slice(2));
    await removed;
    expect(allMessages(ig.openThread(document)!).map((m) => m.key)).toEqual(before);
    const rowBefore = listRows(document)[4]!;
    api.rerenderList();
    const rowAfter = listRows(document)[4]!;
    expect(rowAfter).toMatchObject({ threadKey: rowBefore.threadKey, unreadCount: 1 });
    expect(rowAfter.element).not.toBe(rowBefore.element);
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
