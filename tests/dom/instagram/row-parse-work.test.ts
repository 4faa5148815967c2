// @vitest-environment jsdom
/**
 * What parsing one message row asks of the page, counted over every row of the thread fixtures
 * (the first look parses the newest block of rows, and each new message its row): text reads of
 * whole subtrees, element lists, queries and inline style objects. Most rows hold plain text and
 * no label ("You sent", "replied to"), and a row's parse then reads the row's text once.
 */
import { describe, expect, it } from 'vitest';
import { DrawingMemo } from '../../../lib/platforms/instagram/dom';
import type { Direction } from '../../../lib/platforms/instagram/direction';
import { parseMessageRow, type ParsedRow } from '../../../lib/platforms/instagram/message-row';
import { ThreadLocator } from '../../../lib/platforms/instagram/open-thread';
import { watchCalls } from '../../shared/dom-calls';
import { loadFixture, messageRows } from './fixture';

const THREADS = [
  'thread-2026',
  'thread-group',
  'thread-2026-e2ee',
  'thread-2026-unlabelled',
  'thread-2025-grid',
] as const;

type Counts = Record<'textReads' | 'elementLists' | 'textQueries' | 'styleObjects', number>;

/**
 * Counts the script's own calls: a call the DOM makes inside another (jsdom's selector engine
 * lists elements itself) is not the script's and is not counted.
 */
function countCalls(counts: Counts): () => void {
  return watchCalls(
    [
      [Node.prototype, 'textContent', 'get'],
      [Element.prototype, 'getElementsByTagName', 'value'],
      [Element.prototype, 'querySelectorAll', 'value'],
      [HTMLElement.prototype, 'style', 'get'],
      // Not counted, but what the DOM does inside them is not the script's either.
      [Element.prototype, 'querySelector', 'value'],
      [Element.prototype, 'matches', 'value'],
      [Element.prototype, 'closest', 'value'],
    ],
    (name, _self, args) => {
      const key = COUNTED[name]?.(args[0]);
      if (key) counts[key]++;
    },
  );
}

/** Which count a call of each member adds to (by its first argument), if any. */
const COUNTED: Record<string, ((first: unknown) => keyof Counts | undefined) | undefined> = {
  textContent: () => 'textReads',
  getElementsByTagName: () => 'elementLists',
  querySelectorAll: (css) => (css === '[dir="auto"]' ? 'textQueries' : undefined),
  style: () => 'styleObjects',
};

interface RowWork extends Counts {
  row: HTMLElement;
  parsed: ParsedRow;
}

/** Parses every row of the fixture's open thread in turn, cold, counting what each asks. */
function parseEach(fixture: string): RowWork[] {
  const doc = loadFixture(fixture, '/direct/t/1/');
  const root = new ThreadLocator().findContainer(doc);
  if (!root) throw new Error(`no thread in ${fixture}`);
  const memo = new DrawingMemo<Direction>();
  return messageRows(root).map((row) => {
    const counts: Counts = { textReads: 0, elementLists: 0, textQueries: 0, styleObjects: 0 };
    const restore = countCalls(counts);
    try {
      return { row, parsed: parseMessageRow(row, () => undefined, memo), ...counts };
    } finally {
      restore();
    }
  });
}

/** The words of the labels a row may carry (labels.ts), in the three languages. */
const LABEL_WORDS =
  /you sent|você enviou|enviaste|has enviado|replied to|respondeu [aà]|respondió a|respondiste a|has respondido a/iu;

const rowText = (row: Element) => row.textContent.replace(/\s+/gu, ' ');
const elementsIn = (row: Element) => [row, ...row.querySelectorAll('*')];

const cases = THREADS.flatMap((fixture) =>
  parseEach(fixture)
    .filter((work) => work.parsed.kind !== 'break')
    .map((work, i) => ({ name: `${fixture} row ${String(i)}`, ...work })),
);
const plainRows = cases.filter(({ row }) => !LABEL_WORDS.test(rowText(row)));
const labelledRows = cases.filter(({ row }) => LABEL_WORDS.test(rowText(row)));

describe('instagram message-row parse: the work of one row', () => {
  it('the fixtures hold rows of both kinds', () => {
    expect(plainRows.length).toBeGreaterThan(10);
    expect(labelledRows.length).toBeGreaterThan(3);
  });

  it.each(plainRows)(
    '$name: without label words, the row text is read once and no element is listed',
    ({ textReads, elementLists }) => {
      expect({ textReads, elementLists }).toEqual({ textReads: 1, elementLists: 0 });
    },
  );

  it.each(labelledRows)(
    '$name: with label words, each element text is read at most once',
    ({ row, textReads, elementLists }) => {
      // The row's own text, then each element's at most once (leaves and dir="auto" texts).
      expect(textReads).toBeLessThanOrEqual(elementsIn(row).length);
      expect(elementLists).toBe(1);
    },
  );

  it.each(cases)(
    '$name: the dir="auto" elements are listed once, inline styles only where set',
    ({ row, parsed, textQueries, styleObjects }) => {
      if (parsed.kind !== 'ignored') expect(textQueries).toBe(1);
      const styled = elementsIn(row).filter((el) => el.hasAttribute('style')).length;
      expect(styleObjects).toBeLessThanOrEqual(styled);
    },
  );
});

describe('instagram message-row parse: labels looked for by the row text', () => {
  it('finds a reply label and a "You sent" text beside a long message', () => {
    const long = 'Order 4471 arrived broken. '.repeat(8);
    document.body.innerHTML = `<div id="row">
      <div><span>You replied to Sam</span></div>
      <div role="button"><div dir="auto">Where is my order?</div></div>
      <div role="none"><div role="presentation">
        <span>You sent</span><div dir="auto">${long}</div>
      </div></div>
    </div>`;
    const row = document.getElementById('row') as HTMLElement;
    expect(parseMessageRow(row, () => undefined)).toEqual({
      kind: 'message',
      author: 'me',
      text: long.trim(),
      quoted: 'Where is my order?',
      media: undefined,
      senderLabel: undefined,
    });
  });
});
