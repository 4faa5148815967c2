// @vitest-environment jsdom
/**
 * What a whole read of the inbox asks of the page per row, counted over the inbox fixtures (the
 * first pass reads 500 rows this way): the script's own calls into the DOM, by method (and, for
 * attributes, by name). A call the DOM makes inside another (jsdom's selector engine) is not the
 * script's and is not counted.
 */
import { describe, expect, it } from 'vitest';
import { createInstagramAdapter } from '../../../lib/platforms/instagram/adapter';
import type { InboxRow } from '../../../lib/platforms/types';
import { watchCalls, type Member } from '../../shared/dom-calls';
import { loadFixture } from './fixture';

const INBOXES = ['inbox-2026-links', 'inbox-2026-buttons', 'inbox-2026-buttonrows'] as const;

/** The script's calls, in order: method (attributes with their name) and the object asked. */
type Calls = [string, unknown][];

const METHODS: Member[] = [
  [Element.prototype, 'getAttribute', 'value'],
  [Element.prototype, 'hasAttribute', 'value'],
  [Element.prototype, 'querySelector', 'value'],
  [Element.prototype, 'querySelectorAll', 'value'],
  [Document.prototype, 'querySelector', 'value'],
  [Document.prototype, 'querySelectorAll', 'value'],
  [Element.prototype, 'closest', 'value'],
  [Element.prototype, 'matches', 'value'],
  [Element.prototype, 'getElementsByTagName', 'value'],
  [Node.prototype, 'contains', 'value'],
  [Node.prototype, 'textContent', 'get'],
  [HTMLElement.prototype, 'style', 'get'],
];

/** Counts the script's calls of METHODS while `run` runs (attributes by name). */
function countCalls<T>(run: () => T): { result: T; calls: Calls } {
  const calls: Calls = [];
  const restore = watchCalls(METHODS, (name, self, args) => {
    calls.push([name.endsWith('Attribute') ? `${name}(${String(args[0])})` : name, self]);
  });
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (el, pseudo) => {
    calls.push(['getComputedStyle', el]);
    return computed(el, pseudo);
  };
  try {
    return { result: run(), calls };
  } finally {
    window.getComputedStyle = computed;
    restore();
  }
}

function readWhole(fixture: string): { rows: readonly InboxRow[]; calls: Calls } {
  const doc = loadFixture(fixture);
  const adapter = createInstagramAdapter({ signal: new AbortController().signal });
  const { result, calls } = countCalls(() => adapter.readInbox(doc, undefined).rows);
  return { rows: result, calls };
}

/** How many calls of `key` the script made of each row itself. */
function askedOfRows(key: string, { rows, calls }: { rows: readonly InboxRow[]; calls: Calls }) {
  const elements = new Set(rows.map((row) => row.element));
  return calls.filter(([k, target]) => k === key && elements.has(target as HTMLElement)).length;
}

describe('instagram inbox read: the work per row', () => {
  it.each(INBOXES)('%s: a row is asked for neither its label nor an enclosing link', (fixture) => {
    const read = readWhole(fixture);
    expect(read.rows.length).toBeGreaterThan(4);
    expect(askedOfRows('getAttribute(aria-label)', read)).toBe(0);
    expect(askedOfRows('closest', read)).toBe(0);
  });
});
