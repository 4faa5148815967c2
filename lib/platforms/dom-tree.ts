/**
 * Where elements sit in the page's tree, for the adapters and the runtime alike (one copy in each
 * content script). Reads only.
 */

/** The smallest element containing all `elements` (undefined for none). */
export function commonAncestor(elements: readonly Element[]): HTMLElement | undefined {
  const [first, ...rest] = elements;
  let ancestor = first?.parentElement;
  for (const element of rest) {
    while (ancestor && !ancestor.contains(element)) ancestor = ancestor.parentElement;
  }
  return ancestor ?? undefined;
}
