/**
 * Finds the open Instagram thread and its parts: the conversation container
 * (`[aria-label^="Conversation with"]` 2026, `[role=grid][aria-label^="Messages in conversation
 * with"]` until early 2026), the scroller (first overflow-y:auto/scroll descendant, column-reverse),
 * the inner list whose children are the message rows, and the header title. When no label names
 * the thread, or the labelled element does not hold the scroller (a May-2026 layout), the
 * structural fallback takes the column-reverse scroller that sits above the composer inside the
 * main region; the scroller itself is then the container. Only reads; never scrolls (scrolling
 * would load history and change what Instagram has rendered). The scroller and inner list are
 * found once per container and cached (WeakMap, re-checked with isConnected), as is the fallback
 * scroller per composer and the header's title (re-read when the header's text or the container's
 * label changes).
 */
import { queryAll, queryFirst } from '../selector-spec';
import { avatarCount, avatarFingerprint, computedStyle, textLines } from './dom';
import { CONVERSATION_LABEL_PREFIXES, GRID_LABEL_PREFIXES, isStatusText } from './labels';
import { hasMatch } from './query';
import { instagram } from './selectors';

/** The open thread's container: the labelled one when it holds the messages, else the fallback. */
export function findConversation(doc: Document): HTMLElement | undefined {
  const labelled = queryFirst(doc, instagram.conversation);
  if (labelled && (isGridEra(labelled) || isScrollable(threadParts(labelled).scroller)))
    return labelled;
  return scrollerAboveComposer(doc) ?? labelled;
}

/** The composer inside the main region, where the structural fallback starts from. */
export function mainComposer(doc: Document): HTMLElement | undefined {
  const main = queryFirst(doc, instagram.mainColumn);
  return main ? queryFirst(main, instagram.composer) : undefined;
}

function isReverseColumn(el: Element): boolean {
  return computedStyle(el)?.flexDirection === 'column-reverse';
}

/** Elements looked at per sibling before giving up (the scroller sits a few levels down). */
const FALLBACK_VISIT_LIMIT = 300;

/** Breadth first under `root`: a scrollable column-reverse element, else a scrollable one with message rows. */
function findMessageScroller(root: HTMLElement): HTMLElement | undefined {
  const queue: HTMLElement[] = [root];
  let withRows: HTMLElement | undefined;
  for (let visited = 0; queue.length > 0 && visited < FALLBACK_VISIT_LIMIT; visited++) {
    const el = queue.shift();
    if (!el) break;
    if (isScrollable(el)) {
      if (isReverseColumn(el)) return el;
      if (!withRows && hasMatch(el, instagram.messageRowShape)) withRows = el;
    }
    for (const child of el.children) if (child instanceof HTMLElement) queue.push(child);
  }
  return withRows;
}

const fallbackCache = new WeakMap<HTMLElement, HTMLElement>();

/**
 * The message scroller above the composer: walking up from the composer to the main region, the
 * nearest preceding sibling (of the composer or of an ancestor) that holds one. Never inside the
 * thread list.
 */
export function scrollerAboveComposer(doc: Document): HTMLElement | undefined {
  const main = queryFirst(doc, instagram.mainColumn);
  const composer = main ? queryFirst(main, instagram.composer) : undefined;
  if (!main || !composer) return undefined;
  const known = fallbackCache.get(composer);
  if (known?.isConnected === true && main.contains(known) && !known.contains(composer))
    return known;
  for (let node: HTMLElement | null = composer; node && node !== main; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (!(sib instanceof HTMLElement) || hasMatch(sib, instagram.threadList)) continue;
      const scroller = findMessageScroller(sib);
      if (scroller) {
        fallbackCache.set(composer, scroller);
        return scroller;
      }
    }
  }
  return undefined;
}

export function isGridEra(container: Element): boolean {
  return container.getAttribute('role') === 'grid';
}

function isScrollable(el: Element): boolean {
  const overflow = computedStyle(el)?.overflowY ?? '';
  return overflow === 'auto' || overflow === 'scroll';
}

/** The message scroller: the first scrollable descendant (breadth first), else the container. */
export function findScroller(container: HTMLElement): HTMLElement {
  const queue: HTMLElement[] = [container];
  let fallback: HTMLElement | undefined;
  while (queue.length > 0) {
    const el = queue.shift();
    if (!el) break;
    if (isScrollable(el)) {
      // With layout, prefer one that really scrolls; without (jsdom), the first is it.
      if (el.scrollHeight > el.clientHeight || el.clientHeight === 0) return el;
      fallback ??= el;
    }
    for (const child of el.children) if (child instanceof HTMLElement) queue.push(child);
  }
  return fallback ?? container;
}

