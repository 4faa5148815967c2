/**
 * The stylesheet that draws the marks on the sites' inbox rows: a coloured bar and a short label,
 * both pseudo-elements of the row above its children (so the site's own background of a selected
 * row cannot paint over the bar), from the attributes marks.ts sets. It styles only our own
 * attributes.
 *
 * It is not added by the content script: the build writes it as a file per site and lists it in
 * the manifest with that site's content script (wxt.config.ts), so the browser has it in the page
 * before the page's first style calculation. A `<style>` element added by the script made the
 * browser recalculate the style of the whole page (an empty one did as much; some 18 ms of the
 * page's main thread on a 2,000-message thread), right after the first pass.
 */
import { CATEGORY_COLOURS } from '../category-colours';
import type { Platform } from '../platforms/types';

export const MARK_ATTRIBUTE = 'data-escalation-category';
export const LABEL_ATTRIBUTE = 'data-escalation-label';

/** Where the build puts the site's stylesheet in the extension (listed in the manifest). */
export function markStylesheetFile(platform: Platform): string {
  return `content-scripts/marks-${platform}.css`;
}

export function markStylesheet(platform: Platform): string {
  // Minified by hand (no line breaks, no quotes a selector does not need): the file counts
  // towards the content script's 60 KB.
  const colours = Object.entries(CATEGORY_COLOURS)
    .map(([c, colour]) => `[${MARK_ATTRIBUTE}=${c}]{--er-colour:${colour}}`)
    .join('');
  return (
    colours +
    (platform === 'instagram' ? `[${MARK_ATTRIBUTE}]{position:relative}` : '') +
    `[${MARK_ATTRIBUTE}]::before{content:"";position:absolute;inset:0 auto 0 0;width:4px;z-index:3;pointer-events:none;background:var(--er-colour)}` +
    `[${MARK_ATTRIBUTE}]::after{content:attr(${LABEL_ATTRIBUTE});position:absolute;right:44px;bottom:3px;z-index:3;pointer-events:none;` +
    'font:600 11px/15px system-ui,sans-serif;color:#fff;background:var(--er-colour);border-radius:8px;padding:0 7px;max-width:45%;' +
    'overflow:hidden;text-overflow:ellipsis;white-space:nowrap;box-shadow:0 0 0 1px #ffffff59}' +
    '[data-escalation-reveal]{animation:er-flash 1.2s ease-in-out 2}' +
    '@keyframes er-flash{50%{background-color:color-mix(in srgb,var(--er-colour,#c62828) 22%,transparent)}}'
  );
}
