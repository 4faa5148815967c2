// The Instagram slice in real Firefox ESR: mark, badge count, popup entry, resolve, banner insert.
import type { Browser } from 'puppeteer-core';
import { CATEGORY_COLOURS } from '../../../lib/category-colours';
import { toHex } from '../../shared/contrast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  launchFirefox,
  openExtensionPageSettled,
  openSite,
  waitForValue,
  pressFirstBannerButton,
} from './firefox';

const LUCIA = '17842340125589876';
let browser: Browser;

beforeAll(async () => {
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser.close();
});

describe('Instagram web inbox in Firefox', () => {
  it('marks the unread thread asking for a person, counts it, lists it, and resolving clears it', async () => {
    const site = await openSite(browser, 'https://www.instagram.com/direct/inbox/');
    const link = `a[href="/direct/t/${LUCIA}/"]`;
    const luciaRow = `${link}[data-escalation-category="human_request"], [data-escalation-category="human_request"]:has(${link})`;
    await site.waitForSelector(luciaRow, { timeout: 15_000 });
    // The stylesheet the manifest lists with the script places the bar on the row and colours it.
    const drawn = await site.$eval(luciaRow, (row) => ({
      position: getComputedStyle(row).position,
      bar: getComputedStyle(row, '::before').backgroundColor,
    }));
    expect(drawn.position).toBe('relative');
    expect(toHex(drawn.bar)).toBe(CATEGORY_COLOURS.human_request);
    const marked = await site.$$eval('[data-escalation-category]', (rows) => rows.length);

    const popup = await openExtensionPageSettled(
      browser,
      'popup.html',
      '[data-testid="escalation-item"]',
    );
    await waitForValue(() => badgeText(popup), String(marked));
    const entry = `[data-testid="escalation-item"][data-category="human_request"]`;
    await popup.waitForSelector(entry);
    const text = await popup.$eval(entry, (el) => el.textContent);
    expect(text).toContain('Lucía');

    await popup.click(`${entry} [data-testid="escalation-resolve"]`);
    await waitForValue(() => badgeText(popup), marked - 1 === 0 ? '' : String(marked - 1));
    await site.waitForSelector(luciaRow, { hidden: true, timeout: 10_000 });
  });

  it('the banner inserts the draft into the composer and nothing is sent', async () => {
    const site = await openSite(browser, `https://www.instagram.com/direct/t/17842340125581234/`);
    await site.waitForSelector('[data-escalation-ui="banner"]', { timeout: 15_000 });
    // The banner's shadow root is closed and its buttons take only trusted events: reach Insert
    // reply the way a keyboard user does (Tab into the banner, Enter).
    await pressFirstBannerButton(site, () =>
      site.evaluate(() =>
        (
          document.querySelector('[role="textbox"][contenteditable="true"]')?.textContent ?? ''
        ).includes('Sam'),
      ),
    );
    await site.waitForFunction(
      () =>
        (
          document.querySelector('[role="textbox"][contenteditable="true"]')?.textContent ?? ''
        ).includes('Sam'),
      { timeout: 10_000 },
    );
    const sent = await site.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent);
    expect(sent).toEqual([]);
  });
});
