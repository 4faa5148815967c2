// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { changedParts, commonAncestor, EVERYTHING } from '@/lib/content/changed-parts';

function page() {
  document.body.innerHTML = `<div id="side"><ul id="list"><li id="a">a</li><li id="b"><span id="b1">b</span></li></ul></div>
    <div id="wrap"><main id="main"><p id="m1">hi</p></main></div><div id="other"></div>`;
  const get = (id: string) => document.getElementById(id) as HTMLElement;
  return { get, list: get('list'), main: get('main') };
}

describe('which parts of the page changed', () => {
  it('finds the smallest element holding all chat rows', () => {
    const { get, list } = page();
    expect(commonAncestor([get('a'), get('b')])).toBe(list);
    expect(commonAncestor([get('a')])).toBe(list);
    expect(commonAncestor([])).toBeUndefined();
  });

  it('tells list changes from conversation changes', () => {
    const { get, list, main } = page();
    expect(changedParts([get('b1').firstChild as Node], list, main)).toEqual({
      list: true,
      thread: false,
    });
    expect(changedParts([get('m1')], list, main)).toEqual({ list: false, thread: true });
    expect(changedParts([get('a'), get('m1')], list, main)).toEqual({ list: true, thread: true });
  });

  it('re-reads everything for changes elsewhere, unknown parts, a replaced panel, or no detail', () => {
    const { get, list, main } = page();
    expect(changedParts([get('other')], list, main)).toBe(EVERYTHING);
    expect(changedParts([get('wrap')], list, main)).toBe(EVERYTHING);
    expect(changedParts([get('m1')], list, undefined)).toBe(EVERYTHING);
    expect(changedParts(undefined, list, main)).toBe(EVERYTHING);
    main.remove();
    expect(changedParts([get('a')], list, main)).toEqual({ list: true, thread: false });
    expect(changedParts([get('wrap')], list, main)).toBe(EVERYTHING);
  });
});
