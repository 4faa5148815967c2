/**
 * Loads a WhatsApp DOM fixture (tests/fixtures/dom/whatsapp/<name>.html) into the jsdom document
 * of the running test, replacing whatever the previous test left there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';
import type { InboxRow, OpenThread } from '@/lib/platforms/types';

const DIR = resolve(process.cwd(), 'tests/fixtures/dom/whatsapp') + '/';

export function fixtureHtml(name: string): string {
  return readFileSync(`${DIR}${name}.html`, 'utf8');
}

export function loadFixture(name: string): Document {
  document.body.innerHTML = fixtureHtml(name);
  return document;
}

export function fixtureNames(): string[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length));
}

/**
 * A fresh adapter (its own launch, never aborted) with whole-page reads for tests that look at
 * every row and every message: inboxRows is a read from scratch of the chat list, readMessages one
 * of the open conversation that never stops early.
 */
export function wholeAdapter(signal = new AbortController().signal) {
  const adapter = createWhatsappAdapter({ signal });
  return {
    ...adapter,
    inboxRows: (doc: Document) => [...adapter.readInbox(doc, undefined).rows],
    readMessages: (thread: OpenThread) => [
      ...adapter.readMessages(thread, { changes: undefined, stopAt: () => false, history: 0 })
        .messages,
    ],
  };
}

/** Loads a full-page fixture (its inline scripts run) and returns the page's window. */
export interface FixtureApi {
  addIncoming(
    text: string,
    opts?: { chat?: string; sender?: string; media?: boolean; rebuildList?: boolean },
  ): string | null;
  switchChat(title: string): void;
  rerenderList(): void;
  setUnreadPreview(title: string, preview: string, count: number): void;
  makeReadOnly(): void;
  logout(): void;
}
export interface PageWindow {
  __fixture: FixtureApi;
  __sent: unknown[];
}

export function loadPage(path: string): PageWindow {
  const html = readFileSync(resolve(process.cwd(), path), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...parsed.body.querySelectorAll('script')].map((script) => script.textContent);
  for (const script of parsed.body.querySelectorAll('script')) script.remove();
  document.body.innerHTML = parsed.body.innerHTML;
  for (const code of scripts) {
    const script = document.createElement('script');
    script.textContent = code;
    document.body.append(script);
  }
  // The page's scripts run in jsdom's inner global, which the test's `window` does not expose;
  // a last script hands that global over through the shared document.
  const bridge = document.createElement('script');
  bridge.textContent = 'document.__pageWindow = window;';
  document.body.append(bridge);
  return (document as unknown as { __pageWindow: PageWindow }).__pageWindow;
}

export type RowSummary = Omit<InboxRow, 'element'>;

/** What each row says, read by name: the lazily read facts are getters of the rows' class. */
export function rowSummaries(rows: readonly InboxRow[]): RowSummary[] {
  return rows.map((row) => ({
    threadKey: row.threadKey,
    title: row.title,
    preview: row.preview,
    previewFromMe: row.previewFromMe,
    unreadCount: row.unreadCount,
    muted: row.muted,
    group: row.group,
  }));
}
