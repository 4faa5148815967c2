// @vitest-environment jsdom
/**
 * The adapter reads incrementally and lives for one launch. Changes are recorded with a real
 * MutationObserver, as the runtime's scheduler hands them over. Proved here: a new message row
 * appended is the only row read, its block never walked again (the counts after the newest row
 * are kept), its repeats counted as a whole read counts them (also after a row of the block went
 * or came); rows above the first read are never parsed; older history loaded
 * above is remembered, not handed over; a row changed in place is read again but not handed over
 * again; a rebuilt list or another thread starts over; an inbox row updated and moved to the top
 * is the only inbox row read again, a rebuilt list is read whole; a new row drawn like an earlier
 * one needs no computed style; an aborted adapter forgets everything and reads nothing; two
 * launches share nothing; no module of the adapter keeps state at module level. No timings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordPageChanges } from '../../shared/page-changes';
import { createInstagramAdapter } from '../../../lib/platforms/instagram/adapter';
import { findHeader } from '../../../lib/platforms/instagram/open-thread';
import { instagram } from '../../../lib/platforms/instagram/selectors';
import { ThreadIdentity } from '../../../lib/platforms/instagram/thread-identity';
import type {
  IncomingMessage,
  MessagesRequest,
  OpenThread,
  PageChanges,
  PlatformAdapter,
} from '../../../lib/platforms/types';
import {
  checkedInboxReads,
  fixtureHtml,
  loadFixture,
  messageRows,
  rowFields,
  wholeAdapter,
} from './fixture';

const SAM = '/direct/t/17842340125581234/';
const JONAS = '/direct/t/17842340125587777/';
const GROUP = '/direct/t/340282366841710300949128137443944319108/';

/** Records the page's mutations from now on, as the runtime's observer does. */
const recorder = (doc: Document): (() => PageChanges) => recordPageChanges(doc).take;

/** Counts how often each of `elements` has its text read (every parse of a row starts so). */
function countTextReads(elements: readonly Element[]): () => number {
  const own = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
  if (!own?.get || !own.set) throw new Error('no textContent');
  const { get, set } = own;
  let reads = 0;
  for (const el of elements)
    Object.defineProperty(el, 'textContent', {
      configurable: true,
      get(this: Node) {
        reads++;
        return get.call(this) as string;
      },
      set(this: Node, value: string) {
        set.call(this, value);
      },
    });
  return () => reads;
}

const launch = () => {
  const controller = new AbortController();
  return { adapter: createInstagramAdapter({ signal: controller.signal }), controller };
};

const firstLook = (changes?: PageChanges): MessagesRequest => ({
  changes,
  stopAt: (m) => m.author === 'me',
  history: 2,
});

function openIn(adapter: Pick<PlatformAdapter, 'openThread'>, doc: Document): OpenThread {
  const thread = adapter.openThread(doc);
  if (!thread) throw new Error('no open thread');
  return thread;
}

