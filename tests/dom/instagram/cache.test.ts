// @vitest-environment jsdom
/**
 * The adapter caches per element (message rows, thread rows, the container's scroller, list and
 * header). These tests prove the caches never serve stale answers: re-created rows keep their
 * keys, rows changed in place are re-read, a new or relabelled container is read afresh, and
 * group detection stays right. No timings.
 */
import { describe, expect, it } from 'vitest';
import { messageRows } from '../../../lib/platforms/instagram/thread';
import {
  cachedRowFacts,
  contentFingerprint,
  type RowFacts,
} from '../../../lib/platforms/instagram/thread-row-cache';
import { readRowFacts } from '../../../lib/platforms/instagram/thread-list';
import type { OpenThread } from '../../../lib/platforms/types';
import { fixtureHtml, loadFixture, wholeAdapter } from './fixture';

const ig = wholeAdapter();

const SAM = '/direct/t/17842340125581234/';
const GROUP = '/direct/t/340282366841710300949128137443944319108/';

function openIn(doc: Document): OpenThread {
  const thread = ig.openThread(doc);
  if (!thread) throw new Error('no open thread');
  return thread;
}

const read = (doc: Document) => ig.readMessages(openIn(doc));

describe('message-row cache', () => {
  it('gives a removed and re-created row the same key, and the same keys on a repeat pass', () => {
    const doc = loadFixture('thread-2026', SAM);
    const first = read(doc);
    expect(read(doc)).toEqual(first); // second pass from the cache
    const rows = messageRows(openIn(doc).root);
    const row = rows[2]!; // "Thanks Sam, it ships tomorrow." (outgoing)
    const fresh = row.cloneNode(true) as HTMLElement;
    row.replaceWith(fresh);
    expect(read(doc)).toEqual(first);
  });

  it('re-reads a row whose text changed in place', () => {
    const doc = loadFixture('thread-2026', SAM);
    const before = read(doc);
    const row = messageRows(openIn(doc).root)[1]!; // first message
    row.querySelector('[dir="auto"]')!.textContent = 'Where is my lamp?';
    const after = read(doc);
    expect(after[0]!.text).toBe('Where is my lamp?');
    expect(after[0]!.key).not.toBe(before[0]!.key);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('parses a row appended after the first pass, with the right direction', () => {
    const doc = loadFixture('thread-2026', SAM);
    const before = read(doc);
    const rows = messageRows(openIn(doc).root);
    const outgoing = rows[2]!.cloneNode(true) as HTMLElement; // flex-end row
    outgoing.querySelector('[dir="auto"]')!.textContent = 'Refund sent.';
    rows.at(-1)!.before(outgoing);
    const after = read(doc);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ author: 'me', text: 'Refund sent.' });
    expect(after.slice(0, -1)).toEqual(before);
  });
});

describe('thread-row cache', () => {
  const row = (doc: Document, title: string) => {
    const found = ig.listRows(doc).find((r) => r.title === title);
    if (!found) throw new Error(`no row ${title}`);
    return found;
  };

  it('re-reads a row whose preview changed in place', () => {
    const doc = loadFixture('inbox-2026-links');
    expect(row(doc, 'Bruno Carvalho')).toMatchObject({ preview: 'Obrigado, até amanhã!' });
    const element = row(doc, 'Bruno Carvalho').element;
    const lines = element.querySelectorAll('[dir="auto"]');
    lines[lines.length - 1]!.textContent = 'Chegou quebrado · 1m';
    expect(row(doc, 'Bruno Carvalho')).toMatchObject({
      element,
      preview: 'Chegou quebrado',
      previewFromMe: false,
    });
  });

  it('re-reads a row whose unread dot comes and goes in place', () => {
    const doc = loadFixture('inbox-2026-links');
    const sam = row(doc, 'Sam Rivera');
    expect(sam.unreadCount).toBe(1);
    const dot = sam.element.querySelector('[aria-label="Unread"]');
    expect(dot).not.toBeNull();
    for (const el of sam.element.querySelectorAll('[style]')) el.removeAttribute('style');
    dot!.remove();
    expect(row(doc, 'Sam Rivera').unreadCount).toBe(0);
    sam.element.append(dot!);
    expect(row(doc, 'Sam Rivera').unreadCount).toBe(1);
  });

  it('reads a re-rendered list of fresh, identical nodes the same, with the new elements', () => {
    const doc = loadFixture('inbox-2026-links');
    const before = ig.listRows(doc);
    const list = doc.querySelector('[aria-label="Thread list"]')!;
    list.replaceWith(list.cloneNode(true));
    const after = ig.listRows(doc);
    expect(after.map(({ element: _e, ...rest }) => rest)).toEqual(
      before.map(({ element: _e, ...rest }) => rest),
    );
    for (const [i, r] of after.entries()) expect(r.element).not.toBe(before[i]!.element);
    for (const r of after) expect(r.element.isConnected).toBe(true);
  });
});

