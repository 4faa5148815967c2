/**
 * The shape of one entry in a platform's selectors.ts, and the one module that queries them.
 * An entry is an ordered chain of CSS selectors (most stable first) and nothing else, because
 * selectors.ts is bundled into the content script. What each entry finds, when it was checked and
 * which fixture proves each alternative is in the site's selector-contract.ts (shape in
 * ../selector-contract.ts), read only by the selector-contract tests and the docs. Every DOM query
 * an adapter makes with a selector of selectors.ts goes through the functions below.
 */
export interface SelectorSpec {
  /** Ordered from most to least stable; the first that matches wins. */
  readonly css: readonly string[];
}

/** First element matching any selector of the chain, in chain order. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects, as querySelector<E> does
export function queryFirst<E extends Element = HTMLElement>(
  root: ParentNode,
  spec: SelectorSpec,
): E | undefined {
  for (const css of spec.css) {
    const found = root.querySelector<E>(css);
    if (found) return found;
  }
  return undefined;
}

/** All elements matched by the first selector of the chain that matches anything. */
export function queryAll<E extends Element = HTMLElement>(
  root: ParentNode,
  spec: SelectorSpec,
): E[] {
  return Array.from(queryList<E>(root, spec));
}

/** queryAll without the copy: the NodeList of the first alternative that matches anything. */
export function queryList<E extends Element = HTMLElement>(
  root: ParentNode,
  spec: SelectorSpec,
): ArrayLike<E> {
  for (const css of spec.css) {
    const found = root.querySelectorAll<E>(css);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * A chain's alternatives as one selector list, joined once per chain: a list joined anew for each
 * query was a new string each time, which the browser copied and hashed again before looking its
 * parsed selector up (about a microsecond a query, and hundreds of queries at load).
 */
const lists = new WeakMap<SelectorSpec, string>();
function listOf(spec: SelectorSpec): string {
  let css = lists.get(spec);
  if (css === undefined) lists.set(spec, (css = spec.css.join(', ')));
  return css;
}

/** Several chains as one, whose alternatives are theirs in order (made once, kept by the caller). */
export function chains(...specs: SelectorSpec[]): SelectorSpec {
  return { css: specs.flatMap((spec) => spec.css) };
}

/**
 * Whether any alternative of the chain matches under root: one query for them all (the order of
 * the alternatives does not matter for a yes/no answer, and a miss walks the tree once).
 */
export function hasAny(root: ParentNode, spec: SelectorSpec): boolean {
  return root.querySelector(listOf(spec)) !== null;
}

/** Every element under root matching any alternative of the chain, in DOM order. */
export function queryEvery<E extends Element = HTMLElement>(
  root: ParentNode,
  spec: SelectorSpec,
): E[] {
  return [...root.querySelectorAll<E>(listOf(spec))];
}

/** Whether the element itself matches any alternative of the chain. */
export function matchesAny(element: Element, spec: SelectorSpec): boolean {
  return element.matches(listOf(spec));
}

/** Whether the element or one of its ancestors matches any alternative of the chain (one walk). */
export function insideAny(element: Element, spec: SelectorSpec): boolean {
  return element.closest(listOf(spec)) !== null;
}

/** Closest ancestor (or self) matching any selector of the chain, in chain order. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- as for queryFirst
export function closest<E extends Element = HTMLElement>(
  element: Element,
  spec: SelectorSpec,
): E | undefined {
  for (const css of spec.css) {
    const found = element.closest<E>(css);
    if (found) return found;
  }
  return undefined;
}

/**
 * The rows of a list: the elements under `list` matching the first alternative of the chain that
 * matches anything, and which alternative that was (-1: none), so later reads can look for rows
 * of the same alternative in added nodes only.
 */
export function listRowsOf(list: ParentNode, spec: SelectorSpec): RowQuery {
  for (let i = 0; i < spec.css.length; i++) {
    const css = spec.css[i] ?? '';
    const found = list.querySelectorAll<HTMLElement>(css);
    if (found.length > 0) return { css, alternative: i, rows: [...found] };
  }
  return { css: '', alternative: -1, rows: [] };
}

export interface RowQuery {
  /** The alternative that matched ('' for none). */
  readonly css: string;
  readonly alternative: number;
  readonly rows: HTMLElement[];
}

/** `node` itself and its descendants matching `css`, in DOM order (works on detached nodes). */
export function rowsIn(node: Node, css: string): HTMLElement[] {
  if (css === '' || node.nodeType !== 1) return [];
  const element = node as HTMLElement;
  const out: HTMLElement[] = element.matches(css) ? [element] : [];
  for (const inner of element.querySelectorAll<HTMLElement>(css)) out.push(inner);
  return out;
}

/** The nearest ancestor-or-self of `node` matching `css` below `stop` (undefined at `stop`). */
export function rowAround(node: Node, css: string, stop: Element): HTMLElement | undefined {
  if (css === '') return undefined;
  for (let at: Node | null = node; at && at !== stop; at = at.parentNode) {
    if (at.nodeType === 1 && (at as Element).matches(css)) return at as HTMLElement;
  }
  return undefined;
}

/**
 * The rows of a `RowQuery` as firstInEachRow needs them, shared by every lookup over the same rows:
 * the rows as a set, and whether any row lies inside another. Rows come in document order, so
 * one does exactly when one lies inside the row just before it (the first row inside another
 * follows its outer row, and every row between the two lies inside the outer one too): a
 * `contains` per row, where a query for rows inside rows matched every row's ancestors up to the
 * document's root.
 */
export interface RowIndex {
  readonly rows: ReadonlySet<Element>;
  readonly nested: boolean;
}

export function rowIndex(rows: RowQuery): RowIndex {
  const list = rows.rows;
  let nested = false;
  for (let i = 1; i < list.length && !nested; i++) {
    nested = (list[i - 1] as Element).contains(list[i] as Element);
  }
  return { rows: new Set<Element>(list), nested };
}

/**
 * `queryFirst(row, spec)` for each row of `rows` (all the elements under `list` matching
 * `rows.css`, as `listRowsOf` gives them), with one query per alternative over the whole list
 * instead of one per row: on a list of hundreds of rows the per-row queries cost tens of times
 * more. Same answer for every row: the first alternative with a match inside the row, and of its
 * matches the first in document order. The rows holding a match are found with `closest`, so no
 * element between the match and its row is handed to the script; a match an earlier alternative
 * already gave some row settles nothing new (every row around it has its answer), so it is not
 * walked up from again. Rows without one are absent. `index` (`rowIndex(rows)`) may be shared by
 * several calls over the same rows.
 */
export function firstInEachRow(
  list: ParentNode,
  rows: RowQuery,
  spec: SelectorSpec,
  index: RowIndex = rowIndex(rows),
): Map<Element, HTMLElement> {
  const found = new Map<Element, HTMLElement>();
  if (rows.css === '') return found;
  const { rows: rowSet, nested } = index;
  /** What earlier alternatives gave, once one has given anything and another must be asked. */
  let given: ReadonlySet<Element> | undefined;
  for (const css of spec.css) {
    if (found.size === rowSet.size) break;
    if (found.size !== (given?.size ?? 0)) given = new Set(found.values());
    for (const match of list.querySelectorAll<HTMLElement>(css)) {
      if (given?.has(match)) continue;
      // Every element under the list matching the rows' selector is a row: above the last one
      // is the list or outside it. Only rows inside rows make a match look above its row.
      for (
        let row = match.parentElement?.closest(rows.css);
        row && rowSet.has(row);
        row = nested ? row.parentElement?.closest(rows.css) : undefined
      ) {
        // A row settled by an earlier alternative, or by an earlier match of this one, keeps it.
        if (!found.has(row)) found.set(row, match);
      }
    }
  }
  return found;
}
