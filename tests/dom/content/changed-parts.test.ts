// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { changedParts, EVERYTHING } from '@/lib/content/changed-parts';
import { commonAncestor } from '@/lib/platforms/dom-tree';

function page() {
  document.body.innerHTML = `<div id="side"><ul id="list"><li id="a">a</li><li id="b"><span id="b1">b</span></li></ul></div>
    <div id="wrap"><main id="main"><p id="m1">hi</p></main></div><div id="other"></div>`;
  const get = (id: string) => document.getElementById(id) as HTMLElement;
  return { get, list: get('list'), main: get('main') };
}

/** Changes at these targets, all in one observed element. */
const at = (...targets: Node[]) => [{ targets, added: [], removed: [] }];

describe('which parts of the page changed', () => {
  it('finds the smallest element holding all chat rows', () => {
    const { get, list } = page();
    expect(commonAncestor([get('a'), get('b')])).toBe(list);
    expect(commonAncestor([get('a')])).toBe(list);
    expect(commonAncestor([])).toBeUndefined();
  });

  it('reads the rows by index, without iterating over them (500 inbox rows at load)', () => {
    const { get, list } = page();
    const rows = [get('a'), get('b1')];
    let iterations = 0;
    const iterate = Array.prototype[Symbol.iterator];
    Object.defineProperty(rows, Symbol.iterator, {
      value(this: HTMLElement[]) {
        iterations++;
        return iterate.call(this);
      },
    });
    expect(commonAncestor(rows)).toBe(list);
    expect(iterations).toBe(0);
  });

  it('tells inbox changes from thread changes', () => {
    const { get, list, main } = page();
    expect(changedParts(at(get('b1').firstChild as Node), list, main)).toEqual({
      inbox: 'changed',
      thread: 'unchanged',
      elsewhere: false,
    });
    expect(changedParts(at(get('m1')), list, main)).toEqual({
      inbox: 'unchanged',
      thread: 'changed',
      elsewhere: false,
    });
    expect(changedParts(at(get('a'), get('m1')), list, main)).toEqual({
      inbox: 'changed',
      thread: 'changed',
      elsewhere: false,
    });
    // The same changes in two observed elements.
    expect(changedParts([...at(get('a')), ...at(get('m1'))], list, main)).toEqual({
      inbox: 'changed',
      thread: 'changed',
      elsewhere: false,
    });
  });

  it('reads a part from scratch when it was replaced or never read, and looks elsewhere', () => {
    const { get, list, main } = page();
    expect(changedParts(at(get('other')), list, main)).toEqual({
      inbox: 'unchanged',
      thread: 'unchanged',
      elsewhere: true,
    });
    expect(changedParts(at(get('m1')), list, undefined)).toEqual({
      inbox: 'unchanged',
      thread: 'unknown',
      elsewhere: true,
    });
    expect(changedParts(undefined, list, main)).toBe(EVERYTHING);
    main.remove();
    expect(changedParts(at(get('a')), list, main)).toEqual({
      inbox: 'changed',
      thread: 'unknown',
      elsewhere: true,
    });
    expect(changedParts(at(get('wrap')), list, main)).toEqual({
      inbox: 'unchanged',
      thread: 'unknown',
      elsewhere: true,
    });
  });
});
