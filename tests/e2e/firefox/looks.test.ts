// How the popup and options page render in real Firefox ESR: the customer's name at the intended
// size (as in Chromium), nothing wider than the 380 px toolbar popup, and axe-core finding nothing
// on the popup's log and stats or the options page.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_RUN, AXE_SOURCE, describeViolations, type AxeViolation } from '../shared/axe';
import { launchFirefox, openExtensionPageSettled, openSite } from './firefox';

let browser: Browser;

beforeAll(async () => {
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser.close();
});

async function expectNoViolations(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(AXE_RUN)) as AxeViolation[];
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

describe('Looks in Firefox', () => {
  it('popup: readable names, no sideways overflow at 380 px, no axe violations; options too', async () => {
    const site = await openSite(browser, 'https://web.whatsapp.com/');
    await site.waitForSelector('[data-escalation-category]', { timeout: 15_000 });

    const popup = await openExtensionPageSettled(
      browser,
      'popup.html',
      '[data-testid="escalation-item"]',
    );
    await popup.setViewport({ width: 380, height: 600 });
    const sizes = await popup.$$eval('.entry .customer', (names) =>
      names.map((name) => parseFloat(getComputedStyle(name).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(13);

    const overflow = await popup.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await expectNoViolations(popup, 'popup log');

    await popup.click('[data-testid="tab-stats"]');
    await popup.waitForSelector('[data-testid="stats-total"]');
    await expectNoViolations(popup, 'popup stats');

    const options = await openExtensionPageSettled(
      browser,
      'options.html',
      '[data-testid="section-business"]',
    );
    await expectNoViolations(options, 'options');
  });
});
