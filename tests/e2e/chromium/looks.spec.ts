// How every surface renders and reads in real Chromium, in English, Brazilian Portuguese and
// Spanish, light and dark: axe-core finds nothing on the popup's log and stats or on the options
// page; the customer's name is not shrunk by Chromium's own extension-page stylesheet; each
// category has the same colour on the page marks, the banner, the popup and the stats; the marks'
// labels are readable and the selected chat keeps its bar. With SCREENSHOT_DIR set, it also saves
// the popup, options page and banner of every language and theme there.
import type { Locator, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORY_COLOURS } from '../../../lib/category-colours';
import type { Category } from '../../../lib/classifier/types';
import { AXE_RUN, AXE_SOURCE, describeViolations, type AxeViolation } from '../shared/axe';
import { toHex } from '../../shared/contrast';
import { expect, launchExtension, test } from './fixtures';
import { SitePage } from './pages';

const LOCALES = [
  { tag: 'en', title: 'Log', ui: 'en' },
  { tag: 'pt-BR', title: 'Registro', ui: 'pt' },
  { tag: 'es', title: 'Registro', ui: 'es' },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const SHOTS = process.env['SCREENSHOT_DIR'];

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate<AxeViolation[]>(AXE_RUN);
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

async function shot(target: Page | Locator, name: string, fullPage = false): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  if ('goto' in target) await target.screenshot({ path: file, fullPage });
  else await target.screenshot({ path: file });
}

/** The computed value of a CSS property, on the element or one of its pseudo-elements. */
function styleOf(locator: Locator, property: string, pseudo = ''): Promise<string> {
  return locator.evaluate(
    (el, [prop, pse]) => getComputedStyle(el, pse || null).getPropertyValue(prop ?? ''),
    [property, pseudo],
  );
}

