/**
 * What the stylesheets of the injected UI's shadow roots (the banner, "Needs me") share: the
 * host's reset, font and light and dark palettes, the buttons' frame and focus ring, and one rule
 * per category.
 * These stylesheets travel inside the content scripts (60 KB each), so they are written as
 * minified CSS: no line breaks, no quotes a selector does not need, each shared part once.
 */
import { CATEGORY_COLOURS } from '@/lib/category-colours';
import type { Category } from '@/lib/classifier/types';

/**
 * The host's frame at `fontPx`, with `light` and `dark` appended to the palettes (each starts with
 * ";"). No other rule of these stylesheets sets an outline, so the focus ring's place among them
 * does not matter.
 */
export function hostStyle(fontPx: number, light = '', dark = ''): string {
  return (
    `:host{all:initial;display:block;font:${fontPx}px/1.4 system-ui,sans-serif;` +
    `--bg:#fff;--fg:#111b21;--muted:#54656f;--line:#e9edef${light}}` +
    `:host([data-theme=dark]){--bg:#202c33;--fg:#e9edef;--muted:#aebac1;--line:#2a3942${dark}}` +
    // Each stylesheet adds its buttons' size and colour in a later rule.
    'button{font:inherit;border:1px solid var(--line);background:var(--bg);cursor:pointer}' +
    'button:focus-visible{outline:2px solid var(--fg);outline-offset:2px}'
  );
}

/** `rule` for every category, with its colour, in the categories' order. */
export function perCategory(rule: (category: Category, colour: string) => string): string {
  return Object.entries(CATEGORY_COLOURS)
    .map(([category, colour]) => rule(category as Category, colour))
    .join('');
}
