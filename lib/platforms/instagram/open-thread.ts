/**
 * Finds the open Instagram thread and its parts: the thread container
 * (`[aria-label^="Conversation with"]` 2026, `[role=grid][aria-label^="Messages in conversation
 * with"]` until early 2026), the scroller (first overflow-y:auto/scroll descendant, column-reverse),
 * the inner list whose children are the message rows, and the header title. When no label names
 * the thread, or the labelled element does not hold the scroller (a May-2026 layout), the
 * structural fallback takes the column-reverse scroller that sits above the composer inside the
 * main region; the scroller itself is then the container. Only reads; never scrolls (scrolling
 * would load history and change what Instagram has rendered).
 *
 * A `ThreadLocator` belongs to one adapter instance and finds each part once per thread: the
 * container is kept while it stays in the page and the address is the same, the scroller and
 * inner list while they stay inside it, the header and title while the label and the header's
 * text are unchanged. Computed style is read only while looking for a scroller, and an inline
 * style answers first when the element has one.
 */
import { queryFirst } from '../selector-spec';
import { avatarCount, avatarFingerprint, styleValue, textLines } from './dom';
import { inlineValue } from './inline-style';
import { CONVERSATION_LABEL_PREFIXES, GRID_LABEL_PREFIXES, isStatusText } from './labels';
import { hasMatch, matchesAny } from './query';
import { instagram } from './selectors';

export function isGridEra(container: Element): boolean {
  return container.getAttribute('role') === 'grid';
}

const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';

function isScrollable(el: HTMLElement): boolean {
  return scrolls(styleValue(el, 'overflowY'));
}

/** Scrollable by its own style attribute (no style recalculation). */
function isScrollableInline(el: HTMLElement): boolean {
  return scrolls(inlineValue(el, 'overflowY'));
}

/** Whether a list has at least two element children, without counting them all. */
function hasTwoChildren(list: Element): boolean {
  return list.firstElementChild?.nextElementSibling != null;
}

function isReverseColumn(el: HTMLElement): boolean {
  return styleValue(el, 'flexDirection') === 'column-reverse';
}

/** The composer inside the main region, where the structural fallback starts from. */
export function mainComposer(doc: Document): HTMLElement | undefined {
  const main = queryFirst(doc, instagram.mainColumn);
  return main ? queryFirst(main, instagram.composer) : undefined;
}

/** Elements looked at per sibling before giving up (the scroller sits a few levels down). */
const FALLBACK_VISIT_LIMIT = 300;

/** Breadth first under `root`: a scrollable column-reverse element, else a scrollable one with message rows. */
function findMessageScroller(root: HTMLElement): HTMLElement | undefined {
  const queue: HTMLElement[] = [root];
  let withRows: HTMLElement | undefined;
  for (
    let visited = 0, head = 0;
    head < queue.length && visited < FALLBACK_VISIT_LIMIT;
    visited++
  ) {
    const el = queue[head++];
    if (!el) break;
    if (isScrollable(el)) {
      if (isReverseColumn(el)) return el;
      if (!withRows && hasMatch(el, instagram.messageRowShape)) withRows = el;
    }
    for (const child of el.children) if (child instanceof HTMLElement) queue.push(child);
  }
  return withRows;
}

/**
 * The message scroller: the first scrollable descendant (breadth first), else the container.
 * Elements whose own style attribute makes them scroll are looked for first, so a page that
 * writes it inline is read without any style recalculation.
 */
export function findScroller(container: HTMLElement): HTMLElement {
  return (
    scrollerBy(container, isScrollableInline) ?? scrollerBy(container, isScrollable) ?? container
  );
}

function scrollerBy(
  container: HTMLElement,
  scrollable: (el: HTMLElement) => boolean,
): HTMLElement | undefined {
  const queue: HTMLElement[] = [container];
  let fallback: HTMLElement | undefined;
  for (let head = 0; head < queue.length;) {
    const el = queue[head++];
    if (!el) break;
    if (scrollable(el)) {
      // With layout, prefer one that really scrolls; without (jsdom), the first is it.
      if (el.scrollHeight > el.clientHeight || el.clientHeight === 0) return el;
      fallback ??= el;
    }
    for (const child of el.children) if (child instanceof HTMLElement) queue.push(child);
  }
  return fallback;
}

/** Wrappers hold a few children; an element with more is a list, whose children are not looked into. */
const WRAPPER_MAX_CHILDREN = 8;

/** The inner list: within 3 levels under the scroller, the element with the most children. */
export function findInnerList(scroller: HTMLElement): HTMLElement {
  let best = scroller;
  let level: HTMLElement[] = [scroller];
  for (let depth = 0; depth < 3; depth++) {
    const next: HTMLElement[] = [];
    for (const el of level) {
      if (el !== scroller && el.childElementCount > WRAPPER_MAX_CHILDREN) continue;
      for (const child of el.children) if (child instanceof HTMLElement) next.push(child);
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
      if (!(sib instanceof HTMLElement) || hasMatch(sib, instagram.threadList)) continue;
      if (matchesAny(sib, instagram.threadList)) continue;
      if (textLines(sib).some((line) => !isStatusText(line))) return sib;
    }
  }
  return undefined;
}

