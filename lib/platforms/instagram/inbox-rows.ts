/**
 * Reads the Instagram inbox (the thread list) into InboxRows. Identity is the thread address in the
 * row's href (`ig:t:<id>`, or `ig:e2ee:<id>` for encrypted chats); rows without href (2026) are
 * keyed by thread-identity.ts (name, then avatar and position; the open thread's row takes the id
 * from the address). Line 1 is the display name, the next non-time line the preview (" · 2h"
 * stripped, "You: " → previewFromMe). Unread = the unread dot or bold text (inline weight, else
 * computed style, rows only); Instagram shows no count per row, so
 * unreadCount is 1 or 0. When the page title counts fewer unread chats ("(2) Instagram") than
 * rows whose only sign is a bold name, those rows are taken as read. Group and muted are
 * best-effort guesses. Never clicks a row (opening a thread sends "Seen" to the customer).
 *
 * An `InboxReader` belongs to one adapter instance and reads incrementally: what a row says is
 * kept in the element cache until the changes the runtime hands over touch the row. Each of the
 * list's children (one slot per row) remembers its row; a change to the list's children (a row
 * added, removed or moved to the top) moves only the rows of the slots added or removed, and a
 * change between the list and its rows re-lists the rows through all the slots (only new slots
 * are searched). Without changes, or when the list element was replaced, everything is found and
 * read again. The InboxRows handed over are patched likewise: only the touched rows are taken out
 * and put back at their new places while bold names are not noise; link-less rows keep their keys
 * but for the touched rows' namesakes, which thread-identity.ts keys again (and which are handed
 * anew in place when their key changed).
 */
import type { InboxRow, InboxRead, PageChanges } from '../types';
import { queryFirst } from '../selector-spec';
import { readText } from '../dom-text';
import { commonAncestor } from '../dom-tree';
import {
  avatars,
  DrawingMemo,
  filterList,
  innermost,
  isBold,
  outermost,
  pictureFingerprint,
  textElements,
} from './dom';
import { ElementCache } from '../element-cache';
import { hasMatch, listOf } from './query';
import { routeThreadKey } from './keys';
import { splitSenderPrefix } from './sender-prefix';
import { isRelativeTime, isStatusText, splitFromMePrefix } from './labels';
import { threadRouteFromHref } from './routes';
import { instagram } from './selectors';
import { ThreadIdentity, type OpenThreadHint } from './thread-identity';

export type { OpenThreadHint } from './thread-identity';

/** What one matched element says; `row` is undefined for a candidate without a title. */
export interface RowFacts {
  /** Has an avatar and a text line (an inbox row, or an element containing one). */
  candidate: boolean;
  /**
   * The row's facts as InboxRow has them, plus the key from the row's address (if any), its
   * avatar's fingerprint, and whether it reads as unread only because its name is bold.
   */
  row?: Omit<InboxRow, 'threadKey'> & {
    routeKey: string | undefined;
    avatar: string;
    unreadByNameOnly: boolean;
    same(weights?: DrawingMemo<boolean>): boolean;
  };
}

/** Strips a trailing " · 2h" relative time from a preview line. */
export function stripRelativeTime(line: string): string {
  const parts = line.split(' · ');
  if (parts.length > 1 && isRelativeTime(parts.at(-1) ?? '')) parts.pop();
  return parts.join(' · ').trim();
}

type UnreadSign = 'marked' | 'bold-name' | undefined;

// Asked of every row: each chain joined once.
const UNREAD_DOT = listOf(instagram.unreadDot);
const MUTED_ICON = listOf(instagram.mutedIcon);

/**
 * The elements that hold an unread dot under `scope`'s document (each dot's ancestors), from one
 * query over the list: a row holds a dot exactly when it is one of them.
 */
function dottedIn(scope: Element): Set<Element> {
  const dotted = new Set<Element>();
  scope.querySelectorAll(UNREAD_DOT).forEach((dot) => {
    for (let el = dot.parentElement; el && !dotted.has(el); el = el.parentElement) dotted.add(el);
  });
  return dotted;
}

/**
 * Why a row reads as unread: a dot (`dotted`, when given, holds the rows that have one) or a bold
 * preview ('marked'), only a bold name, or not.
 */
