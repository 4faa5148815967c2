/**
 * A per-container cache of parsed rows, so a pass over the chat list or the open conversation
 * parses only rows it has not seen. Rows are the elements a SelectorSpec finds in the container
 * (first alternative that matches anything, as queryAll does), in DOM order; each row's parse is
 * kept in a WeakMap keyed by the element. A MutationObserver on the container keeps the cache
 * exact (its records are taken synchronously at the start of every read, so no ordering with other
 * observers matters): a change anywhere inside a cached row (text, attributes, children) drops that
 * row's parse; added and removed subtrees are searched for rows, which are put in place by DOM
 * position or dropped, so a new message or a replaced chat row costs a few small queries; a change
 * to an attribute the row selectors read, or rows of an earlier alternative appearing, makes the
 * next read enumerate the whole container again. With no change a read touches no DOM at all.
 * Without MutationObserver (never in browsers) every read enumerates and parses afresh.
 */
import type { SelectorSpec } from '../selector-spec';
import { selectors } from './selectors';

export interface CachedRow<F> {
  element: HTMLElement;
  facts: F;
}

/** Attribute names the selectors of the specs read, e.g. `[data-id]` → data-id; ids, classes. */
function attributeNames(specs: readonly SelectorSpec[]): Set<string> {
  const names = new Set<string>(['id', 'class']);
  for (const spec of specs) {
    for (const css of spec.css) {
      for (const m of css.matchAll(/\[\s*([\w-]+)/g)) names.add(m[1] ?? '');
    }
  }
  return names;
}

/**
 * Every attribute a row parse can depend on: those the selectors name, plus those the parsers
 * read directly (getAttribute, style, emoji images). Changes to any other attribute — such as
 * the content runtime's own marks on the rows — leave the cache alone.
 */
const READ_ATTRIBUTES = [
  ...attributeNames(Object.values(selectors)),
  'title',
  'aria-label',
  'data-id',
  'data-testid',
  'data-pre-plain-text',
  'data-plain-text',
  'alt',
  'style',
];

export class RowCache<F> {
  private facts = new WeakMap<Element, F>();
  private container: Element | undefined;
  private observer: MutationObserver | undefined;
  /** The last enumeration; undefined when the next read must enumerate the whole container. */
  private elements: HTMLElement[] | undefined;
  /** Index in spec.css of the alternative the last enumeration used (-1: none matched). */
  private alternative = -1;
  /** Nodes added to / removed from the container's subtree since the last read. */
  private added: Node[] = [];
  private removed: Node[] = [];
  private readonly structural: Set<string>;
  private rows: readonly CachedRow<F>[] = [];
  /** Some cached parse was dropped since the last read. */
  private dropped = false;
  /** Number of read() calls so far. */
  reads = 0;
  /** How many leading rows of the last read are the same objects as in the read before it. */
  unchangedPrefix = 0;

  constructor(
    private readonly spec: SelectorSpec,
    /** Parses one row; may return facts that say the row is to be skipped. */
    private readonly parse: (element: HTMLElement, container: Element) => F,
  ) {
    this.structural = attributeNames([spec]);
  }

  /** The rows of `container` in DOM order, each with its (cached) parse. The array is the
   * cache's own: callers must not change it. */
  read(container: Element): readonly CachedRow<F>[] {
    this.reads++;
    if (container !== this.container) this.attach(container);
    else if (this.observer) this.apply(this.observer.takeRecords());
    if (!this.observer) this.reset();
    const before = this.rows;
    let elements = this.elements;
    if (elements && !this.dropped && this.added.length === 0 && this.removed.length === 0) {
      this.unchangedPrefix = before.length;
      return before;
    }
    let appendOnly = !this.dropped;
    if (elements && (this.added.length > 0 || this.removed.length > 0)) {
      const patched = this.patch(elements);
      if (patched && patched.length > 0) {
        appendOnly &&= patched.length >= elements.length && startsWith(patched, elements);
        elements = patched;
      } else {
        elements = undefined;
      }
    }
    if (!elements) {
      elements = this.enumerate(container);
      appendOnly = false;
    }
    this.elements = elements;
    this.rows = appendOnly
      ? before.concat(this.withFacts(elements.slice(before.length), container, []))
      : this.withFacts(elements, container, before);
    this.unchangedPrefix = appendOnly ? before.length : 0;
    this.added = [];
    this.removed = [];
    this.dropped = false;
    return this.rows;
  }

  /** Rows for `elements`, reusing the entries of `previous` whose parse is still cached. */
  private withFacts(
    elements: HTMLElement[],
    container: Element,
    previous: readonly CachedRow<F>[],
  ): CachedRow<F>[] {
    const rows = new Array<CachedRow<F>>(elements.length);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i] as HTMLElement;
      const old = previous[i];
      let facts = this.facts.get(element);
      if (old && old.element === element && old.facts === facts) {
        rows[i] = old;
        continue;
      }
      if (facts === undefined) {
        facts = this.parse(element, container);
        this.facts.set(element, facts);
      }
      rows[i] = { element, facts };
    }
    return rows;
  }

  private attach(container: Element): void {
    this.observer?.disconnect();
    this.container = container;
    this.reset();
    if (typeof MutationObserver === 'undefined') {
      this.observer = undefined;
      return;
    }
    this.observer = new MutationObserver((records) => {
      this.apply(records);
    });
    this.observer.observe(container, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: [...new Set(READ_ATTRIBUTES)],
      characterData: true,
    });
  }

  private reset(): void {
    this.facts = new WeakMap();
    this.elements = undefined;
    this.added = [];
    this.removed = [];
    this.rows = [];
  }

  private enumerate(container: Element): HTMLElement[] {
    this.alternative = -1;
    for (let i = 0; i < this.spec.css.length; i++) {
      const found = container.querySelectorAll<HTMLElement>(this.spec.css[i] ?? '');
      if (found.length === 0) continue;
      this.alternative = i;
      const out = new Array<HTMLElement>(found.length);
      for (let j = 0; j < found.length; j++) out[j] = found[j] as HTMLElement;
      return out;
    }
    return [];
  }

  /** The rows after the recorded child-list changes, or undefined when the whole container
   * must be enumerated again (the chain would now resolve to another alternative). */
  private patch(elements: HTMLElement[]): HTMLElement[] | undefined {
    if (this.alternative < 0) return undefined;
    const css = this.spec.css[this.alternative] ?? '';
    const gone = new Set<Element>();
    for (const node of this.removed) {
      for (const row of rowsIn(node, css)) {
        gone.add(row);
        // A removed row may come back elsewhere: it keeps nothing it learnt about its ancestors.
        if (this.facts.delete(row)) this.dropped = true;
      }
    }
    let out = gone.size > 0 ? elements.filter((element) => !gone.has(element)) : elements.slice();
    const container = this.container;
    const added = this.added.filter(
      (node) =>
        container?.contains(node) === true &&
        !this.added.some((other) => other !== node && other.contains(node)),
    );
    for (const node of added) {
      for (let i = 0; i < this.alternative; i++) {
        if (rowsIn(node, this.spec.css[i] ?? '').length > 0) return undefined;
      }
      for (const row of rowsIn(node, css)) {
        if (out.includes(row)) continue;
        out = insertInOrder(out, row);
      }
    }
    return out;
  }

  private apply(records: MutationRecord[]): void {
    for (const record of records) {
      this.dropRowsAround(record.target);
      if (record.type === 'childList') this.childList(record);
      else if (record.type === 'attributes' && this.structural.has(record.attributeName ?? '')) {
        // A row selector reads this attribute: rows (and rows nested in rows) may have changed.
        this.reset();
      }
    }
  }

  private childList(record: MutationRecord): void {
    if (!this.elements) return;
    for (const node of record.removedNodes) this.removed.push(node);
    for (const node of record.addedNodes) this.added.push(node);
  }

  /** Drops the parse of every cached row that holds `node` (a nested row's outer row too). */
  private dropRowsAround(node: Node): void {
    for (let at: Node | null = node; at && at !== this.container; at = at.parentNode) {
      if (this.facts.delete(at as Element)) this.dropped = true;
    }
  }
}

/** `node` itself and its descendants matching css, in DOM order (works on detached nodes). */
function rowsIn(node: Node, css: string): HTMLElement[] {
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as HTMLElement;
  const out: HTMLElement[] = element.matches(css) ? [element] : [];
  const inner = element.querySelectorAll<HTMLElement>(css);
  for (let i = 0; i < inner.length; i++) out.push(inner[i] as HTMLElement);
  return out;
}

/** `rows` (in DOM order) with `row` inserted at its DOM position; binary search, append first. */
function insertInOrder(rows: HTMLElement[], row: HTMLElement): HTMLElement[] {
  const follows = (other: HTMLElement): boolean =>
    (row.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const last = rows[rows.length - 1];
  if (!last || !follows(last)) {
    rows.push(row);
    return rows;
  }
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (follows(rows[mid] as HTMLElement)) hi = mid;
    else lo = mid + 1;
  }
  rows.splice(lo, 0, row);
  return rows;
}

function startsWith(rows: HTMLElement[], prefix: HTMLElement[]): boolean {
  for (let i = 0; i < prefix.length; i++) if (rows[i] !== prefix[i]) return false;
  return true;
}