/** A copy of message row `index` of the open thread saying `text`. */
function copyOfRow(doc: Document, index: number, text: string): HTMLElement {
  const row = messageRows(openIn(wholeAdapter(), doc).root)[index];
  if (!row) throw new Error(`no row ${index}`);
  const copy = row.cloneNode(true) as HTMLElement;
  const line = copy.querySelector('[role="presentation"] [dir="auto"]');
  if (!line) throw new Error('no text in row');
  line.textContent = text;
  return copy;
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** Appends `count` copies of an inbox row to the end of its list, each with its own address and name. */
function appendCopies(row: Element, count: number): void {
  for (let i = 0; i < count; i++) {
    const copy = row.cloneNode(true) as HTMLElement;
    copy
      .querySelector('a')!
      .setAttribute('href', `/direct/t/178423401000${String(i).padStart(5, '0')}/`);
    copy.querySelector('[dir="auto"]')!.textContent = `Person ${i}`;
    row.parentElement!.append(copy);
  }
}

describe('messages of the open thread, read incrementally', () => {
  it('first look: from the newest back to the owner’s last reply, plus history; older blocks never parsed', () => {
    const doc = loadFixture('thread-2026', SAM);
    const rows = messageRows(openIn(wholeAdapter(), doc).root);
    const yesterday = countTextReads(rows.slice(0, 3)); // the "Yesterday 18:40" block
    const { adapter } = launch();
    const read = adapter.readMessages(openIn(adapter, doc), firstLook());
    expect(read.fromScratch).toBe(true);
    expect(read.messages.map((m) => [m.author, m.text])).toEqual([
      ['me', 'So sorry! Can you send me the order number?'],
      ['them', 'Order 4471. I want a refund or I will report this store 😠'],
      ['me', 'ok'],
      ['them', 'ok'],
      ['them', 'ok'],
    ]);
    expect(yesterday()).toBe(0);
  });

  it('a new message row appended: only it is read, handed over after its history', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    const first = adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const added = copyOfRow(doc, 1, 'Is anyone there?');
    const rows = messageRows(openIn(adapter, doc).root);
    const reads = countTextReads(rows);
    rows.at(-1)!.before(added); // above the "Seen" line, as Instagram inserts it
    const next = adapter.readMessages(openIn(adapter, doc), firstLook(take()));
    expect(next.fromScratch).toBe(false);
    expect(next.messages.map((m) => m.text)).toEqual(['ok', 'ok', 'Is anyone there?']);
    expect(next.messages.slice(0, 2)).toEqual(first.messages.slice(-2));
    expect(next.messages[2]).toMatchObject({ author: 'them', threadKey: 'ig:t:17842340125581234' });
    expect(reads()).toBe(0); // no row that was there before was parsed again
    // The same key a whole read gives (anchor "Today 10:02", first of its kind there).
    const whole = wholeAdapter();
    expect(whole.readMessages(openIn(whole, doc)).at(-1)?.key).toBe(next.messages[2]?.key);
  });

  it('counts repeats after the same break, as a whole read does', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const rows = messageRows(openIn(adapter, doc).root);
    rows.at(-1)!.before(copyOfRow(doc, rows.length - 2, 'ok')); // a third "ok" from Sam
    const next = adapter.readMessages(openIn(adapter, doc), { ...firstLook(take()), history: 0 });
    const whole = wholeAdapter();
    const all = whole.readMessages(openIn(whole, doc));
    expect(next.messages).toEqual([all.at(-1)]);
    expect(new Set(all.map((m) => m.key)).size).toBe(all.length);
  });

  it('a run of new messages: each read steps over the new rows and history only, keys as a whole read gives', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const steps = vi.spyOn(Element.prototype, 'previousElementSibling', 'get');
    const walked: number[] = [];
    for (let i = 0; i < 30; i++) {
      const rows = messageRows(openIn(adapter, doc).root);
      // Repeats of one text after one break: each key depends on how many came before it.
      rows.at(-1)!.after(copyOfRow(doc, 1, i % 3 === 0 ? 'ok' : `Still waiting ${i}`));
      steps.mockClear();
      const next = adapter.readMessages(openIn(adapter, doc), firstLook(take()));
      walked.push(steps.mock.calls.length);
      const whole = wholeAdapter();
      const all = whole.readMessages(openIn(whole, doc));
      expect(next.messages).toEqual(all.slice(-3));
    }
    // The first read counts the block up to its break; the block then grew by 29 rows, and each
    // later read stepped over its new row and history only (the counts after the newest are kept).
    expect(walked[29]).toBe(walked[2]);
    expect(Math.max(...walked.slice(1))).toBeLessThanOrEqual(5);
  });

  it('a message removed or inserted above the newest: later repeats are counted as a whole read counts', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const append = (text: string) => {
      const rows = messageRows(openIn(adapter, doc).root);
      rows.at(-1)!.after(copyOfRow(doc, 1, text));
      return adapter.readMessages(openIn(adapter, doc), { ...firstLook(take()), history: 0 });
    };
    const wholeLast = () => {
      const whole = wholeAdapter();
      return whole.readMessages(openIn(whole, doc)).at(-1);
    };
    append('ok');
    append('Hello?');
    // One "ok" of the block goes away: the next "ok" is one fewer of its kind.
    const oks = messageRows(openIn(adapter, doc).root).filter(
      (r) => r.querySelector('[role="presentation"] [dir="auto"]')?.textContent === 'ok',
    );
    expect(oks.length).toBeGreaterThan(1);
    oks[0]!.remove();
    expect(append('ok').messages).toEqual([wholeLast()]);
    // An "ok" appears above the newest message: the next "ok" is one more of its kind.
    const rows = messageRows(openIn(adapter, doc).root);
    rows.at(-2)!.before(copyOfRow(doc, 1, 'ok'));
    expect(adapter.readMessages(openIn(adapter, doc), firstLook(take())).messages).toEqual([]);
    expect(append('ok').messages).toEqual([wholeLast()]);
  });

  it('older history loaded above is remembered, never handed over', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const rows = messageRows(openIn(adapter, doc).root);
    rows[0]!.before(copyOfRow(doc, 1, 'An old question from last month'));
    const next = adapter.readMessages(openIn(adapter, doc), firstLook(take()));
    expect(next).toEqual({ messages: [], fromScratch: false });
  });

  it('a row changed in place is read again but not handed over again', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const rows = messageRows(openIn(adapter, doc).root);
    const order = rows.find((row) => row.textContent.includes('Order 4471'))!;
    order.querySelector('[role="presentation"] [dir="auto"]')!.textContent = 'Order 4472.';
    expect(adapter.readMessages(openIn(adapter, doc), firstLook(take())).messages).toEqual([]);
    rows.at(-1)!.before(copyOfRow(doc, 1, 'Hello?'));
    const next = adapter.readMessages(openIn(adapter, doc), firstLook(take()));
    // Its history shows the row as it reads now.
    expect(next.messages.map((m) => m.text)).toEqual(['ok', 'ok', 'Hello?']);
    const whole = wholeAdapter();
    expect(whole.readMessages(openIn(whole, doc)).map((m) => m.text)).toContain('Order 4472.');
  });

  it('a repeat above the newest changed in place or removed: the next repeat is counted as a whole read counts', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const textOf = (row: Element) => row.querySelector('[role="presentation"] [dir="auto"]');
    const samsOks = () =>
      messageRows(openIn(adapter, doc).root).filter(
        (row) => textOf(row)?.textContent === 'ok' && !row.textContent.includes('You sent'),
      );
    const append = () => {
      messageRows(openIn(adapter, doc).root)
        .at(-1)!
        .before(copyOfRow(doc, 1, 'ok'));
      return adapter.readMessages(openIn(adapter, doc), { ...firstLook(take()), history: 0 });
    };
    const wholeLast = () => {
      const whole = wholeAdapter();
      return whole.readMessages(openIn(whole, doc)).at(-1);
    };
    const [first, newest] = samsOks().slice(-2);
    // Only the text node's data changes (no node added or removed): one "ok" fewer above.
    (textOf(first!)!.firstChild as Text).data = 'Hello';
    expect(adapter.readMessages(openIn(adapter, doc), firstLook(take())).messages).toEqual([]);
    expect(append().messages).toEqual([wholeLast()]);
    // The "ok" that was the newest goes away.
    newest!.remove();
    expect(append().messages).toEqual([wholeLast()]);
  });

  it('a rebuilt list starts over, with the same keys', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    const first = adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const rows = messageRows(openIn(adapter, doc).root);
    const list = rows[0]!.parentElement!;
    list.replaceChildren(...rows.map((row) => row.cloneNode(true)));
    const next = adapter.readMessages(openIn(adapter, doc), firstLook(take()));
    expect(next.fromScratch).toBe(true);
    expect(next.messages).toEqual(first.messages);
  });

  it('another thread in the panel starts over with its own key', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const other = new DOMParser().parseFromString(fixtureHtml('thread-group'), 'text/html');
    doc
      .querySelector('[role="main"]')!
      .replaceWith(doc.importNode(other.querySelector('[role="main"]')!, true));
    history.replaceState(null, '', GROUP);
    const thread = openIn(adapter, doc);
    expect(thread).toMatchObject({
      threadKey: 'ig:t:340282366841710300949128137443944319108',
      title: 'Feira de Domingo',
      group: true,
    });
    const read = adapter.readMessages(thread, firstLook(take()));
    expect(read.fromScratch).toBe(true);
    expect(read.messages.map((m) => [m.author, m.sender])).toEqual([
      ['them', 'Ana Souza'],
      ['them', 'Ana Souza'],
      ['me', undefined],
      ['them', 'Priya Nair'],
      ['them', 'Priya Nair'],
    ]);
  });

  it('a new message does not parse the page address again; another address does', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const added = copyOfRow(doc, 1, 'Hello?');
    // Each parse of an address asks its host.
    const urls = vi.spyOn(URL.prototype, 'hostname', 'get');
    messageRows(openIn(adapter, doc).root).at(-1)!.before(added);
    const thread = openIn(adapter, doc);
    expect(adapter.readMessages(thread, firstLook(take())).messages.at(-1)?.text).toBe('Hello?');
    expect(urls).not.toHaveBeenCalled();
    doc.defaultView!.history.pushState(null, '', JONAS);
    expect(adapter.openThread(doc)?.threadKey).toBe('ig:t:17842340125587777');
    expect(urls).toHaveBeenCalled();
  });

  it('a second new message hands its history back as handed last, with no step up the list', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const add = (row: HTMLElement): readonly IncomingMessage[] => {
      messageRows(openIn(adapter, doc).root).at(-1)!.before(row); // above the "Seen" line
      return adapter.readMessages(openIn(adapter, doc), firstLook(take())).messages;
    };
    const first = add(copyOfRow(doc, 1, 'Is anyone there?'));
    const hello = copyOfRow(doc, 1, 'Hello?');
    // Every row but the "Seen" line, the first new message's included: how often one is stepped from.
    const rows = messageRows(openIn(adapter, doc).root).slice(0, -1);
    let steps = 0;
    for (const row of rows) {
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'previousElementSibling');
      if (!own?.get) throw new Error('no previousElementSibling');
      const { get } = own;
      Object.defineProperty(row, 'previousElementSibling', {
        configurable: true,
        get(this: Element) {
          steps++;
          return get.call(this) as Element | null;
        },
      });
    }
    const second = add(hello);
    expect(second.map((m) => m.text)).toEqual(['ok', 'Is anyone there?', 'Hello?']);
    // The history is the last two messages handed, as the same objects.
    expect(second.slice(0, 2)).toEqual(first.slice(-2));
    expect(second[1]).toBe(first.at(-1));
    expect(steps).toBe(0);
  });

  it('a new message reads the thread header’s text once, for its title, picture and group', () => {
    for (const [fixture, path, group] of [
      ['thread-2026', SAM, false],
      ['thread-group', GROUP, true],
    ] as const) {
      const doc = loadFixture(fixture, path);
      const { adapter } = launch();
      adapter.readMessages(openIn(adapter, doc), firstLook());
      const take = recorder(doc);
      const header = findHeader(openIn(adapter, doc).root);
      if (!header) throw new Error('no header');
      messageRows(openIn(adapter, doc).root)
        .at(-1)!
        .after(copyOfRow(doc, 1, 'Hello?'));
      const reads = countTextReads([header]);
      const thread = openIn(adapter, doc);
      const read = adapter.readMessages(thread, { ...firstLook(take()), history: 0 });
      expect(thread.group).toBe(group);
      expect(read.messages.map((m) => m.text)).toEqual(['Hello?']);
      // Three checks of the header for the open thread, and one more for the read, before.
      expect(reads()).toBe(1);
    }
  });

  it('a new message leaves the open thread as found; a renamed header or another address is seen', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter } = launch();
    const thread = openIn(adapter, doc);
    adapter.readMessages(thread, firstLook());
    const list = messageRows(thread.root)[0]!.parentElement!;
    // What the runtime hands over for a row appended to the list: the list is the one target.
    const appended = (text: string): PageChanges => {
      const row = copyOfRow(doc, 1, text);
      list.append(row);
      return { targets: [list], added: [row], removed: [] };
    };
    const own = Object.getOwnPropertyDescriptor(Document.prototype, 'URL');
    if (!own?.get) throw new Error('no URL');
    const { get } = own;
    let addressReads = 0;
    Object.defineProperty(doc, 'URL', {
      configurable: true,
      get(this: Document) {
        addressReads++;
        return get.call(this) as string;
      },
    });
    const changes = appended('Hello?');
    addressReads = 0;
    expect(adapter.openThread(doc, changes)).toBe(thread);
    // The address once, to compare: no container looked up, no address parsed.
    expect(addressReads).toBe(1);
    // The header's name changed where no change was observed: seen on the next message.
    findHeader(thread.root)!.querySelector('[dir="auto"]')!.textContent = 'Samuel Rivera';
    const renamed = adapter.openThread(doc, appended('Still there?'));
    expect(renamed).not.toBe(thread);
    expect(renamed).toMatchObject({ threadKey: thread.threadKey, title: 'Samuel Rivera' });
    doc.defaultView!.history.replaceState(null, '', JONAS);
    expect(adapter.openThread(doc, appended('Anyone?'))?.threadKey).toBe('ig:t:17842340125587777');
  });

  it('places a new row drawn like an earlier one without reading computed style', () => {
    const doc = loadFixture('thread-2026-unlabelled', JONAS);
    const { adapter } = launch();
    adapter.readMessages(openIn(adapter, doc), firstLook());
    const take = recorder(doc);
    const rows = messageRows(openIn(adapter, doc).root);
    rows.at(-1)!.before(copyOfRow(doc, 2, 'Refund sent this morning.')); // drawn as the owner's
    const styles = vi.spyOn(window, 'getComputedStyle');
    const next = adapter.readMessages(openIn(adapter, doc), { ...firstLook(take()), history: 0 });
    expect(next.messages.map((m) => [m.author, m.text])).toEqual([
      ['me', 'Refund sent this morning.'],
    ]);
    expect(styles).not.toHaveBeenCalled();
  });
});

