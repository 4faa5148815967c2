/**
 * Cache of what each inbox row says (title, preview, unread, muted, group, thread id), so a pass
 * re-reads only rows that are new or changed. Two levels: per element, checked with a cheap
 * fingerprint (href, aria-label, number of descendants, textContent), which catches a preview
 * that changed in place and an unread dot that came or went; and, for elements not seen before,
 * per content: the row's text plus, for each element in it, only the attributes the row reader
 * depends on (tag, class and style for bold text, role, aria-label for the unread dot and muted
 * icon, dir for text runs, alt and src for pictures) and its link's href. So a list that the site
 * re-renders with fresh but identical nodes is not parsed again and its computed style is not
 * read again, without serialising the row's markup. The content map is bounded (cleared past a
 * few thousand entries). A bold-only change made by swapping a class on an element inside a row
 * we already know is not seen until its text or structure changes. Read-only.
 */
import type { ChatRow } from '../types';

/** What one matched element says; `row` is undefined for a candidate without a title. */
export interface RowFacts {
  /** Has an avatar and a text line (a conversation row, or an element containing one). */
  candidate: boolean;
  /**
   * The row's facts as ChatRow has them, plus the key from the row's address (if any), its
   * avatar's fingerprint, and whether it reads as unread only because its name is bold.
   */
  row?: Omit<ChatRow, 'element' | 'threadKey'> & {
    routeKey: string | undefined;
    avatar: string;
    unreadByNameOnly: boolean;
  };
}

interface Entry {
  fingerprint: string;
  facts: RowFacts;
}

const byElement = new WeakMap<Element, Entry>();
/** Facts by row content; cleared when it grows past a few full inboxes. */
const byContent = new Map<string, RowFacts>();
const MAX_CONTENT_ENTRIES = 4000;

/** The element's own href, else its enclosing link's. */
function hrefOf(el: Element): string {
  return el.getAttribute('href') ?? el.closest('a')?.getAttribute('href') ?? '';
}

function fingerprintOf(el: Element, href: string): string {
  return [
    href,
    el.getAttribute('aria-label') ?? '',
    el.getElementsByTagName('*').length,
    el.textContent,
  ].join('\u0000');
}

/** Attributes the row reader looks at (see readRowFacts and the selectors it uses). */
const READ_ATTRIBUTES = new Set(['class', 'style', 'role', 'aria-label', 'dir', 'alt', 'src']);

/** One element's tag and its read attributes, in the order the element has them. */
function elementPart(node: Element): string {
  let part = `\u0001${node.tagName}`;
  const { attributes } = node;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i];
    if (attribute && READ_ATTRIBUTES.has(attribute.name))
      part += `\u0002${attribute.name}=${attribute.value}`;
  }
  return part;
}

/**
 * What a row says, as far as the row reader can tell: the link's href, the row's text, and each
 * element's tag and read attributes in document order. Two rows with equal content fingerprints
 * read the same. One string built in a single pass, no markup serialised.
 */
export function contentFingerprint(el: Element, href: string = hrefOf(el)): string {
  let key = `${href}\u0000${el.textContent}${elementPart(el)}`;
  const all = el.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const node = all[i];
    if (node) key += elementPart(node);
  }
  return key;
}

/**
 * The facts of `el`, from the cache when its fingerprint (or, for a new element, its content) is
 * unchanged, else from `read`.
 */
export function cachedRowFacts(el: HTMLElement, read: (el: HTMLElement) => RowFacts): RowFacts {
  const href = hrefOf(el);
  const fingerprint = fingerprintOf(el, href);
  const known = byElement.get(el);
  if (known?.fingerprint === fingerprint) return known.facts;
  const content = contentFingerprint(el, href);
  let facts = byContent.get(content);
  if (!facts) {
    facts = read(el);
    if (byContent.size >= MAX_CONTENT_ENTRIES) byContent.clear();
    byContent.set(content, facts);
  }
  byElement.set(el, { fingerprint, facts });
  return facts;
}
