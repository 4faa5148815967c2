/**
 * Platform-neutral text extraction from rendered message markup. Chat sites draw emoji as `<img>`
 * elements (with the emoji in `data-plain-text` or `alt`), break lines with `<br>`, block elements
 * or literal "\n" in text nodes, and sprinkle bidi marks and non-breaking spaces; `textContent`
 * loses the emoji and `innerText` is missing in jsdom and forces layout in browsers. `readText`
 * walks the subtree once and returns what a person would read: emoji back as characters, line
 * breaks kept, runs of spaces collapsed, SVG/script/style ignored. Callers pass `skip` to leave out
 * subtrees that are not the message's own text (quoted replies, inline timestamps).
 */

export interface ReadTextOptions {
  /** Subtrees for which this returns true are left out entirely. */
  skip?: (element: Element) => boolean;
}

/** Elements whose content is never text a person reads in a message. */
const IGNORED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'BUTTON']);

/** Elements that start and end on their own line. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'SECTION',
  'ARTICLE',
]);

/** The text of an emoji (or other inline) image: `data-plain-text`, else `alt`, else nothing. */
export function imageText(img: Element): string {
  return img.getAttribute('data-plain-text') ?? img.getAttribute('alt') ?? '';
}

/**
 * Text of `el` as a person reads it: emoji images as their characters, `<br>` and block elements
 * as line breaks, whitespace collapsed within lines, at most one blank line in a row, trimmed.
 */
export function readText(el: Element, options: ReadTextOptions = {}): string {
  // Most elements hold one text node: its text is what the walk would give.
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3 && !/^(BR|IMG)$/i.test(el.tagName))
    return normaliseText(only.nodeValue ?? '');
  const out: string[] = [];
  walk(el, out, options.skip, true);
  return normaliseText(out.join(''));
}

/** Formatting whitespace between tags (pretty-printed markup), not text: one space at most. */
function isLayoutWhitespace(node: Node, value: string): boolean {
  return /^\s*\n\s*$/.test(value) && (node.previousSibling !== null || node.nextSibling !== null);
}

/** A line break unless the output already ends with one (block boundaries do not stack). */
function softBreak(out: string[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const part = (out[i] ?? '').replace(/[ \t]+$/, '');
    if (part === '') continue;
    if (!part.endsWith('\n')) out.push('\n');
    return;
  }
}

function walk(
  node: Node,
  out: string[],
  skip: ((element: Element) => boolean) | undefined,
  isRoot: boolean,
): void {
  if (node.nodeType === node.TEXT_NODE) {
    const value = node.nodeValue ?? '';
    out.push(isLayoutWhitespace(node, value) ? ' ' : value);
    return;
  }
  if (node.nodeType !== node.ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.tagName.toUpperCase();
  if (!isRoot && (IGNORED.has(tag) || skip?.(element) === true)) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  if (tag === 'IMG') {
    out.push(imageText(element));
    return;
  }
  const block = !isRoot && BLOCKS.has(tag);
  if (block) softBreak(out);
  for (const child of element.childNodes) walk(child, out, skip, false);
  if (block) softBreak(out);
}

/**
 * Whitespace clean-up shared by every reader: CRLF → LF, NBSP → space, bidi/format marks removed
 * (zero-width joiners are kept: emoji sequences need them), spaces collapsed, each line trimmed,
 * three or more line breaks reduced to one blank line, whole string trimmed.
 */
export function normaliseText(raw: string): string {
  // Nothing any step below would change (most lines of text): no whitespace but single inner
  // spaces, no bidi or format mark.
  if (!/[^\S ]|[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]| {2}|^ | $/.test(raw)) return raw;
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