function unreadSign(
  row: HTMLElement,
  lines: HTMLElement[],
  weights?: DrawingMemo<boolean>,
  dotted?: Set<Element>,
): UnreadSign {
  if (dotted ? dotted.has(row) : hasMatch(row, UNREAD_DOT)) return 'marked';
  const [name, preview] = lines;
  // The lines' shared ancestors (up to the row and its parent) are described once, in the
  // reader's one map for the row being read.
  const known = weights?.row;
  known?.clear();
  if (preview && isBold(preview, row, weights, known)) return 'marked';
  return name && isBold(name, row, weights, known) ? 'bold-name' : undefined;
}

/** The preview among the lines after the title: the first that is not a time or a status. */
function previewLine(lines: string[]): string {
  return (
    lines
      .map(stripRelativeTime)
      .find(
        (line) => line !== '' && line !== '·' && !isRelativeTime(line) && !isStatusText(line),
      ) ?? ''
  );
}

/**
 * The href a row's identity comes from: its own. Rows are the links themselves whenever the list
 * has links (the row chain tries them first), so no enclosing link is looked for.
 */
export function rowHref(row: Element): string {
  return row.getAttribute('href') ?? '';
}

/** The preview line after the title's (lines from `from` on), who wrote it, and whether a group's. */
function previewFacts(lineElements: HTMLElement[], from: number, pictures: number) {
  const lines = lineElements
    .slice(from)
    .map((el) => readText(el))
    .filter((line) => line !== '');
  const fromMe = splitFromMePrefix(previewLine(lines));
  const sender = fromMe.fromMe ? undefined : splitSenderPrefix(fromMe.text);
  return {
    text: sender?.text ?? fromMe.text,
    fromMe: fromMe.fromMe,
    group: pictures >= 2 || sender !== undefined,
  };
}

/**
 * Everything a row says on its own (no open-thread mapping); computed once per row content. The
 * preview (who wrote it, a group's sender), the muted icon and the picture's fingerprint are read
 * only when asked: marking needs the key and the unread sign, only unread rows' previews are
 * classified, and only rows without an address need the fingerprint.
 */
export function readRowFacts(
  row: HTMLElement,
  weights?: DrawingMemo<boolean>,
  dotted?: Set<Element>,
): RowFacts {
  // An inbox row has a picture and a text line.
  const pictures = avatars(row);
  const lineElements = pictures.length > 0 ? textElements(row) : [];
  if (lineElements.length === 0) return { candidate: false };
  // The title is the first line with text.
  let title = '';
  let next = 0;
  while (title === '' && next < lineElements.length)
    title = readText(lineElements[next++] as HTMLElement);
  if (title === '') return { candidate: true };

  return {
    candidate: true,
    row: new RowRead(
      row,
      title,
      lineElements,
      next,
      pictures,
      unreadSign(row, lineElements, weights, dotted),
    ),
  };
}

/**
 * A row with a title, as readRowFacts read it: one object per row, whose preview, muted icon and
 * picture fingerprint are read on first use (its methods are shared by all rows), once for every
 * InboxRow handed for it (`HandedRow`).
 */
class RowRead {
  // Set in the constructor; `declare` keeps the build from declaring each field once more.
  declare readonly element: HTMLElement;
  declare readonly title: string;
  declare readonly routeKey: string | undefined;
  declare readonly unreadCount: number;
  declare readonly unreadByNameOnly: boolean;
  #lines: HTMLElement[];
  #from: number;
  #pictures: HTMLElement[];
  #preview: ReturnType<typeof previewFacts> | undefined;
  #muted: boolean | undefined;
  #avatar: string | undefined;

  constructor(
    element: HTMLElement,
    title: string,
    lines: HTMLElement[],
    from: number,
    pictures: HTMLElement[],
    unread: UnreadSign,
  ) {
    this.element = element;
    this.title = title;
    const route = threadRouteFromHref(rowHref(element));
    this.routeKey = route ? routeThreadKey(route) : undefined;
    this.unreadCount = unread ? 1 : 0;
    this.unreadByNameOnly = unread === 'bold-name';
    this.#lines = lines;
    this.#from = from;
    this.#pictures = pictures;
  }

