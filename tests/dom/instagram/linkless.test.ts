// @vitest-environment jsdom
/**
 * The 2026 inbox whose rows carry no link: unread shows only as bold text from a stylesheet class.
 * Proved here: computed style is read once per drawing (tags, classes and inline styles from the
 * line up to the row), not per row, and a row drawn differently is still asked; the answers are
 * those of a read without the memo. No timings: computed-style reads are counted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInstagramAdapter } from '../../../lib/platforms/instagram/adapter';
import { readRowFacts } from '../../../lib/platforms/instagram/inbox-rows';
import type { PageChanges } from '../../../lib/platforms/types';
import { loadFixture } from './fixture';

/** Records the page's mutations from now on, as the runtime's observer does. */
function recorder(doc: Document) {
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  return (): PageChanges => {
    const records = observer.takeRecords();
    return {
      targets: [...new Set(records.map((r) => r.target))],
      added: records.flatMap((r) => [...r.addedNodes]),
      removed: records.flatMap((r) => [...r.removedNodes]),
    };
  };
}

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