/** The inner list: within 3 levels under the scroller, the element with the most children. */
export function findInnerList(scroller: HTMLElement): HTMLElement {
  let best = scroller;
  let level: HTMLElement[] = [scroller];
  for (let depth = 0; depth < 3; depth++) {
    const next: HTMLElement[] = [];
    for (const el of level)
      for (const child of el.children) {
        if (child instanceof HTMLElement) next.push(child);
      }
    for (const el of next) if (el.childElementCount > best.childElementCount) best = el;
    level = next;
  }
  return best;
}

export interface ThreadParts {
  scroller: HTMLElement;
  /** The element whose children are the message rows (2026 markup). */
  list: HTMLElement;
}

const partsCache = new WeakMap<HTMLElement, ThreadParts>();

/**
 * Scroller and inner list of a container, found once and reused while both are still inside it.
 * A list with fewer than two children (thread still loading) is looked for again next time.
 */
export function threadParts(container: HTMLElement): ThreadParts {
  const known = partsCache.get(container);
  if (
    known?.list.isConnected === true &&
    known.scroller.isConnected &&
    known.list.childElementCount >= 2 &&
    container.contains(known.list)
  )
    return known;
  const scroller = findScroller(container);
  const parts = { scroller, list: findInnerList(scroller) };
  partsCache.set(container, parts);
  return parts;
}

/** Rendered message rows of the thread, oldest first (DOM order; column-reverse is visual only). */
export function messageRows(container: HTMLElement): HTMLElement[] {
  if (isGridEra(container)) return queryAll(container, instagram.gridRow);
  const rows: HTMLElement[] = [];
  for (const el of threadParts(container).list.children)
    if (el instanceof HTMLElement) rows.push(el);
  return rows;
}

/** The title from the container's own label: "Conversation with Sam Rivera" → "Sam Rivera". */
function titleFromLabel(container: Element): string {
  const label = container.getAttribute('aria-label') ?? '';
  const prefix = [...GRID_LABEL_PREFIXES, ...CONVERSATION_LABEL_PREFIXES].find((p) =>
    label.startsWith(p),
  );
  return prefix ? label.slice(prefix.length).trim() : '';
}

/** The header: the nearest preceding sibling (of the container or an ancestor) with text. */
export function findHeader(container: HTMLElement): HTMLElement | undefined {
  const stop = queryFirst(container.ownerDocument, instagram.mainColumn)?.parentElement;
  for (let node: HTMLElement | null = container; node && node !== stop; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (!(sib instanceof HTMLElement) || queryFirst(sib, instagram.threadList)) continue;
      if (sib.matches(instagram.threadList.css.join(','))) continue;
      if (textLines(sib).some((line) => !isStatusText(line))) return sib;
    }
  }
  return undefined;
}

interface HeaderInfo {
  label: string;
  header: HTMLElement | undefined;
  headerText: string;
  title: string;
}

const headerCache = new WeakMap<HTMLElement, HeaderInfo>();

/** The header and title, reused while the label, the header and its text are unchanged. */
function headerInfo(container: HTMLElement): HeaderInfo {
  const label = container.getAttribute('aria-label') ?? '';
  const known = headerCache.get(container);
  if (
    known?.label === label &&
    known.header?.isConnected === true &&
    known.header.textContent === known.headerText
  )
    return known;
  const header = findHeader(container);
  const fromHeader = header ? textLines(header).find((line) => !isStatusText(line)) : undefined;
  const info = {
    label,
    header,
    headerText: header?.textContent ?? '',
    title: fromHeader ?? titleFromLabel(container),
  };
  headerCache.set(container, info);
  return info;
}

/** Header title (display name or group name), falling back to the container's aria-label. */
export function threadTitle(container: HTMLElement): string {
  return headerInfo(container).title;
}

/** The header's first picture as a fingerprint ('' without one), to tell same-named rows apart. */
export function headerAvatar(container: HTMLElement): string {
  const { header } = headerInfo(container);
  return header ? avatarFingerprint(header) : '';
}

/** Avatars in the header: a group shows two or more stacked pictures. */
export function headerAvatarCount(container: HTMLElement): number {
  const { header } = headerInfo(container);
  return header ? avatarCount(header) : 0;
}
