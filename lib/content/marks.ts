/**
 * The marks on the site's own chat list: `data-escalation-category` on the row element the adapter
 * identified (docs/contracts.md, "Marks"), a coloured bar and a short label drawn by one stylesheet we add
 * (both are pseudo-elements of the row above its children, so the site's own background of a
 * selected row cannot paint over the bar),
 * and an accessible description for screen readers. Marks are re-applied after every list
 * re-render and removed as soon as the escalation is closed anywhere.
 */
import { CATEGORY_COLOURS } from '../category-colours';
import type { Category } from '../classifier/types';
import type { InboxRow, Platform } from '../platforms/types';

export const MARK_ATTRIBUTE = 'data-escalation-category';
const LABEL_ATTRIBUTE = 'data-escalation-label';
const STYLE_ID = 'escalation-radar-marks';

export type LabelFor = (category: Category) => string;

function stylesheet(platform: Platform): string {
  const colours = Object.entries(CATEGORY_COLOURS)
    .map(([c, colour]) => `[${MARK_ATTRIBUTE}="${c}"]{--er-colour:${colour}}`)
    .join('');
  return `${colours}
${platform === 'instagram' ? `[${MARK_ATTRIBUTE}]{position:relative}` : ''}
[${MARK_ATTRIBUTE}]::before{content:"";position:absolute;left:0;top:0;bottom:0;width:4px;z-index:3;pointer-events:none;background:var(--er-colour)}
[${MARK_ATTRIBUTE}]::after{content:attr(${LABEL_ATTRIBUTE});position:absolute;right:44px;bottom:3px;z-index:3;pointer-events:none;
font:600 11px/15px system-ui,sans-serif;color:#fff;background:var(--er-colour);border-radius:8px;padding:0 7px;max-width:45%;
overflow:hidden;text-overflow:ellipsis;white-space:nowrap;box-shadow:0 0 0 1px rgba(255,255,255,.35)}
[data-escalation-reveal]{animation:er-flash 1.2s ease-in-out 2}
@keyframes er-flash{50%{background-color:color-mix(in srgb,var(--er-colour,#c62828) 22%,transparent)}}`;
}

/** Adds our one stylesheet to the page once. It styles only our own attributes. */
export function ensureMarkStyles(doc: Document, platform: Platform): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-escalation-ui', '');
  style.textContent = stylesheet(platform);
  doc.head.append(style);
}

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
