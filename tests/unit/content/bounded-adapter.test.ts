/**
 * The runtime's view of an adapter with every key bounded to what a report may carry: the same
 * bounded object for the same row, and, per read, only the rows the adapter did not hand over at
 * the same place last time are looked at (counted on the rows' keys).
 */
import { describe, expect, it } from 'vitest';
import { withBoundedKeys } from '@/lib/content/bounded-adapter';
import { boundKey, REPORT_LIMITS } from '@/lib/limits';
import type { InboxRead, InboxRow, PlatformAdapter } from '@/lib/platforms/types';

/** Rows whose keys were read, counted per row. */
const keyReads = new Map<string, number>();

function row(title: string, key = `wa:title:${title}`): InboxRow {
  return {
    element: {} as HTMLElement,
    get threadKey() {
      keyReads.set(title, (keyReads.get(title) ?? 0) + 1);
      return key;
    },
    title,
    preview: '',
    previewFromMe: false,
    unreadCount: 0,
    muted: false,
    group: false,
  };
}

/** An adapter that hands over whatever the test put in `next`. */
function fakeAdapter() {
  const state: { next: InboxRead } = { next: { rows: [], fresh: [] } };
  const adapter: PlatformAdapter = {
    platform: 'whatsapp',
    isSupportedUrl: () => true,
    health: () => ({ state: 'connected' }),
    observeTargets: () => [],
    readInbox: () => state.next,
    openThread: () => undefined,
    readMessages: () => ({ messages: [], fromScratch: false }),
    composer: () => undefined,
    bannerAnchor: () => undefined,
  };
  return { state, bounded: withBoundedKeys(adapter) };
}

const LONG = `wa:title:${'x'.repeat(REPORT_LIMITS.threadKey + 50)}`;
const read = (bounded: PlatformAdapter) => bounded.readInbox({} as Document, undefined);

describe('withBoundedKeys, inbox rows', () => {
  it('bounds long keys and keeps each row the same object from read to read', () => {
    const { state, bounded } = fakeAdapter();
    const rows = [row('ana'), row('long', LONG), row('bia')];
    state.next = { rows, fresh: rows };
    const first = read(bounded);
    expect(first.rows.map((r) => r.threadKey)).toEqual([
      'wa:title:ana',
      boundKey(LONG, REPORT_LIMITS.threadKey),
      'wa:title:bia',
    ]);
    expect(first.rows[0]).toBe(rows[0]);
    expect(first.fresh).toEqual(first.rows);
    // A row added on top: the others keep their objects, the long one its bounded object.
    const added = row('caio');
    state.next = { rows: [added, ...rows], fresh: [added] };
    const second = read(bounded);
    expect(second.rows.map((r) => r.title)).toEqual(['caio', 'ana', 'long', 'bia']);
    expect(second.rows.slice(1)).toEqual(first.rows);
    expect(second.rows[2]).toBe(first.rows[1]);
    expect(second.fresh).toEqual([second.rows[0]]);
  });

  it('looks only at the row read anew when one row of 500 was read again in its place', () => {
    const { state, bounded } = fakeAdapter();
    const rows = Array.from({ length: 500 }, (_, i) => row(`chat ${i}`));
    state.next = { rows, fresh: rows };
    const first = read(bounded);
    keyReads.clear();
    const again = row('chat 7', LONG);
    const next = rows.slice();
    next[7] = again;
    state.next = { rows: next, fresh: [again] };
    const second = read(bounded);
    expect([...keyReads.keys()]).toEqual(['chat 7']);
    expect(second.rows[7]?.threadKey).toBe(boundKey(LONG, REPORT_LIMITS.threadKey));
    expect(second.rows.filter((_, i) => i !== 7)).toEqual(first.rows.filter((_, i) => i !== 7));
    // Nothing changed at all: no key is read, and the answer is the last one.
    keyReads.clear();
    state.next = { rows: next, fresh: [] };
    expect(read(bounded).rows).toBe(second.rows);
    expect(keyReads.size).toBe(0);
  });

  it('hands a long-keyed row on as an object that inherits its facts, read when asked', () => {
    let reads = 0;
    class Row implements InboxRow {
      readonly element = {} as HTMLElement;
      readonly title = 'long';
      readonly unreadCount = 2;
      readonly previewFromMe = false;
      readonly muted = false;
      readonly group = false;
      constructor(readonly threadKey: string) {}
      get preview() {
        reads++;
        return 'the strap broke';
      }
    }
    const { state, bounded } = fakeAdapter();
    const rows = [new Row(LONG)];
    state.next = { rows, fresh: rows };
    const [handed] = read(bounded).rows;
    // A copy read the preview at once, and lost a getter of the row's class.
    expect(reads).toBe(0);
    expect(handed?.threadKey).toBe(boundKey(LONG, REPORT_LIMITS.threadKey));
    expect(handed?.preview).toBe('the strap broke');
    expect(reads).toBe(1);
    expect(handed).toMatchObject({ title: 'long', unreadCount: 2, previewFromMe: false });
  });

  it('sees a row replaced in an array the adapter changed in place', () => {
    const { state, bounded } = fakeAdapter();
    const rows = [row('ana'), row('bia')];
    state.next = { rows, fresh: rows };
    read(bounded);
    rows[1] = row('bia', LONG);
    state.next = { rows, fresh: [rows[1]] };
    expect(read(bounded).rows[1]?.threadKey).toBe(boundKey(LONG, REPORT_LIMITS.threadKey));
  });
});
