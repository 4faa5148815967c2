// @vitest-environment jsdom
/**
 * The 2026 inbox whose rows carry no link: rows are keyed by name (then picture, then position
 * among namesakes, or a thread id the owner opened), and unread shows only as bold text from a
 * stylesheet class. Proved here: after a first keying, keys patched from the rows that left and
 * came are always what keying all rows gives (random moves, inserts, removals, renames, namesakes,
 * pairings and open threads); keying a whole inbox makes a handful of maps, not one per name; a
 * new message on a 66-row link-less inbox looks up only the rows it touched; computed style is
 * read once per drawing (tags, classes and inline styles from the line up to the row), not per
 * row, and a row drawn differently is still asked, with the answers of a read without the memo. No timings: lookups and computed-style reads are counted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordPageChanges } from '../../shared/page-changes';
import { createInstagramAdapter } from '../../../lib/platforms/instagram/adapter';
import { nameThreadKey } from '../../../lib/platforms/instagram/keys';
import { UNREAD_LABELS } from '../../../lib/platforms/instagram/labels';
import { instagram } from '../../../lib/platforms/instagram/selectors';
import { readRowFacts } from '../../../lib/platforms/instagram/inbox-rows';
import {
  ThreadIdentity,
  type OpenThreadHint,
  type RowIdentityFacts,
} from '../../../lib/platforms/instagram/thread-identity';
import type { PageChanges } from '../../../lib/platforms/types';
import { checkedInboxReads, loadFixture } from './fixture';

/** Records the page's mutations from now on, as the runtime's observer does. */
const recorder = (doc: Document): (() => PageChanges) => recordPageChanges(doc).take;

const launch = () => createInstagramAdapter({ signal: new AbortController().signal });

/** The link-less fixture with `extra` more rows, copies of its rows (bold and not) renamed. */
function linklessInbox(extra: number): { doc: Document; list: Element } {
  const doc = loadFixture('inbox-2026-buttonrows');
  const list = doc.querySelector('[role="button"]')!.parentElement!;
  const models = [...list.children];
  for (let i = 0; i < extra; i++) {
    const copy = models[i % models.length]!.cloneNode(true) as HTMLElement;
    copy.querySelector('[dir="auto"]')!.textContent = `Pessoa ${i}`;
    list.append(copy);
  }
  return { doc, list };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** A small seeded random source (mulberry32), so a failing sequence can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The keying rule for link-less rows, written plainly (every row looked at every time): a row
 * with an address takes its key; the open thread's row (its name, then its picture among
 * namesakes) takes the open key and is remembered by name and picture; a remembered person shown
 * by exactly one row takes its key, in row order, unless a row has that key already; the others
 * take their name, with the picture when a namesake is listed, and their place among look-alikes.
 */
function referenceKeying() {
  const learned = new Map<string, string>();
  const person = (row: RowIdentityFacts) => `${nameThreadKey(row.title)}|${row.avatar}`;
  return (rows: readonly RowIdentityFacts[], open?: OpenThreadHint): string[] => {
    const keys = rows.map((row) => row.routeKey);
    const linkless = (name: string) =>
      rows.flatMap((row, i) =>
        row.routeKey === undefined && nameThreadKey(row.title) === name ? [i] : [],
      );
    if (open) {
      const same =
        nameThreadKey(open.title) === 'ig:name:' ? [] : linkless(nameThreadKey(open.title));
      const found =
        same.length > 1 && open.avatar ? same.filter((i) => rows[i]!.avatar === open.avatar) : same;
      if (found.length === 1) {
        keys[found[0]!] = open.threadKey;
        learned.delete(person(rows[found[0]!]!));
        learned.set(person(rows[found[0]!]!), open.threadKey);
      }
    }
    rows.forEach((row, i) => {
      const key = learned.get(person(row));
      if (key === undefined || keys[i] !== undefined || keys.includes(key)) return;
      if (rows.filter((other) => person(other) === person(row)).length === 1) keys[i] = key;
    });
    return rows.map((row, i) => {
      if (keys[i] !== undefined) return keys[i];
      const name = nameThreadKey(row.title);
      const namesakes = linkless(name);
      if (namesakes.length === 1) return name;
      const alike = namesakes.filter(
        (j) => j <= i && keys[j] === undefined && rows[j]!.avatar === row.avatar,
      ).length;
      return alike === 1 ? `${name}~${row.avatar}` : `${name}~${row.avatar}~${alike}`;
    });
  };
}

