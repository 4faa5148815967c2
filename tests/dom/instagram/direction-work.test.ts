// @vitest-environment jsdom
/**
 * What placing a message row (outgoing or incoming) asks of the page once a row drawn the same way
 * was placed: nothing of its elements' style, inline or computed, nor of its layout. A new message
 * is most often drawn like the one before it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DrawingMemo } from '../../../lib/platforms/instagram/dom';
import type { Direction } from '../../../lib/platforms/instagram/direction';
import { parseMessageRow } from '../../../lib/platforms/instagram/message-row';
import { watchCalls } from '../../shared/dom-calls';

/** Rows as the bench page draws them: the alignment written inline on the bubble's box. */
function thread(): HTMLElement[] {
  document.body.innerHTML = `<div id="list">${['them', 'them', 'me', 'me']
    .map(
      (side, i) => `<div class="x1n2onr6">
        <div role="none" class="msgrow" style="${side === 'me' ? 'display: flex; justify-content: flex-end' : 'display: flex'}">
          <div role="presentation" class="bubble"><div dir="auto">message ${String(i)}</div></div>
        </div>
      </div>`,
    )
    .join('')}</div>`;
  const rows = [...(document.getElementById('list') as HTMLElement).children] as HTMLElement[];
  // Layout, which jsdom has none of: every bubble on the left half of the panel.
  for (const bubble of document.querySelectorAll('[role="presentation"]'))
    bubble.getBoundingClientRect = () => {
      boxes++;
      return new DOMRect(10, 0, 100, 20);
    };
  return rows;
}

/** Bubble boxes asked for. */
let boxes = 0;

const PANEL = () => new DOMRect(0, 0, 1000, 800);

/** Per row: its author, and the style attribute checks, computed styles and boxes asked. */
function placeEach(rows: HTMLElement[]) {
  const memo = new DrawingMemo<Direction>();
  const computed = vi.spyOn(window, 'getComputedStyle');
  try {
    return rows.map((row) => {
      let inline = 0;
      computed.mockClear();
      boxes = 0;
      const restore = watchCalls(
        [[Element.prototype, 'hasAttribute', 'value']],
        (_, _self, args) => {
          if (args[0] === 'style') inline++;
        },
      );
      try {
        const parsed = parseMessageRow(row, PANEL, memo);
        const author = parsed.kind === 'message' ? parsed.author : parsed.kind;
        return { author, inline, computed: computed.mock.calls.length, layout: boxes };
      } finally {
        restore();
      }
    });
  } finally {
    computed.mockRestore();
  }
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('instagram message direction: the work of a row drawn like an earlier one', () => {
  it('the first row of each drawing is placed from its style and layout', () => {
    const [incoming, , outgoing] = placeEach(thread());
    // Incoming: no inline alignment, then computed style, then the bubble's side of the panel.
    expect(incoming?.author).toBe('them');
    expect(incoming?.inline).toBeGreaterThan(0);
    expect(incoming?.computed).toBeGreaterThan(0);
    expect(incoming?.layout).toBe(1);
    // Outgoing: its inline style answers, before any computed style.
    expect(outgoing).toMatchObject({ author: 'me', computed: 0, layout: 0 });
    expect(outgoing?.inline).toBeGreaterThan(0);
  });

  it('a later row drawn the same way is placed as the earlier one, asking nothing of its style', () => {
    const [, incoming, , outgoing] = placeEach(thread());
    expect(incoming).toEqual({ author: 'them', inline: 0, computed: 0, layout: 0 });
    expect(outgoing).toEqual({ author: 'me', inline: 0, computed: 0, layout: 0 });
  });
});