describe('inbox rows, read incrementally', () => {
  const titles = (rows: readonly { title: string }[]) => rows.map((r) => r.title);

  it('a row updated and moved to the top is the only row read again', () => {
    const doc = loadFixture('inbox-2026-links');
    const { adapter } = launch();
    const before = adapter.readInbox(doc, undefined).rows;
    const take = recorder(doc);
    const bruno = before.find((r) => r.title === 'Bruno Carvalho')!;
    const lines = bruno.element.querySelectorAll('[dir="auto"]');
    lines[lines.length - 1]!.textContent = 'Chegou quebrado · now';
    const item = bruno.element.closest('[role="listitem"]')!;
    item.parentElement!.prepend(item);
    const reads = countTextReads(before.filter((r) => r !== bruno).map((r) => r.element));
    const after = adapter.readInbox(doc, take());
    expect(after.fresh).toHaveLength(1);
    expect(after.fresh[0]).toMatchObject({ title: 'Bruno Carvalho', preview: 'Chegou quebrado' });
    expect(titles(after.rows)).toEqual([
      'Bruno Carvalho',
      ...titles(before).filter((t) => t !== 'Bruno Carvalho'),
    ]);
    for (const row of after.rows) if (row !== after.fresh[0]) expect(before).toContain(row);
    expect(reads()).toBe(0);
  });

  it('rows moved, added and removed: only the slots that moved are looked at, in a whole read’s order', () => {
    const doc = loadFixture('inbox-2026-links');
    // Sixty rows: copies of the first with their own address and name.
    const first = doc.querySelector('[aria-label="Thread list"] [role="listitem"]')!;
    const container = first.parentElement!;
    appendCopies(first, 60);
    const { adapter } = launch();
    adapter.readInbox(doc, undefined);
    const take = recorder(doc);
    const slots = () => [...container.children];
    // Every slot's row is looked for with `contains` when the slots are listed again.
    const contains = vi.spyOn(Node.prototype, 'contains');
    const slotsLookedAt = () =>
      contains.mock.contexts.filter((el) => (el as Node).parentNode === container).length;
    // The rows' set (which row a changed node is in) is kept up to date, not made again.
    const adds = vi.spyOn(Set.prototype, 'add');
    const check = (change: () => void, atMost: number) => {
      change();
      contains.mockClear();
      adds.mockClear();
      const read = adapter.readInbox(doc, take());
      expect(slotsLookedAt()).toBeLessThanOrEqual(atMost);
      expect(adds.mock.calls.length).toBeLessThanOrEqual(5 * Math.max(atMost, 1)); // 66 rows
      const whole = wholeAdapter().inboxRows(doc);
      expect(read.rows.map((r) => r.threadKey)).toEqual(whole.map((r) => r.threadKey));
      expect(read.rows.map((r) => r.element)).toEqual(whole.map((r) => r.element));
    };
    check(() => container.prepend(slots()[40]!), 1); // a new message moves its row to the top
    check(() => slots()[30]!.after(slots()[2]!), 1); // moved down
    check(() => {
      container.prepend(slots()[50]!); // two in one read
      slots()[10]!.before(slots()[55]!);
    }, 2);
    check(() => slots()[20]!.remove(), 0);
    check(() => {
      const copy = first.cloneNode(true) as HTMLElement;
      copy.querySelector('a')!.setAttribute('href', '/direct/t/17842340199999999/');
      slots()[5]!.after(copy); // a new thread's row
    }, 1);
    check(() => {
      const moved = slots()[8]!;
      container.append(moved); // removed and added back in the same read
      container.prepend(slots()[12]!);
    }, 2);
  });

  it('a new message looks up only the rows it touched and hands the others back as they were', () => {
    const doc = loadFixture('inbox-2026-links');
    doc.title = 'Instagram • Messages';
    // Sixty more rows after the fixture's (among them a row whose only unread sign is a bold name).
    const bruno = [...doc.querySelectorAll('[role="listitem"]')].find((item) =>
      item.textContent.includes('Bruno Carvalho'),
    )!;
    const container = bruno.parentElement!;
    appendCopies(bruno, 60);
    const { adapter } = launch();
    const before = adapter.readInbox(doc, undefined).rows;
    const take = recorder(doc);
    const { read, rowsLookedUp } = checkedInboxReads(adapter, doc, take);
    const item = (n: number) => container.children[n] as HTMLElement;
    // A new message: the row's preview changes, an unread dot comes, the row goes to the top.
    const moved = item(40);
    const title = moved.querySelector('[dir="auto"]')!.textContent;
    const newMessage = read(() => {
      moved.querySelectorAll('[dir="auto"]')[1]!.textContent = 'Ainda tem? · now';
      moved.querySelector('a')!.append(doc.createElement('div'));
      moved.querySelector('a > div:last-child')!.setAttribute('aria-label', 'Unread');
      container.prepend(moved);
    });
    expect(rowsLookedUp()).toBeLessThanOrEqual(4); // the moved row, per change to it; 66 rows
    expect(newMessage.fresh.map((r) => [r.title, r.unreadCount])).toEqual([[title, 1]]);
    // The same objects, not copies.
    const kept = newMessage.rows.filter((r) => r !== newMessage.fresh[0]);
    const others = before.filter((r) => r.title !== title);
    expect(kept).toHaveLength(others.length);
    expect(kept.every((r, i) => r === others[i])).toBe(true);
    // A change inside a row in place: that row only.
    read(() => {
      item(9).querySelectorAll('[dir="auto"]')[1]!.textContent = 'Obrigada! · now';
    });
    expect(rowsLookedUp()).toBeLessThanOrEqual(2);
    // The title now counts fewer unread chats: bold names become noise, every row is looked at.
    const noise = read(() => {
      doc.title = '(2) Instagram • Messages';
      container.prepend(item(20));
    });
    expect(noise.rows.find((r) => r.title === 'Tomás Ortega')?.unreadCount).toBe(0);
    // And back: the count covers them again.
    const counted = read(() => {
      doc.title = '(9) Instagram • Messages';
      container.prepend(item(30));
    });
    expect(counted.rows.find((r) => r.title === 'Tomás Ortega')?.unreadCount).toBe(1);
  });

  it('rows without an address: a row moved to the top normalises no name again', () => {
    const doc = loadFixture('inbox-2026-buttons');
    // Forty more link-less rows, each with its own name.
    const first = doc.querySelector('[role="list"] [role="listitem"]')!;
    for (let i = 0; i < 40; i++) {
      const copy = first.cloneNode(true) as HTMLElement;
      copy.querySelector('[dir="auto"]')!.textContent = `Pessoa ${i}`;
      first.parentElement!.append(copy);
    }
    const { adapter } = launch();
    const before = adapter.readInbox(doc, undefined).rows;
    const take = recorder(doc);
    const moved = before.find((row) => row.title === 'Pessoa 30')!;
    const preview = moved.element.querySelectorAll('[dir="auto"]')[1]!;
    preview.textContent = 'Ainda está disponível? · agora';
    const item = moved.element.closest('[role="listitem"]')!;
    item.parentElement!.prepend(item);
    // Every name a read keys is normalised (NFKC) first.
    const normalised = vi.spyOn(String.prototype, 'normalize');
    const after = adapter.readInbox(doc, take());
    expect(normalised.mock.calls.length).toBeLessThanOrEqual(2); // 45 rows
    expect(after.rows.map((row) => row.threadKey)).toEqual(
      wholeAdapter()
        .inboxRows(doc)
        .map((row) => row.threadKey),
    );
    expect(after.rows[0]).toMatchObject({ title: 'Pessoa 30', threadKey: 'ig:name:pessoa 30' });
  });

  it('rows without an address: a row keyed before is not made into a name and avatar again', () => {
    let avatarReads = 0;
    const row = (title: string) => ({
      title,
      routeKey: undefined,
      get avatar() {
        avatarReads++;
        return 'a1';
      },
    });
    const rows = ['Ana', 'Bia', 'Ana', 'Caio'].map(row);
    const identity = new ThreadIdentity();
    const keys = identity.keys(rows);
    expect(keys).toEqual(['ig:name:ana~a1', 'ig:name:bia', 'ig:name:ana~a1~2', 'ig:name:caio']);
    avatarReads = 0;
    // The next read: the same rows, one moved to the top.
    const moved = [rows[3]!, rows[0]!, rows[1]!, rows[2]!];
    expect(identity.keys(moved)).toEqual([keys[3], keys[0], keys[1], keys[2]]);
    expect(avatarReads).toBe(2); // the two rows that share a name take their avatar into the key
  });

  it('rows without an address: each row is looked up once per read, pairings by pairing', () => {
    const row = (title: string, avatar = 'a') => ({ title, avatar, routeKey: undefined });
    const rows = Array.from({ length: 60 }, (_, i) => row(`Pessoa ${i}`));
    const identity = new ThreadIdentity();
    const open = { threadKey: 'ig:t:17842340100000001', title: 'Pessoa 7', avatar: 'a' };
    const first = identity.keys(rows, open);
    // What each row's name key and person are is looked up in a map.
    const gets = vi.spyOn(Map.prototype, 'get');
    const weakGets = vi.spyOn(WeakMap.prototype, 'get');
    const again = identity.keys([rows[30]!, ...rows.filter((_, i) => i !== 30)]);
    expect(gets.mock.calls.length + weakGets.mock.calls.length).toBeLessThanOrEqual(3 * 60 + 5);
    expect(again).toEqual([first[30], ...first.filter((_, i) => i !== 30)]);
    expect(again[8]).toBe('ig:t:17842340100000001'); // remembered, back on the inbox
  });

  it('rows without an address: two pairings with the same key go to the first such row', () => {
    const identity = new ThreadIdentity();
    const ana = (avatar: string) => ({ title: 'Ana', avatar, routeKey: undefined });
    const open = (avatar: string) => ({ threadKey: 'ig:t:1', title: 'Ana', avatar });
    // The thread was opened twice, its picture changed in between: two pairings, one key.
    identity.keys([ana('a1')], open('a1'));
    identity.keys([ana('a2')], open('a2'));
    expect(identity.keys([ana('a2'), ana('a1')])).toEqual(['ig:t:1', 'ig:name:ana~a1']);
    expect(identity.keys([ana('a1'), ana('a2')])).toEqual(['ig:t:1', 'ig:name:ana~a2']);
  });

  it('a new row is read alone; a rebuilt list is read whole, with the same facts', () => {
    const doc = loadFixture('inbox-2026-links');
    const { adapter } = launch();
    const before = adapter.readInbox(doc, undefined).rows;
    const take = recorder(doc);
    const bruno = before.find((r) => r.title === 'Bruno Carvalho')!; // read: changes no count
    const item = bruno.element.closest('[role="listitem"]')!;
    const copy = item.cloneNode(true) as HTMLElement;
    copy.querySelector('a')!.setAttribute('href', '/direct/t/17842340125580001/');
    copy.querySelector('[dir="auto"]')!.textContent = 'Rita Alves';
    item.before(copy);
    const added = adapter.readInbox(doc, take());
    expect(added.fresh.map((r) => [r.title, r.threadKey])).toEqual([
      ['Rita Alves', 'ig:t:17842340125580001'],
    ]);
    const list = doc.querySelector('[aria-label="Thread list"]')!;
    list.replaceWith(list.cloneNode(true));
    const rebuilt = adapter.readInbox(doc, take());
    expect(rebuilt.fresh).toHaveLength(added.rows.length);
    expect(rebuilt.rows.map(rowFields)).toEqual(added.rows.map(rowFields));
  });

  it('a first read reads the title of every row but the preview and muted icon only when asked', () => {
    const doc = loadFixture('inbox-2026-links');
    const whole = wholeAdapter().inboxRows(doc);
    // Counts the reads of every text node after each row's first line (the title).
    let previewReads = 0;
    const readOf = new Map<Element, number>();
    for (const row of whole) {
      const [, ...rest] = row.element.querySelectorAll('[dir="auto"]');
      for (const line of rest) {
        const texts = doc.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          const value = node.nodeValue;
          Object.defineProperty(node, 'nodeValue', {
            configurable: true,
            get() {
              previewReads++;
              readOf.set(row.element, (readOf.get(row.element) ?? 0) + 1);
              return value;
            },
          });
        }
      }
    }
    const muted = vi.spyOn(Element.prototype, 'querySelector');
    const { adapter } = launch();
    const rows = adapter.readInbox(doc, undefined).rows;
    expect(rows.map((r) => [r.title, r.threadKey, r.unreadCount])).toEqual(
      whole.map((r) => [r.title, r.threadKey, r.unreadCount]),
    );
    expect(previewReads).toBe(0);
    expect(muted.mock.calls.filter(([css]) => css.includes('Muted')).length).toBe(0);
    // Asked for, the unread rows' previews read their own rows only, and say what a whole read says.
    const unread = rows.filter((r) => r.unreadCount > 0);
    expect(unread.length).toBeGreaterThan(0);
    expect(unread.length).toBeLessThan(rows.length);
    for (const row of unread)
      expect(row.preview).toBe(whole.find((w) => w.title === row.title)?.preview);
    expect([...readOf.keys()].every((el) => unread.some((r) => r.element === el))).toBe(true);
    expect(rows.map((r) => [r.preview, r.previewFromMe, r.muted, r.group])).toEqual(
      whole.map((r) => [r.preview, r.previewFromMe, r.muted, r.group]),
    );
  });

  it('a first read lists no descendants of text lines that hold no element', () => {
    const doc = loadFixture('inbox-2026-links');
    const lists = vi.spyOn(Element.prototype, 'getElementsByTagName');
    const { adapter } = launch();
    const rows = adapter.readInbox(doc, undefined).rows;
    const read = rows.filter((r) => r.unreadCount === 0);
    // Read rows are the ones whose lines are checked for bold text.
    expect(read.length).toBeGreaterThan(0);
    const ofLeaves = lists.mock.contexts.filter(
      (el) => el instanceof Element && el.closest('[dir="auto"]') && !el.firstElementChild,
    );
    expect(ofLeaves).toHaveLength(0);
    expect(rows.map((r) => [r.title, r.unreadCount])).toEqual(
      wholeAdapter()
        .inboxRows(doc)
        .map((r) => [r.title, r.unreadCount]),
    );
    lists.mockRestore();
  });

  it('a first read asks the list for its unread dots once, and no row for its own', () => {
    const doc = loadFixture('inbox-2026-links');
    const items = [...doc.querySelectorAll('[role="listitem"]')];
    const dotted = items.find((item) => item.querySelector('[aria-label="Unread"]'))!;
    const plain = items.find(
      (item) => !item.querySelector('[aria-label="Unread"]') && !item.querySelector('[style]'),
    )!;
    appendCopies(dotted, 30);
    appendCopies(plain, 30);
    const dotList = instagram.unreadDot.css.join(',');
    const one = vi.spyOn(Element.prototype, 'querySelector');
    const all = vi.spyOn(Element.prototype, 'querySelectorAll');
    const rows = launch().adapter.readInbox(doc, undefined).rows;
    expect(rows.length).toBeGreaterThan(60);
    // One query over the list (each row was asked before: one query per row).
    expect(one.mock.calls.filter(([css]) => css === dotList)).toHaveLength(0);
    expect(all.mock.calls.filter(([css]) => css === dotList)).toHaveLength(1);
    // A row is unread by its dot exactly when it holds one.
    for (const row of rows.filter((r) => r.element.querySelector('[style]') === null))
      expect([row.title, row.unreadCount]).toEqual([
        row.title,
        row.element.querySelector('[aria-label="Unread"]') ? 1 : 0,
      ]);
    expect(rows.filter((r) => r.unreadCount === 1).length).toBeGreaterThanOrEqual(31);
  });

  it('a read row whose texts alone changed is handed as it was while it reads the same; its preview is new', () => {
    const doc = loadFixture('inbox-2026-links');
    const { adapter } = launch();
    const before = adapter.readInbox(doc, undefined).rows;
    const take = recorder(doc);
    const bruno = before.find((r) => r.title === 'Bruno Carvalho')!;
    expect(bruno.unreadCount).toBe(0);
    const [name, preview] = bruno.element.querySelectorAll('[dir="auto"]');
    // The site sets a text's data in place (a new message of the open thread): no element comes
    // or goes. Every read of a row starts by listing its pictures and lines.
    const text = (line: Element | undefined) => line?.firstChild as Text;
    text(preview).data = 'Até amanhã · now';
    const lists = vi.spyOn(Element.prototype, 'querySelectorAll');
    const after = adapter.readInbox(doc, take());
    expect(lists.mock.contexts.filter((el) => el === bruno.element)).toHaveLength(0);
    expect(after.fresh).toEqual([]);
    expect(after.rows).toContain(bruno);
    expect(bruno.preview).toBe('Até amanhã');
    // A new title, or the row drawn as unread, is read again and handed anew.
    text(name).data = 'Bruno C.';
    const renamed = adapter.readInbox(doc, take());
    expect(renamed.fresh.map((r) => [r.title, r.unreadCount])).toEqual([['Bruno C.', 0]]);
    for (const line of [name, preview]) line?.setAttribute('style', 'font-weight: 700');
    text(preview).data = 'Chegou quebrado · now';
    // (One unread row more than the page title counts: rows bold by name only are handed anew.)
    const unread = adapter.readInbox(doc, take()).fresh.find((r) => r.element === bruno.element);
    expect(unread).toMatchObject({ title: 'Bruno C.', unreadCount: 1, preview: 'Chegou quebrado' });
  });

  it('a preview changed in place and an unread dot that goes are read again', () => {
    const doc = loadFixture('inbox-2026-links');
    const { adapter } = launch();
    const sam = adapter.readInbox(doc, undefined).rows.find((r) => r.title === 'Sam Rivera')!;
    expect(sam.unreadCount).toBe(1);
    const take = recorder(doc);
    for (const el of sam.element.querySelectorAll('[style]')) el.removeAttribute('style');
    sam.element.querySelector('[aria-label="Unread"]')!.remove();
    const after = adapter.readInbox(doc, take());
    expect(after.fresh).toEqual([expect.objectContaining({ title: 'Sam Rivera', unreadCount: 0 })]);
  });
});