describe('thread-row content fingerprint', () => {
  /** The link-less row of `name` in the button-rows inbox. */
  const buttonRow = (doc: Document, name: string): HTMLElement => {
    const row = [...doc.querySelectorAll<HTMLElement>('[role="button"]')].find((el) =>
      el.querySelector('[dir="auto"]')?.textContent.includes(name),
    );
    if (!row) throw new Error(`no row ${name}`);
    return row;
  };

  it('is equal for a fresh identical copy and for attributes the reader never looks at', () => {
    const row = buttonRow(loadFixture('inbox-2026-buttonrows'), 'Priya Nair');
    const copy = row.cloneNode(true) as HTMLElement;
    expect(contentFingerprint(copy)).toBe(contentFingerprint(row));
    copy.setAttribute('data-visualcompletion', 'ignore');
    copy.querySelector('span')!.id = 'mount_0_0_x';
    expect(contentFingerprint(copy)).toBe(contentFingerprint(row));
  });

  it('differs when text, a bold class, a picture, an unread label or the link changes', () => {
    const row = buttonRow(loadFixture('inbox-2026-buttonrows'), 'Priya Nair');
    const base = contentFingerprint(row);
    const changes: ((copy: HTMLElement) => void)[] = [
      (copy) => (copy.querySelector('[dir="auto"]')!.textContent = 'Priya N.'),
      (copy) => copy.querySelector('[dir="auto"]')!.classList.replace('x1s688f', 'x1fhwpqd'),
      (copy) => copy.querySelector('span')!.setAttribute('style', 'font-weight: 700'),
      (copy) => copy.querySelector('img')!.setAttribute('src', 'https://cdn.example/b.jpg'),
      (copy) => copy.querySelector('div')!.setAttribute('aria-label', 'Unread'),
      (copy) => copy.setAttribute('href', '/direct/t/1/'),
    ];
    for (const change of changes) {
      const copy = row.cloneNode(true) as HTMLElement;
      change(copy);
      expect(contentFingerprint(copy)).not.toBe(base);
    }
  });

  it("serves a re-rendered identical row from the cache, never reading the row's markup", () => {
    const doc = loadFixture('inbox-2026-buttonrows');
    const row = buttonRow(doc, 'Ana Souza');
    const first = cachedRowFacts(row, readRowFacts);
    expect(first.row).toMatchObject({ title: 'Ana Souza', unreadCount: 1 });
    const proto = Element.prototype;
    const outer = Object.getOwnPropertyDescriptor(proto, 'outerHTML')!;
    Object.defineProperty(proto, 'outerHTML', {
      configurable: true,
      get() {
        throw new Error('outerHTML read');
      },
    });
    try {
      let reads = 0;
      const counting = (el: HTMLElement): RowFacts => {
        reads++;
        return readRowFacts(el);
      };
      const fresh = row.cloneNode(true) as HTMLElement;
      row.replaceWith(fresh);
      expect(cachedRowFacts(fresh, counting)).toBe(first);
      expect(reads).toBe(0);
      // Not bold any more (read): a new content, read again.
      const unbold = fresh.cloneNode(true) as HTMLElement;
      for (const el of unbold.querySelectorAll('.x1s688f'))
        el.classList.replace('x1s688f', 'x1fhwpqd');
      fresh.replaceWith(unbold);
      expect(cachedRowFacts(unbold, counting).row).toMatchObject({
        title: 'Ana Souza',
        unreadCount: 0,
      });
      expect(reads).toBe(1);
    } finally {
      Object.defineProperty(proto, 'outerHTML', outer);
    }
  });
});

describe('thread switches and group detection', () => {
  it('reads a new container after a switch and keeps keys when switching back', () => {
    const sam = loadFixture('thread-2026', SAM);
    const samThread = openIn(sam);
    const samKeys = ig.readMessages(samThread).map((m) => m.key);
    expect(samThread.group).toBe(false);
    // The conversation panel is replaced by another thread's (a new container element).
    const group = new DOMParser().parseFromString(fixtureHtml('thread-group'), 'text/html');
    const main = sam.querySelector('[role="main"]')!;
    main.replaceWith(sam.importNode(group.querySelector('[role="main"]')!, true));
    history.replaceState(null, '', GROUP);
    const groupThread = openIn(sam);
    expect(groupThread).toMatchObject({ title: 'Feira de Domingo', group: true });
    expect(ig.readMessages(groupThread).map((m) => m.sender)).toEqual([
      'Ana Souza',
      'Ana Souza',
      undefined,
      'Priya Nair',
      'Priya Nair',
    ]);
    const back = loadFixture('thread-2026', SAM);
    expect(ig.readMessages(openIn(back)).map((m) => m.key)).toEqual(samKeys);
  });

  it('finds a group by sender names when the header has one avatar, also in rows added later', () => {
    const doc = loadFixture('thread-2026', SAM);
    expect(openIn(doc).group).toBe(false);
    expect(openIn(doc).group).toBe(false); // cached rows, still no sender names
    const rows = messageRows(openIn(doc).root);
    const withName = rows[1]!.cloneNode(true) as HTMLElement;
    const name = doc.createElement('div');
    name.innerHTML = '<span dir="auto">Priya Nair</span>';
    withName.prepend(name);
    withName.querySelector('[role="presentation"] [dir="auto"]')!.textContent = 'Card or cash?';
    rows.at(-1)!.before(withName);
    const thread = openIn(doc);
    expect(thread.group).toBe(true);
    expect(ig.readMessages(thread).at(-1)).toMatchObject({
      author: 'them',
      sender: 'Priya Nair',
      text: 'Card or cash?',
    });
  });

  it('re-reads the title when a reused container is relabelled for another thread', () => {
    const doc = loadFixture('thread-2026', SAM);
    const root = openIn(doc).root;
    expect(openIn(doc).title).toBe('Sam Rivera');
    const header = doc.querySelector('[role="main"] [dir="auto"]')!;
    header.textContent = 'Bruno Carvalho';
    root.setAttribute('aria-label', 'Conversation with Bruno Carvalho');
    expect(openIn(doc)).toMatchObject({ root, title: 'Bruno Carvalho' });
  });
});
