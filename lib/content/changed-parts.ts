/**
 * Which parts of the page a batch of mutations touched: the chat list, the open conversation, or
 * something else (the panel was replaced, the app re-rendered), so a pass re-reads only what
 * changed. Pure DOM containment checks; no reads of layout or style.
 */
export interface ChangedParts {
  list: boolean;
  thread: boolean;
}

export const EVERYTHING: ChangedParts = { list: true, thread: true };

/** The smallest element containing all `elements` (undefined for none). */
export function commonAncestor(elements: readonly Element[]): Element | undefined {
  const [first, ...rest] = elements;
  let ancestor: Element | null | undefined = first?.parentElement;
  for (const element of rest) {
    while (ancestor && !ancestor.contains(element)) ancestor = ancestor.parentElement;
  }
  return ancestor ?? undefined;
}

/**
 * `changed` undefined means "anything may have changed". A change outside both known parts (or
 * when a part is not known, or no longer in the page) means everything is re-read.
 */
export function changedParts(
  changed: readonly Node[] | undefined,
  listRoot: Element | undefined,
  threadRoot: Element | undefined,
): ChangedParts {
  if (changed === undefined) return EVERYTHING;
  const list = listRoot?.isConnected ? listRoot : undefined;
  const thread = threadRoot?.isConnected ? threadRoot : undefined;
  const parts = { list: false, thread: false };
  for (const node of changed) {
    if (list?.contains(node)) parts.list = true;
    else if (thread?.contains(node)) parts.thread = true;
    else return EVERYTHING;
  }
  return parts;
}