describe('link-less rows: keys patched from the rows that changed', () => {
  it('are what keying all rows gives, through random moves, inserts, removals and renames', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seeded(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      // Few names and pictures: namesakes, look-alikes and rows told apart by position abound.
      // "Ana", "ANA" and "Ana " are one name key.
      const names = ['Ana', 'ANA', 'Ana ', 'Bia', 'Caio', 'Davi', 'Eva'];
      const newRow = (): RowIdentityFacts => ({
        title: pick(names),
        avatar: pick(['p1', 'p2', '']),
        routeKey: random() < 0.1 ? `ig:t:${pick(['1', '2', '9'])}` : undefined,
      });
      const newOpen = (): OpenThreadHint | undefined =>
        random() < 0.3
          ? undefined
          : {
              threadKey: `ig:t:${pick(['1', '2', '3', '4'])}`,
              title: pick(names),
              avatar: pick(['p1', 'p2', '']),
            };
      const rows = Array.from({ length: 30 }, newRow);
      let open = newOpen();
      const patched = new ThreadIdentity();
      const whole = new ThreadIdentity();
      const reference = referenceKeying();
      const keys = new Map<RowIdentityFacts, string>();
      patched.keys(rows, open).forEach((key, i) => keys.set(rows[i]!, key));
      expect(rows.map((row) => keys.get(row))).toEqual(whole.keys(rows, open));
      expect(whole.keys(rows, open)).toEqual(reference(rows, open));
      const seen = { positions: 0, paired: 0 };
      let rekeyed = 0;
      for (let step = 0; step < 300; step++) {
        const gone: RowIdentityFacts[] = [];
        const come: RowIdentityFacts[] = [];
        const at = () => Math.floor(random() * (rows.length + 1));
        for (let change = random() < 0.2 ? 2 : 1; change > 0; change--) {
          const op = random();
          const i = Math.floor(random() * rows.length);
          const row = rows[i]!;
          if (op < 0.35) {
            // Moved (to the top, mostly), as on a new message.
            rows.splice(i, 1);
            rows.splice(random() < 0.7 ? 0 : at(), 0, row);
            gone.push(row);
            come.push(row);
          } else if (op < 0.5) {
            const added = newRow();
            rows.splice(at(), 0, added);
            come.push(added);
          } else if (op < 0.65 && rows.length > 5) {
            rows.splice(i, 1);
            gone.push(row);
          } else if (op < 0.85) {
            // Read again in place: another name or picture (or the same) on a new object.
            const changed = {
              ...row,
              ...(random() < 0.5 ? { title: pick(names) } : { avatar: pick(['p1', 'p2', '']) }),
            };
            rows[i] = changed;
            gone.push(row);
            come.push(changed);
          }
        }
        if (random() < 0.2) open = newOpen();
        // Rows handed over twice in one read are handed over once.
        const changed = patched.patch(
          [...new Set(gone)].filter((row) => keys.has(row)),
          [...new Set(come)].filter((row) => rows.includes(row)),
          (row) => rows.indexOf(row),
          open,
        );
        expect(changed).toBeDefined();
        for (const row of gone) keys.delete(row);
        for (const row of come) if (row.routeKey !== undefined) keys.set(row, row.routeKey);
        for (const [row, key] of changed!) keys.set(row, key);
        rekeyed += changed!.size;
        const expected = reference(rows, open);
        expect(whole.keys(rows, open)).toEqual(expected);
        expect(rows.map((row) => keys.get(row))).toEqual(expected);
        seen.positions += expected.filter((key) => /~\d+$/.test(key)).length;
        seen.paired += expected.filter(
          (key, j) => key.startsWith('ig:t:') && !rows[j]!.routeKey,
        ).length;
      }
      // The sequences did reach rows told apart by position and rows keyed by a pairing.
      expect(seen.positions).toBeGreaterThan(0);
      expect(seen.paired).toBeGreaterThan(0);
      // Only the touched names' rows were keyed again: far fewer than all rows every time.
      expect(rekeyed).toBeLessThan(300 * 30 * 0.5);
    }
  });

  it('keys a whole inbox with a few maps in all and no array spliced, not one of each per name', () => {
    const rows: RowIdentityFacts[] = Array.from({ length: 300 }, (_, i) => ({
      title: `Pessoa ${i}`,
      avatar: `p${i % 7}`,
      routeKey: undefined,
    }));
    rows.push({ title: 'Pessoa 8', avatar: 'p1', routeKey: undefined }); // same name and picture
    const RealMap = Map;
    let maps = 0;
    vi.stubGlobal(
      'Map',
      class<K, V> extends RealMap<K, V> {
        constructor(entries?: readonly (readonly [K, V])[] | null) {
          super(entries);
          maps++;
        }
      },
    );
    const splices = vi.spyOn(Array.prototype, 'splice');
    let keys: string[];
    try {
      keys = new ThreadIdentity().keys(rows);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(splices.mock.calls.length).toBe(0);
    splices.mockRestore();
    expect(maps).toBeLessThanOrEqual(12); // 300 names
    expect(keys[0]).toBe(nameThreadKey('Pessoa 0'));
    expect([keys[8], keys[300]]).toEqual([
      `${nameThreadKey('Pessoa 8')}~p1`,
      `${nameThreadKey('Pessoa 8')}~p1~2`,
    ]);
  });

  it('a new message on a link-less inbox looks up only the rows it touched, keys as a whole read gives', () => {
    // 66 link-less rows: the fixture's (two "Ana Souza" with different pictures) and copies, among
    // them namesakes with the same picture (told apart by position).
    const doc = loadFixture('inbox-2026-buttonrows');
    const list = doc.querySelector('[role="button"]')!.parentElement!;
    const models = [...list.children];
    for (let i = 0; i < 60; i++) {
      const copy = models[i % models.length]!.cloneNode(true) as HTMLElement;
      copy.querySelector('[dir="auto"]')!.textContent = i % 10 === 0 ? 'Ana Souza' : `Pessoa ${i}`;
      list.append(copy);
    }
    doc.title = 'Instagram • Messages';
    const adapter = launch();
    const before = adapter.readInbox(doc, undefined).rows;
    const take = recorder(doc);
    const { read, rowsLookedUp } = checkedInboxReads(adapter, doc, take);
    const row = (n: number) => list.children[n] as HTMLElement;
    const lines = (el: Element) => el.querySelectorAll('[dir="auto"]');
    // A new message: the preview changes, the row goes to the top.
    const moved = row(41);
    const title = lines(moved)[0]!.textContent;
    const newMessage = read(() => {
      lines(moved)[1]!.textContent = 'Ainda tem? · agora';
      list.prepend(moved);
    });
    expect(rowsLookedUp()).toBeLessThanOrEqual(4); // the moved row, per change to it; 66 rows
    expect(newMessage.fresh.map((r) => r.title)).toEqual([title]);
    const others = before.filter((r) => r.element !== moved);
    expect(
      newMessage.rows.filter((r) => r.element !== moved).every((r, i) => r === others[i]),
    ).toBe(true);
    // A namesake told apart by position moves above the others of its name: only they are keyed
    // again, and handed anew where their key changed.
    const anas = () => [...list.children].filter((el) => lines(el)[0]!.textContent === 'Ana Souza');
    const last = anas().at(-1)!;
    const namesake = read(() => {
      lines(last)[1]!.textContent = 'Oi? · agora';
      list.prepend(last);
    });
    expect(rowsLookedUp()).toBeLessThanOrEqual(4 + anas().length);
    expect(namesake.fresh.length).toBeGreaterThan(1);
    expect(namesake.fresh.every((r) => r.title === 'Ana Souza')).toBe(true);
    // A row renamed in place, a new row, a row removed.
    read(() => {
      lines(row(20))[0]!.textContent = 'Ana Souza';
    });
    read(() => {
      const copy = row(3).cloneNode(true) as HTMLElement;
      lines(copy)[0]!.textContent = 'Rita Alves';
      row(10).before(copy);
    });
    read(() => {
      anas()[0]!.remove();
    });
    expect(rowsLookedUp()).toBeLessThanOrEqual(4 + anas().length);
  });
});

