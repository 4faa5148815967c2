// The first hour in real Firefox ESR: installing the extension opens the welcome page by itself,
// and completing the setup there stores the settings and the finished setup.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './firefox';

let browser: Browser;

beforeAll(async () => {
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser.close();
});

/**
 * The tab the extension opened on install, once its form is there. Over BiDi, a tab Firefox moved
 * into the extension's process may still report about:blank as its URL, so each tab is asked for
 * the form itself.
 */
async function welcomePage(): Promise<Page> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    for (const page of await browser.pages()) {
      const form = await page.$('[data-testid="setup-step-business"]').catch(() => null);
      if (form) return page;
    }
    if (Date.now() >= deadline) throw new Error('the welcome page did not open');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stored(page: Page, key: string): Promise<unknown> {
  // Evaluated in the extension page, whose WebExtension API is the global `browser`.
  const k = JSON.stringify(key);
  return page.evaluate(`browser.storage.local.get(${k}).then((record) => record[${k}])`);
}

async function next(page: Page, step: string): Promise<void> {
  await page.click('[data-testid="setup-next"]');
  await page.waitForSelector(`[data-testid="setup-step-${step}"]`, { timeout: 10_000 });
}

describe('The first hour in Firefox', () => {
  it('the welcome page opens on install and saves the setup', async () => {
    const page = await welcomePage();
    const zone = await page.$eval(
      '[data-testid="setup-time-zone"]',
      (input) => (input as HTMLInputElement).value,
    );
    expect(zone).toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    await page.type('[data-testid="setup-business-name"]', 'Horno Azul');
    await page.type('[data-testid="setup-owner-name"]', 'Lucía');
    await next(page, 'hours');
    await next(page, 'faq');
    await page.click('[data-testid="setup-faq-examples-es"]');
    await page.waitForSelector('[data-testid="setup-faq-entry"]');
    await next(page, 'categories');
    await next(page, 'try');
    await page.click('[data-testid="setup-next"]');
    await page.waitForSelector('[data-testid="setup-done"]', { timeout: 10_000 });

    expect(await stored(page, 'settings')).toMatchObject({
      businessName: 'Horno Azul',
      ownerName: 'Lucía',
      businessHours: { timeZone: zone },
    });
    const settings = (await stored(page, 'settings')) as { knowledgeBase: unknown[] };
    expect(settings.knowledgeBase).toHaveLength(4);
    expect(await stored(page, 'setup')).toMatchObject({ status: 'done' });
  });
});