describe('one adapter per launch', () => {
  it('once aborted, reads nothing and has forgotten what it read', () => {
    const doc = loadFixture('thread-2026', SAM);
    const { adapter, controller } = launch();
    expect(adapter.readInbox(doc, undefined).rows.length).toBeGreaterThan(0);
    const thread = openIn(adapter, doc);
    adapter.readMessages(thread, firstLook());
    controller.abort();
    expect(adapter.readInbox(doc, undefined)).toEqual({ rows: [], fresh: [] });
    expect(adapter.openThread(doc)).toBeUndefined();
    expect(adapter.observeTargets(doc)).toEqual([]);
    expect(
      adapter.readMessages(thread, firstLook({ targets: [], added: [], removed: [] })),
    ).toEqual({ messages: [], fromScratch: true });
  });

  it('two launches share nothing: each starts from scratch and keeps its own place', () => {
    const doc = loadFixture('thread-2026', SAM);
    const a = launch().adapter;
    const b = launch().adapter;
    const none: PageChanges = { targets: [], added: [], removed: [] };
    expect(a.readMessages(openIn(a, doc), firstLook()).fromScratch).toBe(true);
    expect(a.readMessages(openIn(a, doc), firstLook(none))).toEqual({
      messages: [],
      fromScratch: false,
    });
    // b has read nothing yet: its first read starts over although a has read this thread.
    const fromB = b.readMessages(openIn(b, doc), firstLook(none));
    expect(fromB.fromScratch).toBe(true);
    expect(fromB.messages.length).toBeGreaterThan(0);
    // a changed row that only a is told about is read again by a alone.
    const rows = messageRows(openIn(a, doc).root);
    const take = recorder(doc);
    rows.at(-1)!.before(copyOfRow(doc, 1, 'Hi again'));
    const changes = take();
    expect(a.readMessages(openIn(a, doc), firstLook(changes)).messages.at(-1)?.text).toBe(
      'Hi again',
    );
    expect(b.readMessages(openIn(b, doc), firstLook(changes)).messages.at(-1)?.text).toBe(
      'Hi again',
    );
    expect(a.readMessages(openIn(a, doc), firstLook(none)).messages).toEqual([]);
  });

  it('no module of the adapter keeps state at module level', () => {
    const dir = resolve(__dirname, '../../../lib/platforms/instagram');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(resolve(dir, file), 'utf8');
      const topLevel = source.split('\n').filter((line) => /^(export )?(let|var) /.test(line));
      // Constant lookup tables are typed read-only; any other Map, Set or Weak* is state.
      const containers = source
        .split('\n')
        .filter((line) => /^(export )?const \w+(: [^=]+)? = new (Weak)?(Map|Set)\b/.test(line))
        .filter((line) => !/^(export )?const \w+: Readonly(Set|Map)</.test(line));
      expect({ file, topLevel, containers }).toEqual({ file, topLevel: [], containers: [] });
    }
  });
});
