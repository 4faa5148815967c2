// The colours the owner reads: one colour per category on every surface, and every text and
// background pair of the pages' and the banner's themes readable (WCAG AA: 4.5:1 for text, 3:1 for
// focus rings and graphics such as the category bars and the chat-list bar).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER_CSS } from '../../../components/injected/HandoffBanner';
import { CATEGORY_COLOURS } from '../../../lib/category-colours';
import { CATEGORIES } from '../../../lib/classifier/types';
import { contrastRatio } from '../../shared/contrast';

const themeCss = readFileSync(
  join(import.meta.dirname, '../../../components/shared/theme.css'),
  'utf8',
);

/** The custom properties of one CSS block. */
function variables(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6}|#[0-9a-f]{3}\b)/gi)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
}

const rootBlocks = [...themeCss.matchAll(/:root\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '');
const pageLight = variables(rootBlocks[0] ?? '');
const pageDark = { ...pageLight, ...variables(rootBlocks[1] ?? '') };
const bannerLight = variables(/:host\{([^}]*)\}/.exec(BANNER_CSS)?.[1] ?? '');
const bannerDark = {
  ...bannerLight,
  ...variables(/:host\(\[data-theme="?dark"?\]\)\{([^}]*)\}/.exec(BANNER_CSS)?.[1] ?? ''),
};

const WHITE = '#ffffff';

describe('category colours', () => {
  it('are the same in the pages stylesheet as in the table used by marks, banner and badge', () => {
    for (const category of CATEGORIES) {
      expect(pageLight[`c-${category}`], category).toBe(CATEGORY_COLOURS[category]);
      expect(pageDark[`c-${category}`], `${category} in dark`).toBe(CATEGORY_COLOURS[category]);
    }
  });

  it('carry white text at 4.5:1 or more (pills, banner, buttons, chat-list labels)', () => {
    for (const category of CATEGORIES) {
      expect(contrastRatio(CATEGORY_COLOURS[category], WHITE), category).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('stand out 3:1 from the dark backgrounds they are drawn on (popup, options, WhatsApp dark)', () => {
    for (const category of CATEGORIES) {
      for (const bg of [pageDark['bg'] ?? '', '#111b21']) {
        expect(
          contrastRatio(CATEGORY_COLOURS[category], bg),
          `${category} on ${bg}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('differ from one another', () => {
    expect(new Set(Object.values(CATEGORY_COLOURS)).size).toBe(CATEGORIES.length);
  });
});

describe.each([
  ['light', pageLight],
  ['dark', pageDark],
])('the popup and options page, %s', (_name, v) => {
  const text: [string, string][] = [
    ['fg', 'bg'],
    ['fg', 'bg-soft'],
    ['fg-soft', 'bg'],
    ['fg-soft', 'bg-soft'],
    ['accent-fg', 'accent'],
    ['danger', 'bg'],
    ['warn', 'bg'],
  ];
  it.each(text)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(v[fg] ?? '', v[bg] ?? '')).toBeGreaterThanOrEqual(4.5);
  });
  it('focus ring is at least 3:1 on both backgrounds', () => {
    expect(contrastRatio(v['focus'] ?? '', v['bg'] ?? '')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(v['focus'] ?? '', v['bg-soft'] ?? '')).toBeGreaterThanOrEqual(3);
  });
});

describe.each([
  ['light', bannerLight],
  ['dark', bannerDark],
])('the banner, %s', (_name, v) => {
  it.each([
    ['fg', 'bg'],
    ['muted', 'bg'],
    ['warn', 'bg'],
  ])('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(v[fg] ?? '', v[bg] ?? '')).toBeGreaterThanOrEqual(4.5);
  });
  it('focus ring (the text colour) is at least 3:1 on the banner', () => {
    expect(BANNER_CSS).toContain('outline:2px solid var(--fg)');
    expect(contrastRatio(v['fg'] ?? '', v['bg'] ?? '')).toBeGreaterThanOrEqual(3);
  });
});
