/**
 * Small DOM helpers for the Instagram adapter: outermost matches, computed-style and geometry reads
 * that degrade gracefully (no window → no style; no layout → no geometry), and the outermost
 * dir="auto" texts of a subtree. Computed style and geometry force style/layout work in the page,
 * so callers use them only on thread rows and message rows, never over the whole document
 * (docs/site-markup.md). This module reads; it must never modify the page.
 */
import { normaliseText, readText } from '../dom-text';
import { hashText } from '../../hash';
import { closest, queryList } from '../selector-spec';
import { inlineValue, type StyleProperty } from './inline-style';
import { ORIGIN } from './routes';
import { instagram } from './selectors';

/**
 * The elements of a query's NodeList (or an array) that `keep` accepts, read by index once each.
 * Array's own filter called on a NodeList takes its generic path, which asks the list whether each
 * index exists and then for its element, two calls into the browser per element; a spread made an
 * iterator and a result object per element. This runs for every inbox row at load.
 */
export function filterList<E>(list: ArrayLike<E>, keep: (el: E) => boolean): E[] {
  const kept: E[] = [];
  for (let i = 0, n = list.length; i < n; i++) {
    const el = list[i] as E;
    if (keep(el)) kept.push(el);
  }
  return kept;
}

/**
 * Elements of the list that have no ancestor in the list. The list is in document order (as a
 * query gives it), where an element's descendants come right after it: an element inside another
 * of the list is inside the last one kept, so one `contains` per element answers, with no walk up.
 * `within`, when given (the list's common ancestor, or one of its elements), never counts as an
 * ancestor.
 */
export function outermost<E extends Element>(elements: ArrayLike<E>, within?: Element): E[] {
  let kept: Element | undefined;
  return filterList(elements, (el) => {
    if (kept !== within && kept?.contains(el)) return false;
    kept = el;
    return true;
  });
}

/**
 * Elements of the list that contain none of the others (the innermost of nested matches). In
 * document order an element that contains others of the list is followed by one of them, so one
 * `contains` per element answers; `within` is kept as in `outermost`.
 */
export function innermost<E extends Element>(elements: readonly E[], within?: Element): E[] {
  return elements.filter((el, i) => el === within || !el.contains(elements[i + 1] ?? null));
}

export function computedStyle(el: Element): CSSStyleDeclaration | undefined {
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el) : undefined;
}

/**
 * One style property of an element: from its own style attribute when that sets it (no style
 * recalculation), else from the computed style. An inline declaration is what the element gets
 * unless a stylesheet marks its own `!important`, which Instagram's atomic classes do not.
 */
export function styleValue(el: Element, property: StyleProperty): string {
  return inlineValue(el, property) || (computedStyle(el)?.[property] ?? '');
}

/** The element's box, or undefined when there is no layout (jsdom, display:none). */
export function layoutRect(el: Element): DOMRect | undefined {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? rect : undefined;
}

function weightIsBold(weight: string): boolean {
  const numeric = weight === 'bold' || weight === 'bolder' ? 700 : Number.parseInt(weight, 10);
  return numeric >= 600;
}

/**
 * Answers kept per drawing (see `drawingOf`), one map per adapter use. Elements drawn alike are
 * styled alike, so what computed style or layout said of one holds for the others.
 */
export class DrawingMemo<T> extends Map<string, T> {
  /** The drawings of the row being read (see `drawingOf`): one map, emptied for each row. */
  readonly row: RowDrawings = new Map();

  override set(drawing: string, value: T): this {
    // A page shows few drawings; past this many something is off, so start over.
    if (this.size >= 200) this.clear();
    return super.set(drawing, value);
  }
}

/** Drawings of one row's elements, each made once while the row is read (see `drawingOf`). */
export type RowDrawings = Map<Element, string>;

/**
 * How an element is drawn, as far as its style can depend on it: tag, class and style attribute of
 * each element from it up to `row`, and the class of the row's parent. Instagram styles with
 * atomic classes (one rule per class, selected by the class alone), so two elements with the same
 * drawing under the same list get the same computed style. With `known`, an element's drawing is
 * its own part and its parent's drawing from there: lines of one row read their shared ancestors
 * once.
 */
export function drawingOf(el: Element, row: Element, known?: RowDrawings): string {
  let drawing = known?.get(el);
  if (drawing === undefined) {
    const up = el === row ? null : el.parentElement;
    drawing = `\u0001${el.tagName}\u0002${el.getAttribute('class') ?? ''}\u0002${el.getAttribute('style') ?? ''}${up ? drawingOf(up, row, known) : `\u0003${row.parentElement?.getAttribute('class') ?? ''}`}`;
    known?.set(el, drawing);
  }
  return drawing;
}