/**
 * The open thread's header as last checked: the container's label, the header element and its
 * text (what the check compares), the title, and the avatar's fingerprint and count once asked.
 */
export interface HeaderInfo {
  label: string;
  header: HTMLElement | undefined;
  headerText: string;
  title: string;
  avatar?: string;
  avatars?: number;
}

/** Finds the open thread's parts, each once per thread; one per adapter instance. */
export class ThreadLocator {
  /** The container found last and the page address it was found at. */
  #container: { el: HTMLElement; path: string } | undefined;
  readonly #parts = new WeakMap<HTMLElement, ThreadParts>();
  readonly #fallbacks = new WeakMap<HTMLElement, HTMLElement>();
  readonly #headers = new WeakMap<HTMLElement, HeaderInfo>();

  /** Forgets the container found last, so the next call looks again. */
  forget(): void {
    this.#container = undefined;
  }

  /** The open thread's container: the labelled one when it holds the messages, else the fallback. */
  findContainer(doc: Document): HTMLElement | undefined {
    const path = doc.URL;
    const known = this.#container;
    if (known?.el.isConnected === true && known.path === path) return known.el;
    const found = this.#lookUp(doc);
    this.#container = found ? { el: found, path } : undefined;
    return found;
  }

  #lookUp(doc: Document): HTMLElement | undefined {
    const labelled = queryFirst(doc, instagram.conversation);
    if (labelled && (isGridEra(labelled) || isScrollable(this.threadParts(labelled).scroller)))
      return labelled;
    return this.scrollerAboveComposer(doc) ?? labelled;
  }

  /**
   * The message scroller above the composer: walking up from the composer to the main region, the
   * nearest preceding sibling (of the composer or of an ancestor) that holds one. Never inside the
   * thread list.
   */
  scrollerAboveComposer(doc: Document): HTMLElement | undefined {
    const main = queryFirst(doc, instagram.mainColumn);
    const composer = main ? queryFirst(main, instagram.composer) : undefined;
    if (!main || !composer) return undefined;
    const known = this.#fallbacks.get(composer);
    if (known?.isConnected === true && main.contains(known) && !known.contains(composer))
      return known;
    for (
      let node: HTMLElement | null = composer;
      node && node !== main;
      node = node.parentElement
    ) {
      for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if (!(sib instanceof HTMLElement) || hasMatch(sib, instagram.threadList)) continue;
        const scroller = findMessageScroller(sib);
        if (scroller) {
          this.#fallbacks.set(composer, scroller);
          return scroller;
        }
      }
    }
    return undefined;
  }

  /**
   * Scroller and inner list of a container, found once and reused while both are still inside it.
   * A list with fewer than two children (thread still loading) is looked for again next time.
   */
  threadParts(container: HTMLElement): ThreadParts {
    const known = this.#parts.get(container);
    if (
      known?.list.isConnected === true &&
      known.scroller.isConnected &&
      hasTwoChildren(known.list) &&
      container.contains(known.list)
    )
      return known;
    const scroller = findScroller(container);
    const parts = { scroller, list: findInnerList(scroller) };
    this.#parts.set(container, parts);
    return parts;
  }

  /**
   * The header and title, reused while the label, the header and its text are unchanged. Each
   * call checks them (the header's whole text is read): a caller that needs several of its facts
   * asks once and reads them from the answer (`avatarOf`, `avatarCountOf`).
   */
  header(container: HTMLElement): HeaderInfo {
    const label = container.getAttribute('aria-label') ?? '';
    const known = this.#headers.get(container);
    if (
      known?.label === label &&
      known.header?.isConnected === true &&
      known.header.textContent === known.headerText
    )
      return known;
    const header = findHeader(container);
    const fromHeader = header ? textLines(header).find((line) => !isStatusText(line)) : undefined;
    const info: HeaderInfo = {
      label,
      header,
      headerText: header?.textContent ?? '',
      title: fromHeader ?? titleFromLabel(container),
    };
    this.#headers.set(container, info);
    return info;
  }
}

/** The header's first picture as a fingerprint ('' without one), to tell same-named rows apart. */
export function avatarOf(info: HeaderInfo): string {
  info.avatar ??= info.header ? avatarFingerprint(info.header) : '';
  return info.avatar;
}

/** Avatars in the header: a group shows two or more stacked pictures. */
export function avatarCountOf(info: HeaderInfo): number {
  info.avatars ??= info.header ? avatarCount(info.header) : 0;
  return info.avatars;
}
