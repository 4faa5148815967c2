// @vitest-environment jsdom
/**
 * An element's own style read from its style attribute's text: the same answer as the element's
 * style object wherever the text answers, the style object asked wherever the text could say
 * something else (shorthands, `!important`, functions, comments, values outside the keywords),
 * and no style object made by a first look at the fixtures' inline weights and alignments.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInstagramAdapter } from '../../../lib/platforms/instagram/adapter';
import {
  inlineValue,
  plainValue,
  type StyleProperty,
} from '../../../lib/platforms/instagram/inline-style';
import { loadFixture } from './fixture';

const PROPERTIES: StyleProperty[] = [
  'overflowY',
  'flexDirection',
  'fontWeight',
  'display',
  'justifyContent',
  'alignSelf',
];

/** Texts the text answers for every property. */
const PLAIN = [
  '',
  'font-weight: 700',
  'font-weight:400;',
  'FONT-WEIGHT: bold',
  'display: flex',
  'display: flex; justify-content: flex-end',
  'overflow-y: auto; display: flex; flex-direction: column-reverse',
  'display: flex; flex-direction: column; height: 100%',
  'font-size: 12px; color: #737373',
  'text-align: right; color: #737373; font-size: 12px',
  'align-self: flex-end;  ',
  'font-weight: 400; font-weight: 600',
  'display: inline-flex; justify-content: center; align-self: stretch',
];

/** Texts left to the style object for the property named. */
const NOT_PLAIN: [string, StyleProperty][] = [
  ['font: bold 12px serif', 'fontWeight'],
  ['font-weight: 700 !important', 'fontWeight'],
  ['font-weight: 550', 'fontWeight'],
  ['font-weight: BOLD', 'fontWeight'],
  ['font-weight: var(--w)', 'fontWeight'],
  ['/* font-weight: 700 */ color: red', 'fontWeight'],
  ['overflow: auto', 'overflowY'],
  ['all: unset', 'display'],
  ['flex-flow: column-reverse wrap', 'flexDirection'],
  ['place-content: end', 'justifyContent'],
  ['place-self: end', 'alignSelf'],
  ['display: block flex', 'display'],
  ['justify-content: safe end', 'justifyContent'],
  ['justify-content: space-between', 'justifyContent'],
  ['display: inline-block', 'display'],
  ['color red; font-weight: 700', 'fontWeight'],
  ['position: absolute; clip: rect(0 0 0 0); display: flex', 'display'],
  ['background: url("a;font-weight:700")', 'fontWeight'],
];

function styled(text: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('style', text);
  return el;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('instagram inline style from the attribute text', () => {
  it.each(PLAIN)('answers for %j as the style object does', (text) => {
    const el = styled(text);
    for (const property of PROPERTIES) {
      expect([property, plainValue(text, property)]).toEqual([property, el.style[property]]);
    }
  });

  it.each(NOT_PLAIN)('leaves %j to the style object (%s)', (text, property) => {
    expect(plainValue(text, property)).toBeUndefined();
    const el = styled(text);
    expect(inlineValue(el, property)).toBe(el.style[property]);
  });

  it('is empty without a style attribute, reading no attribute text', () => {
    const el = document.createElement('div');
    const read = vi.spyOn(el, 'getAttribute');
    expect(inlineValue(el, 'fontWeight')).toBe('');
    expect(read).not.toHaveBeenCalled();
  });
});

describe('instagram inline style: no style object in a first look', () => {
  /** Counts the style objects asked of elements from now on. */
  function countStyleObjects(): () => number {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'style');
    const get = descriptor?.get;
    if (!get) throw new Error('no style getter');
    let made = 0;
    vi.spyOn(HTMLElement.prototype, 'style', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      made++;
      return get.call(this) as CSSStyleDeclaration;
    });
    return () => made;
  }

  it('reads the linked inbox, whose lines write their weight inline, without one', () => {
    const doc = loadFixture('inbox-2026-links', '/direct/inbox/');
    const made = countStyleObjects();
    const rows = createInstagramAdapter({ signal: new AbortController().signal }).readInbox(
      doc,
      undefined,
    ).rows;
    expect(rows.filter((row) => row.unreadCount > 0).length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.unreadCount === 0).length).toBeGreaterThan(0);
    // Each line with a weight written inline made one before (both lines of a read row).
    expect(made()).toBe(0);
  });

  it.each(['thread-2026', 'thread-group'])(
    '%s: finds the scroller and reads the directions written inline without one',
    (fixture) => {
      const doc = loadFixture(fixture, '/direct/t/1/');
      const made = countStyleObjects();
      const adapter = createInstagramAdapter({ signal: new AbortController().signal });
      const thread = adapter.openThread(doc);
      if (!thread) throw new Error(`no thread in ${fixture}`);
      const { messages } = adapter.readMessages(thread, {
        changes: undefined,
        stopAt: () => false,
        history: 0,
      });
      expect(messages.some((m) => m.author === 'me')).toBe(true);
      expect(messages.some((m) => m.author === 'them')).toBe(true);
      expect(made()).toBe(0);
    },
  );
});
