// The owner's cockpit in real Firefox ESR: dismissing from the popup (status, badge and
// page mark), and a bad settings file refused with errors naming its fields, nothing changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, ElementHandle } from 'puppeteer-core';
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
import { addRows, longLog } from '../shared/long-log';

let browser: Browser;
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'radar-ff-cockpit-'));
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

beforeEach(async () => {
  await closeAllPages(browser);
  await deleteAllData(browser);
});

describe('The owner’s cockpit in Firefox', () => {
  it('dismissing from the popup closes the entry, lowers the badge and clears the page mark', async () => {
    const site = await openSite(browser, 'https://web.whatsapp.com/');
    await site.waitForSelector('[data-escalation-category="complaint"]', { timeout: 15_000 });
    await site.waitForSelector('[data-escalation-category="human_request"]');
    const marked = await site.$$eval('[data-escalation-category]', (rows) => rows.length);

    const popup = await openExtensionPageSettled(
      browser,
      'popup.html',
      '[data-testid="escalation-item"]',
    );
    await waitForValue(() => badgeText(popup), String(marked));
    const id = await entryIdFor(popup, 'Sofia Lindqvist');
    expect(await entryStatus(popup, id)).toBe('open');

    await popup.click(
      `[data-testid="escalation-item"][data-escalation-id="${id}"] [data-testid="escalation-dismiss"]`,
    );
    await waitForValue(() => entryStatus(popup, id), 'dismissed');
    await waitForValue(() => badgeText(popup), marked - 1 === 0 ? '' : String(marked - 1));
    await site.waitForFunction(
      () =>
        ![...document.querySelectorAll('[data-escalation-category]')].some((row) =>
          row.textContent.includes('Sofia Lindqvist'),
        ),
      { timeout: 10_000 },
    );
    expect(await site.$$eval('[data-escalation-category]', (rows) => rows.length)).toBe(marked - 1);
    const openEntries = await popup.$$eval(
      '[data-testid="escalation-item"][data-status="open"]',
      (items) => items.length,
    );
    expect(openEntries).toBe(marked - 1);
  });

  it('a long log lists its first page, moves to its last entry by keyboard and brings the next page at the end', async () => {
    const page = await openExtensionPageSettled(
      browser,
      'options.html',
      '[data-testid="delete-all"]',
    );
    expect(await page.evaluate(addRows, longLog(60, 10, Date.now()))).toBe(60);
    await page.close();
    const popup = await openExtensionPageSettled(
      browser,
      'popup.html',
      '[data-testid="escalation-item"]',
    );
    const count = () =>
      popup.evaluate(() => document.querySelectorAll('[data-testid="escalation-item"]').length);
    await waitForValue(count, 50);
    expect(await popup.$('[data-testid="log-more"]')).not.toBeNull();
    // Firefox reports the first contentful paint the list's rest waits for.
    expect(
      await popup.evaluate(() => performance.getEntriesByName('first-contentful-paint').length),
    ).toBe(1);
    await popup.focus('[data-testid="escalation-item"]');
    await popup.keyboard.press('End');
    await waitForValue(
      () =>
        popup.evaluate(
          () =>
            document.activeElement ===
            document.querySelectorAll('[data-testid="escalation-item"]')[49],
        ),
      true,
    );
    // Scrolled into view, "show more" asks for the next page by itself.
    await waitForValue(count, 60);
  });

  it('an empty log leaves the popup shorter than the tallest popup', async () => {
    const popup = await openExtensionPageSettled(
      browser,
      'popup.html',
      '[data-testid="log-empty"]',
    );
    expect(await popup.evaluate(() => document.body.getBoundingClientRect().height)).toBeLessThan(
      600,
    );
  });

  it('a bad settings file lists errors naming the fields and leaves the saved settings unchanged', async () => {
    const options = await openExtensionPageSettled(
      browser,
      'options.html',
      '[data-testid="business-name"]',
    );
    await options.$eval('[data-testid="business-name"]', (input) => {
      (input as HTMLInputElement).select();
    });
    await options.type('[data-testid="business-name"]', 'Harbour Lane Pottery');
    await options.click('[data-testid="save-settings"]');
    await options.waitForSelector('[data-testid="revert-settings"]:disabled');
    const shown = () =>
      options.evaluate(() => ({
        business: document.querySelector<HTMLInputElement>('[data-testid="business-name"]')?.value,
        owner: document.querySelector<HTMLInputElement>('[data-testid="owner-name"]')?.value,
        retention: document.querySelector<HTMLInputElement>('[data-testid="retention-days"]')
          ?.value,
      }));
    const before = await shown();
    expect(before.business).toBe('Harbour Lane Pottery');
    expect(before.owner).not.toBe('Maren Holt');

    const file = path.join(tmp, 'broken-settings.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ businessName: 42, retentionDays: 0, ownerName: 'Maren Holt' }),
    );
    const input = (await options.$(
      '[data-testid="settings-import"]',
    )) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('no settings-import input');
    await input.uploadFile(file);

    await options.waitForSelector('[data-testid="settings-import-errors"] li', { timeout: 10_000 });
    const errors = await options.$$eval('[data-testid="settings-import-errors"] li', (items) =>
      items.map((item) => item.textContent),
    );
    expect(errors).toHaveLength(2);
    // Each error names the field as the page labels it, not its path in the file.
    expect(errors.some((error) => error.startsWith('Business name: '))).toBe(true);
    expect(errors.some((error) => error.startsWith('Delete escalations older than (days): '))).toBe(
      true,
    );
    expect(await options.$('[data-testid="settings-import-ok"]')).toBeNull();

    expect(await shown()).toEqual(before);

    // What is stored is unchanged too: a fresh options page shows the same values.
    await options.close();
    const fresh = await openExtensionPageSettled(
      browser,
      'options.html',
      '[data-testid="business-name"]',
    );
    await fresh.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('[data-testid="business-name"]')?.value ===
        'Harbour Lane Pottery',
      { timeout: 10_000 },
    );
    const stored = await fresh.evaluate(() => ({
      business: document.querySelector<HTMLInputElement>('[data-testid="business-name"]')?.value,
      owner: document.querySelector<HTMLInputElement>('[data-testid="owner-name"]')?.value,
      retention: document.querySelector<HTMLInputElement>('[data-testid="retention-days"]')?.value,
    }));
    expect(stored).toEqual(before);
  });
});