describe('link-less rows: the bold unread sign', () => {
  it('a first read asks computed style once per drawing, not per row, with the same answers', () => {
    const { doc, list } = linklessInbox(60);
    const expected = [...list.children].map(
      (row) => readRowFacts(row as HTMLElement).row?.unreadCount,
    );
    expect(expected.filter((n) => n === 1).length).toBeGreaterThan(10);
    expect(expected.filter((n) => n === 0).length).toBeGreaterThan(10);
    const styles = vi.spyOn(window, 'getComputedStyle');
    // The page title counts every bold row: none is taken as noise.
    doc.title = `(${expected.filter((n) => n === 1).length}) Instagram • Messages`;
    const rows = launch().readInbox(doc, undefined).rows;
    expect(rows.map((r) => r.unreadCount)).toEqual(expected);
    // A few drawings of bold or plain lines for 66 rows (a read per line and ancestor: 297).
    expect(styles.mock.calls.length).toBeLessThanOrEqual(12);
  });

  it("a first read describes each element of a row's drawings once, however many lines ask", () => {
    const { doc, list } = linklessInbox(60);
    const expected = [...list.children].map(
      (row) => readRowFacts(row as HTMLElement).row?.unreadCount,
    );
    // Plain rows ask both lines (the preview, then the name), whose paths to the row meet.
    expect(expected.filter((n) => n === 0).length).toBeGreaterThan(10);
    doc.title = `(${expected.filter((n) => n === 1).length}) Instagram • Messages`;
    const reads = new Map<Element, number>();
    const getAttribute = Element.prototype.getAttribute;
    vi.spyOn(Element.prototype, 'getAttribute').mockImplementation(function (
      this: Element,
      name: string,
    ) {
      if (name === 'style') reads.set(this, (reads.get(this) ?? 0) + 1);
      return getAttribute.call(this, name);
    });
    const rows = launch().readInbox(doc, undefined).rows;
    expect(rows.map((r) => r.unreadCount)).toEqual(expected);
    // Every element on a line's path to its row is described once per read (the walk per line
    // read a plain row's shared box and the row itself once for each of its two lines).
    expect(reads.size).toBeGreaterThan(3 * rows.length);
    expect(Math.max(...reads.values())).toBe(1);
  });

  it('reads the unread words of a row label only when the row has a label', () => {
    const { doc, list } = linklessInbox(60);
    const lowered = vi.spyOn(String.prototype, 'toLowerCase');
    const rows = launch().readInbox(doc, undefined).rows;
    const words = lowered.mock.contexts.filter((text) => UNREAD_LABELS.includes(String(text)));
    lowered.mockRestore();
    expect(rows).toHaveLength(list.children.length);
    // No row has a label (each row lowered the five words before: 330).
    expect(words).toEqual([]);
  });

  it("keeps each row's facts without functions of its own", () => {
    const { list } = linklessInbox(60);
    const facts = [...list.children].map((row) => readRowFacts(row as HTMLElement).row!);
    // The lazy fields are the class's, shared by every row (five getters per row before: 330).
    const own = facts.flatMap((row) =>
      Object.values(Object.getOwnPropertyDescriptors(row)).filter(
        (d) => typeof d.get === 'function' || typeof d.value === 'function',
      ),
    );
    expect(own).toEqual([]);
    expect(facts[0]).toMatchObject({
      title: 'Priya Nair',
      preview: 'I want to speak to a real person about my order, please',
      previewFromMe: false,
      unreadCount: 1,
      muted: false,
      group: false,
    });
  });

  it('hands its rows over without functions of their own, reading the preview on first use', () => {
    const { doc } = linklessInbox(60);
    const rows = launch().readInbox(doc, undefined).rows;
    expect(rows.length).toBe(66);
    // The lazy fields are the class's, shared by every row (four getters per row before: 264).
    const own = rows.flatMap((row) =>
      Object.values(Object.getOwnPropertyDescriptors(row)).filter(
        (d) => typeof d.get === 'function' || typeof d.value === 'function',
      ),
    );
    expect(own).toEqual([]);
    const first = rows[0]!;
    expect(first).toMatchObject({
      title: 'Priya Nair',
      preview: 'I want to speak to a real person about my order, please',
      previewFromMe: false,
      unreadCount: 1,
      muted: false,
      group: false,
    });
    expect(first.preview).toBe(readRowFacts(first.element).row?.preview);
  });

  it.each(['inbox-2026-buttonrows', 'inbox-2026-links'])(
    '%s: hands rows of one shape, none of them a prototype of another object',
    (fixture) => {
      const doc = loadFixture(fixture);
      const rows = launch().readInbox(doc, undefined).rows;
      expect(rows.length).toBeGreaterThan(3);
      // A row that inherited from its facts had a prototype of its own (one per row), and every
      // read of a row's field met another shape.
      const protos = new Set(rows.map((row) => Object.getPrototypeOf(row) as object));
      expect(protos.size).toBe(1);
      const [proto] = protos;
      expect(Object.getOwnPropertyDescriptor(proto, 'preview')?.get).toBeTypeOf('function');
      // The fields every read of a row looks at are the row's own.
      for (const row of rows)
        expect(Object.keys(row)).toEqual(
          expect.arrayContaining(['element', 'title', 'threadKey', 'unreadCount']),
        );
    },
  );

  it("reads the rows' pictures and lines from the queries' lists without copying them", () => {
    const { doc } = linklessInbox(60);
    const adapter = launch();
    const iterate = vi.spyOn(NodeList.prototype, Symbol.iterator);
    const rows = adapter.readInbox(doc, undefined).rows;
    expect(rows.length).toBe(66);
    // A copy (a spread) walked each list with an iterator: the rows' list once, and per row its
    // pictures and its lines (at least 133 before).
    expect(iterate).not.toHaveBeenCalled();
    expect(rows[0]).toMatchObject({ title: 'Priya Nair', unreadCount: 1 });
  });

  it("describes the rows' drawings in one map of the reader, not one map per row", () => {
    const { doc } = linklessInbox(60);
    const adapter = launch();
    let made = 0;
    vi.stubGlobal(
      'Map',
      class<K, V> extends Map<K, V> {
        constructor(entries?: Iterable<readonly [K, V]> | null) {
          super(entries);
          // Made by the adapter (jsdom's computed style makes maps of its own).
          if (/[\\/]lib[\\/]platforms[\\/]/.test(new Error().stack?.split('\n')[2] ?? '')) made++;
        }
      },
    );
    const rows = adapter.readInbox(doc, undefined).rows;
    vi.unstubAllGlobals();
    expect(rows.length).toBe(66);
    // The reader's few maps (one per row before: 66 more).
    expect(made).toBeLessThan(10);
    expect(rows.filter((row) => row.unreadCount > 0).length).toBeGreaterThan(0);
  });

  it('asks the list once for an unread dot, with a selector list joined once, not each row', () => {
    const { doc } = linklessInbox(60);
    const dotList = instagram.unreadDot.css.join(',');
    const join = Array.prototype.join;
    let joins = 0;
    vi.spyOn(Array.prototype, 'join').mockImplementation(function (this: unknown[], sep?: string) {
      if (this === instagram.unreadDot.css) joins++;
      return join.call(this, sep);
    });
    const one = vi.spyOn(Element.prototype, 'querySelector');
    const all = vi.spyOn(Element.prototype, 'querySelectorAll');
    const rows = launch().readInbox(doc, undefined).rows;
    expect(rows.length).toBe(66);
    // No row has a dot: one query over the list says so (asked of every row before: 66).
    expect(one.mock.calls.filter(([css]) => css === dotList)).toHaveLength(0);
    const asked = all.mock.contexts.filter((_, i) => all.mock.calls[i]?.[0] === dotList);
    expect(asked).toHaveLength(1);
    expect(rows.every((row) => (asked[0] as Element).contains(row.element))).toBe(true);
    // Joined when the module loaded (the old code joined it once per row: 66).
    expect(joins).toBe(0);
  });

  it('reads a dot that appears after a first read without any', () => {
    const { doc, list } = linklessInbox(10);
    const adapter = launch();
    const before = adapter.readInbox(doc, undefined).rows;
    const take = recorder(doc);
    const row = [...list.children].find(
      (r) => before.find((b) => b.element === r)?.unreadCount === 0,
    ) as HTMLElement;
    const dot = doc.createElement('span');
    dot.setAttribute('aria-label', UNREAD_LABELS[0] ?? '');
    row.append(dot);
    const after = adapter.readInbox(doc, take()).rows;
    expect(after.find((r) => r.element === row)?.unreadCount).toBe(1);
  });

  it('a row moved on a new message and drawn as before needs no computed style; a new drawing does', () => {
    const { doc, list } = linklessInbox(20);
    const adapter = launch();
    adapter.readInbox(doc, undefined);
    const take = recorder(doc);
    const styles = vi.spyOn(window, 'getComputedStyle');
    // A plain row gets a new message: its lines turn bold (a class seen on other rows) and it
    // moves to the top.
    const row = [...list.children]
      .slice(10)
      .find((r) => r.querySelector('.x1fhwpqd')) as HTMLElement;
    const plain = row.querySelector('.x1fhwpqd')!.className;
    for (const line of row.querySelectorAll('.x1fhwpqd')) line.className = 'x1lliihq x1s688f';
    row.querySelectorAll('[dir="auto"]')[1]!.textContent = 'Is it still available? · now';
    list.prepend(row);
    const moved = adapter.readInbox(doc, take());
    expect(moved.rows[0]).toMatchObject({ element: row, unreadCount: 1 });
    expect(styles.mock.calls.length).toBe(0);
    // Drawn with a class no row had: computed style is asked, and answers for it.
    for (const line of row.querySelectorAll('[dir="auto"]')) line.className = `${plain} xnew`;
    row.querySelectorAll('[dir="auto"]')[1]!.textContent = 'Never mind · now';
    const redrawn = adapter.readInbox(doc, take());
    expect(styles.mock.calls.length).toBeGreaterThan(0);
    expect(redrawn.rows[0]).toMatchObject({ element: row, unreadCount: 0 });
    expect(redrawn.rows[0]?.unreadCount).toBe(readRowFacts(row).row?.unreadCount);
  });
});
