/**
 * The marks on the site's own chat list: `data-escalation-category` on the row element the adapter
 * identified (docs/contracts.md, "Marks") and the label's text, from which the stylesheet the
 * manifest lists (mark-styles.ts) draws a coloured bar and a short label, and an accessible
 * description for screen readers. Marks are re-applied after every list re-render and removed as
 * soon as the escalation is closed anywhere.
 */
import type { Category } from '../classifier/types';
import type { InboxRow } from '../platforms/types';
import { LABEL_ATTRIBUTE, MARK_ATTRIBUTE } from './mark-styles';

export type LabelFor = (category: Category) => string;

const ATTRIBUTES = [MARK_ATTRIBUTE, LABEL_ATTRIBUTE, 'aria-description'];

/** Sets or clears the mark on these rows; writes only the attributes whose value changes. */
export function applyMarks(
  rows: readonly InboxRow[],
  open: ReadonlyMap<string, Category>,
  labelFor: LabelFor,
): void {
  for (const { element: el, threadKey } of rows) {
    const category = open.get(threadKey);
    if (category === undefined) {
      if (el.hasAttribute(MARK_ATTRIBUTE)) unmark(el);
      continue;
    }
    const label = labelFor(category);
    // Only what differs: the site may have dropped some of them (a re-rendered row).
    [category, label, `Escalation Radar: ${label}`].forEach((value, i) => {
      const name = ATTRIBUTES[i] as string;
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    });
  }
}

function unmark(el: Element): void {
  for (const name of ATTRIBUTES) el.removeAttribute(name);
}

/** Removes every mark we set (when the page is no longer recognised or the script stops). */
export function clearMarks(doc: Document): void {
  doc.querySelectorAll(`[${MARK_ATTRIBUTE}]`).forEach(unmark);
}

/** Scrolls a thread's row into view and flashes it. Never clicks it (read receipts). */
export function revealRow(rows: readonly InboxRow[], threadKey: string): boolean {
  const row = rows.find((r) => r.threadKey === threadKey);
  if (!row) return false;
  row.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row.element.setAttribute('data-escalation-reveal', '');
  setTimeout(() => {
    row.element.removeAttribute('data-escalation-reveal');
  }, 2600);
  return true;
}
