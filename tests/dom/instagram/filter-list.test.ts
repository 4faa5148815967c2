// @vitest-environment jsdom
/**
 * filterList (lib/platforms/instagram/dom.ts), which every whole inbox read runs over each row's
 * query results: the same elements as Array's filter, each read once by index, and the list never
 * asked whether an index exists (Array's filter called on a NodeList asks that before each read,
 * one more call into the browser per element). Counted with a list that records what it is asked.
 */
import { describe, expect, it } from 'vitest';
import { filterList } from '../../../lib/platforms/instagram/dom';

/** An array-like over `items` that counts the questions it is asked, as a NodeList is asked. */
function countingList<T>(items: readonly T[]) {
  const asked = { has: 0, reads: 0, length: 0 };
  const list = new Proxy({} as ArrayLike<T>, {
    has(_, key) {
      asked.has++;
      return typeof key === 'string' && Number(key) < items.length;
    },
    get(_, key) {
      if (key === 'length') {
        asked.length++;
        return items.length;
      }
      asked.reads++;
      return typeof key === 'string' ? items[Number(key)] : undefined;
    },
  });
  return { list, asked };
}

describe('filterList over a query result', () => {
  it('keeps what Array filter keeps, in order', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p id="a"></p><span id="b"></span><p id="c"></p><p id="d"></p>';
    const found = root.querySelectorAll('*');
    const keep = (el: Element) => el.id !== 'c';
    expect(filterList(found, keep)).toEqual([...found].filter(keep));
    expect(filterList(root.querySelectorAll('em'), keep)).toEqual([]);
  });

  it('reads each element once by index and never asks whether an index exists', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const { list, asked } = countingList(items);
    const kept = filterList(list, (n) => n % 3 === 0);
    expect(kept).toEqual(items.filter((n) => n % 3 === 0));
    // Array's filter on an array-like: 50 questions "is there an index" and 50 reads.
    expect(asked).toEqual({ has: 0, reads: 50, length: 1 });
  });
});
