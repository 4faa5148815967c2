/**
 * "Is there any element matching this chain under root?" answered without walking the whole page
 * on every pass. A miss costs a full walk of the root (the login screen's `[data-ref]` in a page of
 * 30,000 elements), and health() and openThread() ask on every pass. A Presence remembers the
 * answer per root and keeps it exact with a MutationObserver: a hit stays a hit while the found
 * element is still in the root and still matches; a miss can only turn into a hit through added
 * nodes or a changed attribute the selectors read, so only those subtrees are searched. Valid for
 * selectors whose match depends on the element and its ancestors only (attributes, ids, classes,
 * tags, descendant combinators), which is all selectors.ts uses for these chains.
 */
import type { SelectorSpec } from '../selector-spec';

type Root = Document | Element;

function attributeFilter(spec: SelectorSpec): string[] {
  const names = new Set<string>();
  for (const css of spec.css) {
    for (const m of css.matchAll(/\[\s*([\w-]+)/g)) names.add(m[1] ?? '');
    if (css.includes('#')) names.add('id');
    if (css.includes('.')) names.add('class');
  }
  return [...names];
}

export class Presence {
  private root: Root | undefined;
  private observer: MutationObserver | undefined;
  /** undefined: unknown (rescan); null: none; else the element found. */
  private found: Element | null | undefined;
  private readonly filter: string[];

  constructor(private readonly spec: SelectorSpec) {
    this.filter = attributeFilter(spec);
  }

  /** Whether any alternative of the chain matches under root (queryFirst(root, spec) !== undefined). */
  has(root: Root): boolean {
    if (root !== this.root) this.attach(root);
    const records = this.observer?.takeRecords() ?? [];
    if (!this.observer) this.found = undefined;
    const found = this.found;
    if (found) {
      if (!found.isConnected || !root.contains(found) || !this.matches(found))
        this.found = undefined;
    } else if (found === null) {
      for (const record of records) {
        const hit = this.search(record);
        if (hit) {
          this.found = hit;
          break;
        }
      }
    }
    if (this.found === undefined) this.found = this.query(root) ?? null;
    return this.found !== null;
  }

  private attach(root: Root): void {
    this.observer?.disconnect();
    this.root = root;
    this.found = undefined;
    this.observer = undefined;
    if (typeof MutationObserver === 'undefined') return;
    // Records are only read in has(); the callback just keeps the queue from growing.
    this.observer = new MutationObserver((records) => {
      if (this.found !== null) return;
      for (const record of records) {
        const hit = this.search(record);
        if (hit) {
          this.found = hit;
          return;
        }
      }
    });
    this.observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: this.filter,
    });
  }

  private search(record: MutationRecord): Element | undefined {
    const nodes = record.type === 'childList' ? record.addedNodes : [record.target];
    for (const node of nodes) {
      if (node.nodeType !== Node.ELEMENT_NODE || !node.isConnected) continue;
      const element = node as Element;
      if (!this.root?.contains(element)) continue;
      if (this.matches(element)) return element;
      const inner = this.query(element);
      if (inner) return inner;
    }
    return undefined;
  }

  private matches(element: Element): boolean {
    return this.spec.css.some((css) => element.matches(css));
  }

  private query(root: Root): Element | undefined {
    for (const css of this.spec.css) {
      const hit = root.querySelector(css);
      if (hit) return hit;
    }
    return undefined;
  }
}
