/**
 * Outgoing or incoming for one Instagram message row. No attribute says it, so signals are tried
 * from most to least explicit (dom-reference.md §2.3): (1) a hidden "You sent" text or aria-label
 * (localised), (2) right alignment in the computed style between the bubble and the row
 * (justify-content:flex-end on a row-direction flex box, or align-self:flex-end inside a
 * column-direction one; atomic classes, so computed style, never the class), (3) geometry when
 * there is layout: the bubble's centre right of the panel's centre, (4) default "them". The
 * default errs toward flagging a message rather than missing a customer's. Read-only.
 */
import { closest, queryFirst } from '../selector-spec';
import { computedStyle, layoutRect, leafElements } from './dom';
import { isYouSentLabel } from './labels';
import { instagram } from './selectors';

export type Direction = 'me' | 'them';

export function hasYouSentMarker(row: Element): boolean {
  if (queryFirst(row, instagram.youSent)) return true;
  // The person's own text (dir="auto") never counts, even if it reads "You sent".
  return leafElements(row).some(
    (el) => isYouSentLabel(el.textContent) && !closest(el, instagram.text),
  );
}

const END = new Set(['flex-end', 'end', 'right']);

function isRightAligned(el: Element): boolean {
  const style = computedStyle(el);
  if (!style) return false;
  if (style.display.includes('flex') && END.has(style.justifyContent)) {
    const direction = style.flexDirection === '' ? 'row' : style.flexDirection;
    if (direction === 'row') return true;
  }
  if (END.has(style.alignSelf) && el.parentElement) {
    const parent = computedStyle(el.parentElement);
    if (parent?.flexDirection.startsWith('column') === true) return true;
  }
  return false;
}

/** Whether any element from `from` up to `row` (inclusive) aligns its content to the right. */
export function hasFlexEnd(from: Element, row: Element): boolean {
  for (let node: Element | null = from; node; node = node.parentElement) {
    if (isRightAligned(node)) return true;
    if (node === row) break;
  }
  return false;
}

/** Geometry: 'me' / 'them' when both boxes have layout, else undefined. */
export function sideOf(bubble: Element, panel: Element): Direction | undefined {
  const box = layoutRect(bubble);
  const frame = layoutRect(panel);
  if (!box || !frame) return undefined;
  return box.left + box.width / 2 > frame.left + frame.width / 2 ? 'me' : 'them';
}

export function detectDirection(row: Element, bubble: Element, panel: Element): Direction {
  if (hasYouSentMarker(row)) return 'me';
  if (hasFlexEnd(bubble, row)) return 'me';
  return sideOf(bubble, panel) ?? 'them';
}
