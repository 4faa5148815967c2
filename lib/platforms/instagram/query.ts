/**
 * Cheap existence checks over a selector chain. `queryFirst` tries each selector of a chain in
 * turn (one querySelector per entry); when the caller only needs to know whether anything in the
 * chain matches (or which element first matches in document order does not matter), one combined
 * selector list does the same work in a single call. The selector strings themselves stay in
 * selectors.ts; a chain asked of every row is joined once, where it is used (`listOf`). Read-only;
 * holds nothing between calls.
 */
import type { SelectorSpec } from '../selector-spec';

/** The chain's selectors as one selector list. */
export const listOf = (spec: SelectorSpec): string => spec.css.join(',');

/** Whether any selector of the chain (or of the list) matches an element under `root`. */
export function hasMatch(root: ParentNode, spec: SelectorSpec | string): boolean {
  return root.querySelector(typeof spec === 'string' ? spec : listOf(spec)) !== null;
}

/** Whether `el` itself matches any selector of the chain. */
export function matchesAny(el: Element, spec: SelectorSpec): boolean {
  return el.matches(listOf(spec));
}
