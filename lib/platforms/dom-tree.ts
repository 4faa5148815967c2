/**
 * Where elements sit in the page's tree, for the adapters and the runtime alike (one copy in each
 * content script). Reads only.
 */

/**
 * The smallest element containing all `elements` (undefined for none). The list is read by index:
 * taking it apart into the first and the rest copied it through the iteration protocol, a step
 * per element (500 inbox rows at load, in code not compiled yet).
 */
export function commonAncestor(elements: readonly Element[]): HTMLElement | undefined {
  let ancestor = elements[0]?.parentElement;
  for (let i = 1; i < elements.length; i++) {
    while (ancestor && !ancestor.contains(elements[i] as Element))
      ancestor = ancestor.parentElement;
  }
  return ancestor ?? undefined;
}
