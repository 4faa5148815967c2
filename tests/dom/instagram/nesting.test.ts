// @vitest-environment jsdom
/**
 * outermost / innermost (lib/platforms/instagram/dom.ts) over a query's matches: the same answer
 * as comparing every pair, `within` never counted as an ancestor, and one `contains` per element
 * (no walk up the tree, no set). Every inbox row's text lines and every row match go through them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { innermost, outermost } from '../../../lib/platforms/instagram/dom';

function tree(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** What comparing every pair gives: no other element of the list is an ancestor (a descendant). */
const byPairs = {
  outer: (els: Element[], within?: Element) =>
    els.filter((el) => !els.some((o) => o !== el && o !== within && o.contains(el))),
  inner: (els: Element[], within?: Element) =>
    els.filter((el) => el === within || !els.some((o) => o !== el && el.contains(o))),
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('outermost and innermost matches', () => {
  const html = `
    <p id="a"><span id="a1"><b id="a11"></b></span><span id="a2"></span></p>
    <p id="b"></p>
    <p id="c"><span id="c1"></span></p>`;

  it('give what comparing every pair gives, for any selection in document order', () => {
    const root = tree(html);
    const all = [...root.querySelectorAll('*')];
    // Every subset of the eight elements, in document order.
    for (let mask = 1; mask < 1 << all.length; mask++) {
      const els = all.filter((_, i) => mask & (1 << i));
      expect(outermost(els, root)).toEqual(byPairs.outer(els, root));
      expect(innermost(els, root)).toEqual(byPairs.inner(els, root));
      // With the first element as `within` (a row matched by its own row selector).
      const first = els[0];
      expect(outermost(els, first)).toEqual(byPairs.outer(els, first));
      expect(innermost(els, first)).toEqual(byPairs.inner(els, first));
    }
  });

  it('ask one contains per element and build no set', () => {
    const root = tree(html);
    const els = [...root.querySelectorAll('*')];
    const contains = vi.spyOn(Node.prototype, 'contains');
    const adds = vi.spyOn(Set.prototype, 'add');
    outermost(els, root);
    expect(contains.mock.calls.length).toBeLessThanOrEqual(els.length);
    contains.mockClear();
    innermost(els, root);
    expect(contains.mock.calls.length).toBeLessThanOrEqual(els.length);
    expect(adds).not.toHaveBeenCalled();
  });
});
