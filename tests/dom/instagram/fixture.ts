/**
 * Loads an Instagram DOM fixture into jsdom's global document (so getComputedStyle works on it)
 * and sets the page path, as the content script would see it on www.instagram.com.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInstagramAdapter } from '../../../lib/platforms/instagram/adapter';
import { isGridEra, ThreadLocator } from '../../../lib/platforms/instagram/open-thread';
import { instagram } from '../../../lib/platforms/instagram/selectors';
import { queryAll } from '../../../lib/platforms/selector-spec';
import { ThreadReader } from '../../../lib/platforms/instagram/thread-messages';
import { expect, vi } from 'vitest';
import { ElementCache } from '../../../lib/platforms/element-cache';
import type {
  InboxRow,
  IncomingMessage,
  InboxRead,
  OpenThread,
  PageChanges,
  PlatformAdapter,
} from '../../../lib/platforms/types';

const dir = resolve(__dirname, '../../fixtures/dom/instagram') + '/';

export const FIXTURES = [
  'inbox-2026-links',
  'inbox-2026-buttons',
  'inbox-2026-buttonrows',
  'thread-2026-unlabelled',
  'thread-2026-e2ee',
  'combined-2026',
  'inbox-unreadable',
  'thread-unreadable',
  'thread-2026',
  'thread-2025-grid',
  'thread-group',
  'logged-out',
  'unrecognised',
] as const;

export function fixtureHtml(name: string): string {
  return readFileSync(`${dir}${name}.html`, 'utf8');
}

export function loadFixture(name: string, path = '/direct/inbox/'): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  document.replaceChild(
    document.importNode(parsed.documentElement, true),
    document.documentElement,
  );
  history.replaceState(null, '', path);
  return document;
}

/**
 * The rows of a whole inbox read of the fixture `name` by a fresh adapter, and every pattern run
 * during it that `watched` picks (`RegExp.prototype.exec` spied: `test`, `match` and `replace` go
 * through it). The spy stays until the caller restores its mocks.
 */
export function inboxReadPatterns(
  name: string,
  watched: (pattern: RegExp) => boolean,
): { rows: readonly InboxRow[]; patterns: RegExp[] } {
  const doc = loadFixture(name);
  const patterns: RegExp[] = [];
  const exec = RegExp.prototype.exec;
  vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
    if (watched(this)) patterns.push(this);
    return exec.call(this, s);
  });
  const { rows } = createInstagramAdapter({ signal: new AbortController().signal }).readInbox(
    doc,
    undefined,
  );
  return { rows, patterns };
}

/**
 * A fresh adapter (its own launch) with whole-page reads for tests that look at every row and
 * every message: inboxRows is a read from scratch of the inbox, readMessages one of the thread.
 */
export function wholeAdapter() {
  const adapter = createInstagramAdapter({ signal: new AbortController().signal });
  return {
    ...adapter,
    inboxRows: (doc: Document) => [...adapter.readInbox(doc, undefined).rows],
    readMessages: (thread: OpenThread) => [
      ...adapter.readMessages(thread, { changes: undefined, stopAt: () => false, history: 0 })
        .messages,
    ],
  };
}

/**
 * A row's fields but its element, read by name (a row's lazy fields may be its class's getters,
 * which a copy of its own properties would not carry).
 */
export function rowFields(row: InboxRow): Omit<InboxRow, 'element'> {
  const { threadKey, title, preview, previewFromMe, unreadCount, muted, group } = row;
  return { threadKey, title, preview, previewFromMe, unreadCount, muted, group };
}

/** The message rows of a thread container, oldest first (DOM order; column-reverse is visual only). */
export function messageRows(root: HTMLElement): HTMLElement[] {
  if (isGridEra(root)) return queryAll(root, instagram.gridRow);
  return [...new ThreadLocator().threadParts(root).list.children].filter(
    (el): el is HTMLElement => el instanceof HTMLElement,
  );
}

/** Every rendered message of a thread, read from scratch by a reader of its own (`now` for keys). */
export function readMessages(thread: OpenThread, now?: Date): IncomingMessage[] {
  return [
    ...new ThreadReader(new ThreadLocator()).readMessages(
      thread,
      { changes: undefined, stopAt: () => false, history: 0 },
      now,
    ).messages,
  ];
}

/**
 * Reads of the inbox with the changes since the last read (`take`), each checked against a read
 * from scratch (every row's element, key and unread count). `rowsLookedUp` says how many rows the
 * last read looked up in the reader's element cache (once per row a read looks at).
 */
export function checkedInboxReads(
  adapter: Pick<PlatformAdapter, 'readInbox'>,
  doc: Document,
  take: () => PageChanges,
) {
  const lookups = vi.spyOn(WeakMap.prototype, 'get');
  let rowsLookedUp = 0;
  return {
    read(change: () => void): InboxRead {
      change();
      lookups.mockClear();
      const after = adapter.readInbox(doc, take());
      rowsLookedUp = lookups.mock.contexts.filter((m) => m instanceof ElementCache).length;
      const whole = wholeAdapter().inboxRows(doc);
      expect(after.rows.map((r) => [r.element, r.threadKey, r.unreadCount])).toEqual(
        whole.map((r) => [r.element, r.threadKey, r.unreadCount]),
      );
      return after;
    },
    rowsLookedUp: () => rowsLookedUp,
  };
}