test.describe('Looks and reads right', () => {
  test.describe.configure({ timeout: 420_000 });

  for (const locale of LOCALES) {
    test(`${locale.tag}: popup, stats, options and banner in light and dark`, async () => {
      const { context, close } = await launchExtension(locale.tag);
      try {
        const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        const extensionId = new URL(sw.url()).host;

        // The page: marks, then a message in the open chat raises the banner.
        const site = new SitePage(await context.newPage());
        await site.page.setViewportSize({ width: 1280, height: 760 });
        await site.page.goto('https://web.whatsapp.com/');
        await expect(site.marked().first()).toBeVisible();
        await site.addIncoming('Quero falar com um atendente humano, por favor. É urgente.');
        await expect(site.banner()).toBeVisible();
        await shot(site.banner(), `banner-${locale.tag}-light`);
        await shot(site.page, `whatsapp-${locale.tag}-light`);

        // The popup at the toolbar popup's width.
        const popup = await context.newPage();
        await popup.setViewportSize({ width: 380, height: 600 });
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        expect(await popup.evaluate<string>('chrome.i18n.getUILanguage()')).toMatch(
          new RegExp(`^${locale.ui}`),
        );
        await expect(popup.getByTestId('tab-log')).toHaveText(locale.title);
        await expect(popup.getByTestId('escalation-item').first()).toBeVisible();
        // The search field's hint is read whole at the toolbar popup's width, in every language.
        const hint = await popup.getByTestId('filter-search').evaluate((element) => {
          const input = element as HTMLInputElement;
          const style = getComputedStyle(input);
          const pen = document.createElement('canvas').getContext('2d');
          if (!pen) return undefined;
          pen.font = style.font;
          const room =
            input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { hint: input.placeholder, width: pen.measureText(input.placeholder).width, room };
        });
        expect(hint?.hint).not.toBe('');
        expect(hint?.width, `"${hint?.hint}" fits its field`).toBeLessThanOrEqual(hint?.room ?? 0);
        // Each filter shows its chosen option whole: a copy holding that option alone, sized to
        // it, is no wider than the filter itself.
        const cut = await popup.locator('.filters select').evaluateAll((selects) =>
          selects.flatMap((element) => {
            const select = element as HTMLSelectElement;
            const chosen = select.selectedOptions[0];
            if (!chosen) return [`${select.dataset['testid'] ?? '?'}: nothing chosen`];
            const copy = document.createElement('select');
            copy.style.cssText = 'position:absolute;visibility:hidden;width:auto;max-width:none';
            copy.className = select.className;
            copy.append(new Option(chosen.text));
            select.parentElement?.append(copy);
            const needs = copy.getBoundingClientRect().width;
            copy.remove();
            const has = select.getBoundingClientRect().width;
            return needs > has ? [`"${chosen.text}" needs ${needs} px, has ${has}`] : [];
          }),
        );
        expect(cut).toEqual([]);
        const options = await context.newPage();
        await options.setViewportSize({ width: 1000, height: 800 });
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        await expect(options.getByTestId('section-business')).toBeVisible();

        for (const scheme of SCHEMES) {
          await popup.emulateMedia({ colorScheme: scheme });
          await popup.getByTestId('tab-log').click();
          await expect(popup.getByTestId('escalation-item').first()).toBeVisible();
          await expectNoViolations(popup, `popup log, ${locale.tag}, ${scheme}`);
          await shot(popup, `popup-log-${locale.tag}-${scheme}`);
          await popup.getByTestId('tab-stats').click();
          await expect(popup.getByTestId('stats-total')).toBeVisible();
          await expectNoViolations(popup, `popup stats, ${locale.tag}, ${scheme}`);
          await shot(popup, `popup-stats-${locale.tag}-${scheme}`);

          await options.emulateMedia({ colorScheme: scheme });
          await expectNoViolations(options, `options, ${locale.tag}, ${scheme}`);
          await shot(options, `options-${locale.tag}-${scheme}`);
        }
        await shot(options, `options-${locale.tag}-light-full`, true);

        // The banner on a dark WhatsApp: the site's theme class, then a new message re-renders it.
        await site.page.evaluate(() => {
          document.body.classList.add('dark');
        });
        await site.addIncoming('Ainda estou esperando, quero falar com uma pessoa.');
        await expect(
          site.page.locator('[data-escalation-ui="banner"][data-theme="dark"]'),
        ).toHaveCount(1);
        await shot(site.banner(), `banner-${locale.tag}-dark`);
      } finally {
        await close();
      }
    });
  }

  test('one colour per category on page, banner, popup, options and stats; readable sizes', async () => {
    const { context, close } = await launchExtension('en');
    try {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(sw.url()).host;
      const site = new SitePage(await context.newPage());
      await site.page.goto('https://web.whatsapp.com/');
      await expect(site.marked().first()).toBeVisible();
      await site.addIncoming('I want to talk to a real person right now, please.');
      await expect(site.banner()).toBeVisible();

      const seen = new Map<string, Record<string, string>>();
      const note = (surface: string, category: string | null, colour: string) => {
        if (!category) throw new Error(`${surface}: no category`);
        seen.set(category, { ...seen.get(category), [surface]: toHex(colour) });
      };

      // Page marks: the bar and the label, and the label at 11 px or more.
      for (const row of await site.marked().all()) {
        const category = await row.getAttribute('data-escalation-category');
        note('page bar', category, await styleOf(row, 'background-color', '::before'));
        note('page label', category, await styleOf(row, 'background-color', '::after'));
        expect(parseFloat(await styleOf(row, 'font-size', '::after'))).toBeGreaterThanOrEqual(11);
      }
      // The selected chat's own background does not paint over its bar: with the bar made
      // hit-testable for this check, the point at its middle belongs to the marked row itself (its
      // bar, a pseudo-element), not to the row's selected cell drawn above it.
      const selected = site.page.locator('[data-escalation-category]:has([aria-selected="true"])');
      await expect(selected).toHaveCount(1);
      await site.page.addStyleTag({
        content: '[data-escalation-category]::before{pointer-events:auto!important}',
      });
      expect(
        await selected.evaluate((row) => {
          const box = row.getBoundingClientRect();
          return document.elementFromPoint(box.left + 2, box.top + box.height / 2) === row;
        }),
      ).toBe(true);

      note(
        'banner',
        await site.closedBanner().attribute('escalation-banner', 'data-category'),
        await site.closedBanner().style('banner-category', 'background-color'),
      );

      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.getByTestId('escalation-item').first()).toBeVisible();
      for (const pill of await popup.locator('.entry .pill').all()) {
        note(
          'popup',
          await pill.getAttribute('data-category'),
          await styleOf(pill, 'background-color'),
        );
      }
      // Chromium's own stylesheet for extension pages (body at 75%) does not shrink the text.
      for (const name of await popup.locator('.entry .customer').all()) {
        expect(parseFloat(await styleOf(name, 'font-size'))).toBeGreaterThanOrEqual(13);
      }
      expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
      await popup.getByTestId('tab-stats').click();
      // The stats come a moment later (their code and rows are read when the tab opens).
      await expect(popup.getByTestId('stats-categories')).toBeVisible();
      for (const bar of await popup.locator('.bars .bar').all()) {
        note(
          'stats',
          await bar.getAttribute('data-category'),
          await styleOf(bar, 'background-color'),
        );
      }

      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      for (const pill of await options.locator('.category h3 .pill').all()) {
        note(
          'options',
          await pill.getAttribute('data-category'),
          await styleOf(pill, 'background-color'),
        );
      }

      for (const category of Object.keys(CATEGORY_COLOURS) as Category[]) {
        const surfaces = seen.get(category) ?? {};
        expect(Object.keys(surfaces), category).toEqual(
          expect.arrayContaining(['stats', 'options']),
        );
        for (const [surface, colour] of Object.entries(surfaces)) {
          expect(colour, `${category} on ${surface}`).toBe(CATEGORY_COLOURS[category]);
        }
      }
      // The fixture's marked rows and the banner cover these categories on the page too.
      expect(Object.keys(seen.get('human_request') ?? {})).toEqual(
        expect.arrayContaining(['page bar', 'page label', 'banner', 'popup', 'stats', 'options']),
      );
    } finally {
      await close();
    }
  });
});
