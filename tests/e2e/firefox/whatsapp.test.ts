// The WhatsApp slice in real Firefox ESR: the unread chat asking for a person is marked, the badge
// counts the marks, the popup lists the escalation, and resolving it clears the badge and the mark.
import type { Browser } from 'puppeteer-core';
import { CATEGORY_COLOURS } from '../../../lib/category-colours';
import { toHex } from '../../shared/contrast';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  badgeText,
  closeAllPages,
  deleteAllData,
  entryIdFor,
  entryStatus,
  launchFirefox,
  openExtensionPageSettled,
  openSite,
  waitForValue,
} from './firefox';

let browser: Browser;

beforeAll(async () => {
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  await closeAllPages(browser);
  await deleteAllData(browser);
});

describe('WhatsApp Web in Firefox', () => {
  it('marks the unread chat asking for a person, counts it, lists it, and resolving clears both', async () => {
    const site = await openSite(browser, 'https://web.whatsapp.com/');
    const personRow = await site.waitForSelector('[data-escalation-category="human_request"]', {
      timeout: 15_000,
    });
    expect(await personRow?.evaluate((row) => row.textContent)).toContain('atendente');
    // The bar and the label are drawn by the stylesheet the manifest lists with the script.
    const drawn = await personRow?.evaluate((row) => ({
      bar: getComputedStyle(row, '::before').backgroundColor,
      label: getComputedStyle(row, '::after').backgroundColor,
    }));
    expect(toHex(drawn?.bar ?? '')).toBe(CATEGORY_COLOURS.human_request);
    expect(toHex(drawn?.label ?? '')).toBe(CATEGORY_COLOURS.human_request);
    await site.waitForSelector('[data-escalation-category="complaint"]');
    const marked = await site.$$eval('[data-escalation-category]', (rows) => rows.length);
    expect(marked).toBeGreaterThanOrEqual(2);

    const popup = await openExtensionPageSettled(
      browser,
      'popup.html',
      '[data-testid="escalation-item"]',
    );
    await waitForValue(() => badgeText(popup), String(marked));
    const id = await entryIdFor(popup, 'Carla Mendes');
    const entry = `[data-testid="escalation-item"][data-escalation-id="${id}"]`;
    expect(await popup.$eval(entry, (el) => el.getAttribute('data-category'))).toBe(
      'human_request',
    );
    expect(await popup.$eval(entry, (el) => el.textContent)).toMatch(/asks for a person/i);
    expect(await entryStatus(popup, id)).toBe('open');

    await popup.click(`${entry} [data-testid="escalation-resolve"]`);
    await waitForValue(() => entryStatus(popup, id), 'resolved');
    await waitForValue(() => badgeText(popup), marked - 1 === 0 ? '' : String(marked - 1));
    await site.waitForFunction(
      () =>
        ![...document.querySelectorAll('[data-escalation-category]')].some((row) =>
          row.textContent.includes('atendente'),
        ),
      { timeout: 10_000 },
    );
    expect(await site.$$eval('[data-escalation-category]', (rows) => rows.length)).toBe(marked - 1);
  });
});
