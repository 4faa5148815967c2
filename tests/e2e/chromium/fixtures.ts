// Playwright fixtures: Debian's Chromium with the built extension, the two sites served from our
// fixture pages at their real hostnames, and handles on the service worker and extension pages.
import {
  test as base,
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionArgs } from '../shared/chromium-args';
import { chromeBuild, pageHtml, siteFor } from '../shared/sites';

interface Fixtures {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  openPopup: () => Promise<Page>;
  openOptions: () => Promise<Page>;
  badge: () => Promise<string>;
}

/**
 * Chromium with the built extension, its interface language set like the owner's system sets it
 * (LANGUAGE for Linux builds, plus --lang); `locale` needs Debian's chromium-l10n locale files.
 */
export async function launchExtension(
  locale?: string,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'radar-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...extensionArgs(chromeBuild), ...(locale ? [`--lang=${locale}`] : [])],
    locale,
    ...(locale
      ? {
          env: {
            ...process.env,
            LANGUAGE: locale.replace('-', '_'),
            LANG: `${locale.replace('-', '_')}.UTF-8`,
            LC_ALL: `${locale.replace('-', '_')}.UTF-8`,
          },
        }
      : {}),
  });
  await context.route(/^https:\/\/(web\.whatsapp\.com|www\.instagram\.com)\//, async (route) => {
    const site = siteFor(route.request().url());
    if (!site || route.request().resourceType() !== 'document') return route.abort();
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: pageHtml(site),
    });
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  context: async ({}, use) => {
    const { context, close } = await launchExtension();
    await use(context);
    await close();
  },
  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
  badge: async ({ sw }, use) => {
    await use(() => sw.evaluate(() => chrome.action.getBadgeText({})));
  },
});

export const expect = test.expect;
