/**
 * Outgoing or incoming for one Instagram message row. No attribute says it, so signals are tried
 * from most to least explicit and from cheapest to dearest (docs/site-markup.md): (1) a hidden
 * "You sent" text or aria-label (localised), (2) right alignment written in an inline style
 * between the bubble and the row (no style recalculation), (3) right alignment in the computed
 * style (justify-content:flex-end on a row-direction flex box, or align-self:flex-end inside a
 * column-direction one; atomic classes, so computed style, never the class), (4) geometry when
 * there is layout: the bubble's centre right of the panel's centre, (5) default "them". Computed
 * style and geometry force style/layout work, so they run only when (1) and (2) found nothing.
 * What (2) to (4) answer is remembered per drawing (`AlignmentMemo`): rows whose elements from the
 * bubble up to the row carry the same tags, classes and inline styles are drawn by the same CSS
 * rules and sit on the same side, so a new row drawn like an earlier one is placed without
 * reading its inline styles, style or layout again (`drawingOf` in dom.ts). The default errs
 * toward flagging a message rather than missing a customer's. Read-only.
 */
import { closest } from '../selector-spec';
import {
  computedStyle,
  drawingOf,
  layoutRect,
  leafTexts,
  type DrawingMemo,
  type LeafText,
} from './dom';
import { inlineValue } from './inline-style';
import { isYouSentLabel } from './labels';
import { hasMatch, listOf } from './query';
import { instagram } from './selectors';

export type Direction = 'me' | 'them';

/** Asked of every message row: joined once. */
const YOU_SENT = listOf(instagram.youSent);

/** A hidden "You sent" label; `leaves` are the row's leaf elements when the caller has them. */
export function hasYouSentMarker(row: Element, leaves?: readonly LeafText[]): boolean {
  if (hasMatch(row, YOU_SENT)) return true;
  // The person's own text (dir="auto") never counts, even if it reads "You sent".
  return (leaves ?? leafTexts(row)).some(
    ({ el, text }) => isYouSentLabel(text) && !closest(el, instagram.text),
  );
}

const END: readonly string[] = ['flex-end', 'end', 'right'];

/** One element's value of a style property. */
type Alignment = (property: 'display' | 'justifyContent' | 'flexDirection' | 'alignSelf') => string;

function alignsRight(style: Alignment, parent: () => Alignment | undefined): boolean {
  if (style('display').includes('flex') && END.includes(style('justifyContent'))) {
    const direction = style('flexDirection');
    if (direction === '' || direction === 'row') return true;
  }
  if (END.includes(style('alignSelf'))) {
    if (parent()?.('flexDirection').startsWith('column') === true) return true;
  }
  return false;
}

/** The element's own style, read only when it has a style attribute (else it sets nothing). */
function inlineStyle(el: Element | null): Alignment | undefined {
  return el?.hasAttribute('style') ? (property) => inlineValue(el, property) : undefined;
}

/** The element's computed style as an Alignment (none without a window). */
function computedAlignment(el: Element | null): Alignment | undefined {
  const style = el ? computedStyle(el) : undefined;
  return style ? (property) => style[property] : undefined;
}

/**
 * Whether any element from `from` up to `row` (inclusive) aligns its content to the right, by the
 * style `styleOf` reads (its own style attribute, or its computed style).
 */
function alignsRightUpTo(
  from: Element,
  row: Element,
  styleOf: (el: Element | null) => Alignment | undefined,
): boolean {
  for (let node: Element | null = from; node; node = node.parentElement) {
    const style = styleOf(node);
    const el = node;
    if (style && alignsRight(style, () => styleOf(el.parentElement))) return true;
    if (node === row) break;
  }
  return false;
}

/** A box, or undefined when there is no layout; callers pass the panel's box once per pass. */
export type BoxOf = () => DOMRect | undefined;

/** Geometry: 'me' / 'them' when both boxes have layout, else undefined. */
export function sideOf(bubble: Element, panel: Element | BoxOf): Direction | undefined {
  const box = layoutRect(bubble);
  if (!box) return undefined;
  const frame = typeof panel === 'function' ? panel() : layoutRect(panel);
  if (!frame) return undefined;
  return box.left + box.width / 2 > frame.left + frame.width / 2 ? 'me' : 'them';
}

/** Directions decided from style or layout, by how the row is drawn (one per adapter instance). */
export type AlignmentMemo = DrawingMemo<Direction>;

export function detectDirection(
  row: Element,
  bubble: Element,
  panel: Element | BoxOf,
  leaves?: readonly LeafText[],
  memo?: AlignmentMemo,
): Direction {
  if (hasYouSentMarker(row, leaves)) return 'me';
  // The drawing holds the inline styles the walk below reads: a row drawn like an earlier one
  // is placed as that one was, by its inline style as by its computed style or layout.
  const drawing = memo ? drawingOf(bubble, row) : '';
  const known = memo?.get(drawing);
  if (known) return known;
  const side =
    alignsRightUpTo(bubble, row, inlineStyle) || alignsRightUpTo(bubble, row, computedAlignment)
      ? 'me'
      : sideOf(bubble, panel);
  if (side !== undefined) memo?.set(drawing, side);
  return side ?? 'them';
}