  /**
   * After a change to its texts alone (no element came or went in it): whether the row still
   * reads as it did, read, with the same title in its first line. Then only its preview is read
   * again, when asked.
   */
  same(weights?: DrawingMemo<boolean>): boolean {
    if (
      this.#from > 1 ||
      this.unreadCount ||
      readText(this.#lines[0] as HTMLElement) !== this.title ||
      unreadSign(this.element, this.#lines, weights)
    )
      return false;
    this.#preview = undefined;
    return true;
  }

  // Only rows without an address need it (to tell rows with the same name apart).
  get avatar(): string {
    return (this.#avatar ??= pictureFingerprint(this.#pictures[0]));
  }

  #previewOf() {
    return (this.#preview ??= previewFacts(this.#lines, this.#from, this.#pictures.length));
  }

  get preview(): string {
    return this.#previewOf().text;
  }

  get previewFromMe(): boolean {
    return this.#previewOf().fromMe;
  }

  get muted(): boolean {
    return (this.#muted ??= hasMatch(this.element, MUTED_ICON));
  }

  get group(): boolean {
    return this.#previewOf().group;
  }
}

/**
 * An InboxRow as a read hands it over: the row's facts under the read's key and unread count.
 * Every handed row is of this one class, with the same fields: the runtime's code that reads rows
 * sees one shape. (An object inheriting from its row's facts made each facts object a prototype
 * and gave every row a shape of its own, which made the first pass's reads of 500 rows several
 * times slower.) The lazily read facts come from the facts object, read once for all rows handed
 * for it.
 */
class HandedRow implements InboxRow {
  declare readonly element: HTMLElement;
  declare readonly title: string;
  declare readonly threadKey: string;
  declare readonly unreadCount: number;
  declare readonly facts: Facts;

  constructor(facts: Facts, threadKey: string, unreadCount: number) {
    this.element = facts.element;
    this.title = facts.title;
    this.threadKey = threadKey;
    this.unreadCount = unreadCount;
    this.facts = facts;
  }

  get preview(): string {
    return this.facts.preview;
  }

  get previewFromMe(): boolean {
    return this.facts.previewFromMe;
  }

  get muted(): boolean {
    return this.facts.muted;
  }

  get group(): boolean {
    return this.facts.group;
  }
}

/** The unread count in the page title ("(3) Instagram • Messages"), if it shows one. */
export function titleUnreadCount(title: string): number | undefined {
  const match = /^\((\d+)\)/u.exec(title.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * When the page title counts fewer unread chats than rows read as unread, rows whose only sign
 * is a bold name are taken as read.
 */
function nameOnlyIsNoise(doc: Document, unread: number): boolean {
  const count = titleUnreadCount(doc.title);
  return count !== undefined && unread > count;
}

/** The facts of a row that has a title. */
type Facts = NonNullable<RowFacts['row']>;

/** The rows a read's changes touched, and their entries before (undefined: not read before). */
type Touched = [HTMLElement[], (InboxEntry | undefined)[]];

interface InboxEntry {
  element: HTMLElement;
  facts: RowFacts;
  /** The InboxRow last handed over for this row. */
  handed?: InboxRow;
}

/** How the rows were found last: the list, the selector that matched, and the slots. */
interface Layout {
  scope: HTMLElement;
  /** The alternative of the row chain that matched. */
  css: string;
  /** The element whose children are the slots (one per row), when rows have one each. */
  container?: HTMLElement;
  rows: HTMLElement[];
  /** The same rows as a set, for finding which row a changed node is in. */
  rowSet: Set<Element>;
}

/** The selector of the chain that matches anything under `scope` (the one queryAll uses). */
function matchingCss(scope: ParentNode): string | undefined {
  return instagram.threadRow.css.find((css) => scope.querySelector(css) !== null);
}

/** The child of `container` that holds `el` (or `el` itself). */
function slotOf(el: Element, container: Element): Element | undefined {
  let node: Element | null = el;
  while (node && node.parentElement !== container) node = node.parentElement;
  return node ?? undefined;
}

export class InboxReader {
  #entries = new ElementCache<InboxEntry>();
  /** Whether a line is bold, per drawing; kept as long as the entries are. */
  #weights = new DrawingMemo<boolean>();
  /** Each slot's row (null: the slot holds none). */
  #slots = new WeakMap<Element, HTMLElement | null>();
  #layout: Layout | undefined;
  #listEl: HTMLElement | undefined;
  /** While every row is read: the elements an unread dot is in, so no row is asked for one. */
  #dotted: Set<Element> | undefined;
  /**
   * The rows handed over last, how many of them read as unread, and whether the identity keyed
   * them (some row has no address), kept while every listed element is a row and bold names are
   * not taken as read (then a read patches them).
   */
  #last: { rows: InboxRow[]; unread: number; keyed: boolean } | undefined;

  readonly #identity: ThreadIdentity<Facts>;

  constructor(identity = new ThreadIdentity<Facts>()) {
    this.#identity = identity;
  }

  /** Forgets everything read (the adapter's launch ended). */
  clear(): void {
    this.#entries = new ElementCache();
    this.#weights = new DrawingMemo();
    this.#slots = new WeakMap();
    this.#layout = undefined;
    this.#listEl = undefined;
    this.#last = undefined;
  }

  /** The thread list element, looked for again only when the one found before left the page. */
  listElement(doc: Document): HTMLElement | undefined {
    if (this.#listEl?.isConnected !== true) this.#listEl = queryFirst(doc, instagram.threadList);
    return this.#listEl;
  }

  #factsOf(el: HTMLElement): InboxEntry {
    let entry = this.#entries.get(el);
    if (!entry) {
      entry = { element: el, facts: readRowFacts(el, this.#weights, this.#dotted) };
      this.#entries.set(el, entry);
    }
    return entry;
  }

  /** Conversation rows among the matches under `root` of `css` (and `root` itself). */
  #rowsIn(root: HTMLElement, css: string, within: Element): HTMLElement[] {
    const candidate = (el: HTMLElement) => this.#factsOf(el).facts.candidate;
    const self = root.matches(css) && candidate(root);
    // The query's list is filtered as it is (a copy of it made a step object per row).
    const matches = filterList(root.querySelectorAll<HTMLElement>(css), candidate);
    if (self) matches.unshift(root);
    // A listitem containing a button: keep the innermost row-like element.
    return outermost(innermost(matches, within), within);
  }

  /** Finds every row from scratch. */
  #findAll(scope: HTMLElement): Layout {
    const css = matchingCss(scope) ?? instagram.threadRow.css[0];
    // One query over the list finds every dot (link-less rows have none) for all the rows.
    this.#dotted = dottedIn(scope);
    const rows = this.#rowsIn(scope, css, scope).filter((el) => el !== scope);
    this.#dotted = undefined;
    const container = commonAncestor(rows);
    this.#slots = new WeakMap();
    let slotted = container !== undefined && rows.length > 1;
    if (container && slotted) {
      for (const row of rows) {
        const slot = slotOf(row, container);
        if (!slot || this.#slots.has(slot)) {
          slotted = false;
          break;
        }
        this.#slots.set(slot, row);
      }
    }
    return { scope, css, container: slotted ? container : undefined, rows, rowSet: new Set(rows) };
  }

  /** The row in a slot of the container (null: none; false: more than one), found once. */
  #rowOf(slot: Element, layout: Layout): HTMLElement | null | false {
    let row = this.#slots.get(slot);
    if (row === undefined || (row !== null && !slot.contains(row))) {
      const found =
        slot instanceof HTMLElement
          ? this.#rowsIn(slot, layout.css, layout.container as Element)
          : [];
      if (found.length > 1) return false;
      row = found[0] ?? null;
      this.#slots.set(slot, row);
    }
    return row;
  }

  /** Lists the rows again through the container's children; undefined when that cannot be done. */
  #relist(layout: Layout): HTMLElement[] | undefined {
    const { container } = layout;
    if (!container?.isConnected || !layout.scope.contains(container)) return undefined;
    const rows: HTMLElement[] = [];
    for (const slot of container.children) {
      const row = this.#rowOf(slot, layout);
      if (row === false) return undefined;
      if (row) rows.push(row);
    }
    return rows;
  }

  /**
   * The rows after slots were added to, removed from or moved in the container (a row moved to
   * the top on a new message): only those slots are looked at, the other rows keep their order.
   * Undefined (list them all again) for more than a few slots.
   */
  #patch(layout: Layout, changes: PageChanges, touched: Touched): HTMLElement[] | undefined {
    const { container } = layout;
    const moved = new Set(
      [...changes.removed, ...changes.added].filter(
        (node) => this.#slots.has(node as Element) || node.parentNode === container,
      ) as Element[],
    );
    if (moved.size > 8 || !container?.isConnected) return undefined;
    const { rowSet } = layout;
    const rows = layout.rows.slice();
    for (const slot of moved) {
      const row = this.#slots.get(slot);
      if (row && rowSet.delete(row)) {
        rows.splice(rows.indexOf(row), 1);
        this.#touch(row, touched);
      }
    }
    for (const slot of moved) {
      const row = slot.parentNode === container ? this.#rowOf(slot, layout) : null;
      if (row === false) return undefined;
      // Right after the row of the nearest slot above it that is listed.
      let at = 0;
      for (let up = slot.previousElementSibling; up && !at; up = up.previousElementSibling)
        at = rows.indexOf(this.#slots.get(up) as HTMLElement) + 1;
      if (row) {
        rows.splice(at, 0, row);
        rowSet.add(row);
        touched[0].push(row);
      }
    }
    return rows;
  }

  /**
   * Rendered rows, top to bottom, re-reading only what `changes` touched. `open` gives the open
   * thread when the address gives its id: its link-less row takes that key. The identity
   * remembers such pairings between reads.
   */
  read(
    doc: Document,
    changes: PageChanges | undefined,
    open: () => OpenThreadHint | undefined,
  ): InboxRead {
    const scope = this.listElement(doc) ?? doc.body;
    let layout = this.#layout;
    let rowsNow: HTMLElement[] | undefined;
    let touched: Touched | undefined;
    if (changes === undefined || layout?.scope !== scope) {
      this.#entries = new ElementCache();
      this.#weights = new DrawingMemo();
    } else {
      const current = layout.rowSet;
      let structural = false;
      let slotsMoved = false;
      touched = [[], []];
      for (const target of changes.targets) {
        if (!scope.contains(target)) continue;
        // The container's own child list: slots added, removed or moved (patched below).
        if (target === layout.container) {
          slotsMoved = true;
          continue;
        }
        let inRow = false;
        for (
          let el: Element | null = target instanceof Element ? target : target.parentElement;
          el && el !== scope;
          el = el.parentElement
        ) {
          if (current.has(el)) {
            // A text's own change is recorded on the text: a read row that reads the same after
            // it (a new message of the open thread) is handed as it was.
            if (target.nodeType === 1 || !this.#entries.get(el)?.facts.row?.same(this.#weights)) {
              this.#touch(el as HTMLElement, touched);
              this.#entries.delete(el);
            }
            inRow = true;
            break;
          }
          // A changed element above the rows: the slot it is in may hold another row now.
          if (el.parentElement === layout.container) this.#slots.delete(el);
        }
        if (!inRow) structural = true;
      }
      // Patched rows keep the set, which patch updated.
      rowsNow = structural
        ? undefined
        : slotsMoved
          ? this.#patch(layout, changes, touched)
          : layout.rows;
      if (rowsNow) layout = { ...layout, rows: rowsNow };
      else {
        touched = undefined;
        rowsNow = this.#relist(layout);
      }
    }
    if (!rowsNow || !layout || layout.scope !== scope) {
      layout = this.#findAll(scope);
      rowsNow = layout.rows;
    }
    if (rowsNow !== layout.rows) layout = { ...layout, rows: rowsNow, rowSet: new Set(rowsNow) };
    this.#layout = layout;
    const fresh: InboxRow[] = [];
    return {
      rows:
        (touched && this.#patched(doc, rowsNow, touched, fresh, open)) ??
        this.#inboxRows(doc, rowsNow, open, fresh),
      fresh,
    };
  }

  /** Notes a row the changes touched, with its entry so far. */
  #touch(row: HTMLElement, [rows, entries]: Touched): void {
    rows.push(row);
    entries.push(this.#entries.get(row));
  }

  /** The InboxRow for a row: the one handed last while its key and unread count hold. */
  #hand(entry: InboxEntry, threadKey: string, unreadCount: number, fresh: InboxRow[]) {
    const known = entry.handed;
    if (known?.threadKey === threadKey && known.unreadCount === unreadCount) return known;
    // Preview, muted and group stay unread until asked for.
    const handed = new HandedRow(entry.facts.row as Facts, threadKey, unreadCount);
    fresh.push(handed);
    return (entry.handed = handed);
  }

  /**
   * The rows handed over last with only the touched ones taken out and put back at their new
   * places (a new message costs the rows it moved, not the inbox); link-less rows keep their keys
   * but for the names the touched rows carry (`ThreadIdentity.patch`). Undefined when every row
   * must be looked at (no such rows kept, a touched element that is no row, a link-less row among
   * rows that were not keyed together, or bold names that become noise).
   */
  #patched(
    doc: Document,
    elements: readonly HTMLElement[],
    [touched, before]: Touched,
    fresh: InboxRow[],
    open: () => OpenThreadHint | undefined,
  ): InboxRow[] | undefined {
    const last = this.#last;
    if (!last) return;
    const rows = last.rows.slice();
    let { unread } = last;
    const gone: Facts[] = [];
    for (const entry of new Set(before)) {
      const at = rows.indexOf(entry?.handed as InboxRow);
      if (at < 0) continue;
      unread -= (rows.splice(at, 1)[0] as InboxRow).unreadCount;
      gone.push((entry as InboxEntry).facts.row as Facts);
    }
    // Every listed element is a row, so a row's place among the elements is its place among the rows.
    const back = [...new Set(touched)]
      .map((el) => [elements.indexOf(el), this.#factsOf(el)] as const)
      .filter(([at]) => at >= 0)
      .sort((a, b) => a[0] - b[0]);
    const come: Facts[] = [];
    for (const [, entry] of back) {
      const row = entry.facts.row;
      if (!row || (row.routeKey === undefined && !last.keyed)) return;
      come.push(row);
      unread += row.unreadCount;
    }
    if (nameOnlyIsNoise(doc, unread)) return;
    const keys = last.keyed
      ? this.#identity.patch(gone, come, (row) => elements.indexOf(row.element), open())
      : new Map<Facts, string>();
    if (!keys) return;
    // Rows left in place whose key changed (namesakes of a touched row) are handed anew there.
    for (const [row, key] of keys) {
      const entry = this.#entries.get(row.element);
      const at = rows.indexOf(entry?.handed as InboxRow);
      if (entry && at >= 0) rows[at] = this.#hand(entry, key, row.unreadCount, fresh);
    }
    for (const [at, entry] of back) {
      const row = entry.facts.row as Facts;
      const key = row.routeKey ?? keys.get(row) ?? '';
      rows.splice(at, 0, this.#hand(entry, key, row.unreadCount, fresh));
    }
    this.#last = { ...last, rows, unread };
    return rows;
  }

  #inboxRows(
    doc: Document,
    elements: readonly HTMLElement[],
    open: () => OpenThreadHint | undefined,
    fresh: InboxRow[],
  ): InboxRow[] {
    const entries: InboxEntry[] = [];
    let linkless = false;
    let unread = 0;
    for (const element of elements) {
      const entry = this.#factsOf(element);
      const row = entry.facts.row;
      if (!row) continue;
      entries.push(entry);
      if (row.routeKey === undefined) linkless = true;
      unread += row.unreadCount;
    }
    const facts = (entry: InboxEntry) => entry.facts.row as Facts;
    const keys = linkless ? this.#identity.keys(entries.map(facts), open()) : undefined;
    const noise = nameOnlyIsNoise(doc, unread);
    const rows = entries.map((entry, index) => {
      const row = facts(entry);
      return this.#hand(
        entry,
        keys ? (keys[index] ?? '') : (row.routeKey ?? ''),
        noise && row.unreadByNameOnly ? 0 : row.unreadCount,
        fresh,
      );
    });
    this.#last =
      noise || entries.length < elements.length ? undefined : { rows, unread, keyed: !!keys };
    return rows;
  }
}