/**
 * What computed style says for `el` (up to `stopAt`), asked once per drawing and question (`ask`)
 * when a memo is given.
 */
function byDrawing(
  el: Element,
  stopAt: Element,
  memo: DrawingMemo<boolean> | undefined,
  ask: string,
  answer: () => boolean,
  drawings?: RowDrawings,
): boolean {
  if (!memo) return answer();
  const drawing = ask + drawingOf(el, stopAt, drawings);
  let known = memo.get(drawing);
  if (known === undefined) memo.set(drawing, (known = answer()));
  return known;
}

/**
 * Bold as Instagram draws unread rows: a font-weight of 600 or more on the text element, on an
 * element inside it, or inherited from an ancestor up to `stopAt` (the row). An element's own
 * inline weight answers for it and ends the walk up (nothing above can change its weight), so
 * rows that write the weight inline are read without any style recalculation. With a memo, the
 * computed weights are read once per drawing: the inbox's rows are drawn by a handful of class
 * sets, so 500 rows (or a row moved on a new message) need no style recalculation per row.
 */
export function isBold(
  el: Element,
  stopAt: Element,
  memo?: DrawingMemo<boolean>,
  known?: RowDrawings,
): boolean {
  // Most lines hold text only: no collection of their descendants is made for them.
  const inner = el.firstElementChild ? el.getElementsByTagName('*') : [];
  for (let i = 0; i < inner.length; i++) {
    const node = inner[i] as Element;
    const own = inlineValue(node, 'fontWeight');
    if (
      own !== ''
        ? weightIsBold(own)
        : byDrawing(
            node,
            stopAt,
            memo,
            '',
            () => weightIsBold(computedStyle(node)?.fontWeight ?? ''),
            known,
          )
    )
      return true;
  }
  // A weight written on the line itself answers before any drawing is described.
  const own = inlineValue(el, 'fontWeight');
  if (own !== '') return weightIsBold(own);
  return byDrawing(
    el,
    stopAt,
    memo,
    'up',
    () => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const own = inlineValue(node, 'fontWeight');
        if (own !== '') return weightIsBold(own);
        if (weightIsBold(computedStyle(node)?.fontWeight ?? '')) return true;
        if (node === stopAt) break;
      }
      return false;
    },
    known,
  );
}

/** Pictures under root that are not inline emoji (emoji images sit inside dir="auto" text). */
export function avatars(root: Element): HTMLElement[] {
  return filterList(queryList(root, instagram.avatar), (img) => !closest(img, instagram.text));
}

/** How many pictures under root are not inline emoji. */
export function avatarCount(root: Element): number {
  return avatars(root).length;
}

/**
 * A short fingerprint of the first picture under root that is not an emoji: the file name of its
 * address (the CDN's query string changes, the file name does not), or the whole data: URI.
 * '' when there is no picture.
 */
export function avatarFingerprint(root: Element): string {
  return pictureFingerprint(avatars(root)[0]);
}

/** The fingerprint of one picture (see avatarFingerprint); '' for none. */
export function pictureFingerprint(img: Element | undefined): string {
  const src = img?.getAttribute('src') ?? '';
  if (src === '') return '';
  if (src.startsWith('data:')) return hashText(src);
  try {
    return hashText(new URL(src, ORIGIN).pathname.split('/').pop() ?? '');
  } catch {
    return hashText(src);
  }
}

/** Outermost dir="auto" elements under root, optionally filtered. */
export function textElements(root: Element, keep?: (el: HTMLElement) => boolean): HTMLElement[] {
  const all = outermost(queryList(root, instagram.text), root);
  return keep ? all.filter(keep) : all;
}

/** readText of each outermost dir="auto" element, empty ones dropped. */
export function textLines(root: Element, keep?: (el: HTMLElement) => boolean): string[] {
  return textElements(root, keep)
    .map((el) => readText(el))
    .filter((line) => line !== '');
}

/** An element without element children that holds text, with that text. */
export interface LeafText {
  el: Element;
  text: string;
}

/**
 * The elements of root that have no element children and hold text, each with its text, read
 * once (for labels that are not dir="auto").
 */
export function leafTexts(root: Element): LeafText[] {
  return filterList(root.getElementsByTagName('*'), (el) => el.childElementCount === 0)
    .map((el) => ({ el, text: el.textContent }))
    .filter((leaf) => leaf.text.trim() !== '');
}

/** Normalised name for comparisons and name keys: NFKC, bidi marks gone, spaces collapsed, lower case. */
export function normaliseName(name: string): string {
  return normaliseText(name.normalize('NFKC')).replace(/\s+/gu, ' ').toLowerCase();
}
