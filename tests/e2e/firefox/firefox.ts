// Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi. The two sites
// are answered from our fixture pages by request interception; every other host resolves to
// 127.0.0.1 and Mozilla's remote services are pointed at a dead local port, so nothing leaves
// the machine.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_UUID, firefoxBuild, GECKO_ID, pageHtml, siteFor } from '../shared/sites';

export const extensionBase = `moz-extension://${FIREFOX_UUID}/`;

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      'services.settings.server': 'http://127.0.0.1:9/remote-settings-disabled/v1',
      'app.normandy.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(firefoxBuild);
  return browser;
}

/** A tab that answers the two sites' addresses from the fixture pages. */
export async function openSite(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // The fixture pages are self-contained, so every request to the two sites is the page itself
    // (resourceType() is not available over BiDi).
    const site = siteFor(request.url());
    if (site) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: pageHtml(site),
      });
    } else {
      void request.continue();
    }
  });
  await page.goto(url);
  return page;
}

declare const browser: { browserAction: { getBadgeText(details: object): Promise<string> } };

export function badgeText(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(() => browser.browserAction.getBadgeText({}));
}

/** Polls `read` until it returns `expected` (or throws after `timeout`). */
export async function waitForValue<T>(
  read: () => Promise<T>,
  expected: T,
  timeout = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(
    `expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)} after ${timeout} ms`,
  );
}

// ── Added for the cockpit journeys. ──────────────────────────────────────────────────────────

/**
 * An extension page. Firefox moves the tab into the extension process, so puppeteer's goto never
 * settles: start the navigation, then wait for the page's own content. While Firefox swaps
 * the tab's process, a BiDi script call can fail ("right-hand side of 'in' should be an object,
 * got null", "Frame detached"), so the wait for `ready` is retried until `timeout`.
 */
export async function openExtensionPageSettled(
  browser: Browser,
  file: string,
  ready: string,
  timeout = 20_000,
): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`${extensionBase}${file}`).catch(() => undefined);
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForSelector(ready, { timeout: Math.max(1_000, deadline - Date.now()) });
      return page;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** The popup entry id of the conversation with `customer` (waits for it to be listed). */
export async function entryIdFor(popup: Page, customer: string): Promise<number> {
  const handle = await popup.waitForFunction(
    (name: string) =>
      [...document.querySelectorAll('[data-testid="escalation-item"]')]
        .find((item) => item.querySelector('.customer')?.textContent === name)
        ?.getAttribute('data-escalation-id') ?? false,
    { timeout: 15_000 },
    customer,
  );
  return Number(await handle.jsonValue());
}

/** The `data-status` of the popup entry `id` (undefined when it is not listed). */
export function entryStatus(popup: Page, id: number): Promise<string | undefined> {
  return popup.evaluate(
    (entryId: number) =>
      document
        .querySelector(`[data-testid="escalation-item"][data-escalation-id="${entryId}"]`)
        ?.getAttribute('data-status') ?? undefined,
    id,
  );
}

/** Deletes every stored escalation through the options page's delete-all (confirm accepted). */
export async function deleteAllData(browser: Browser): Promise<void> {
  const options = await openExtensionPageSettled(
    browser,
    'options.html',
    '[data-testid="delete-all"]',
  );
  options.on('dialog', (dialog) => {
    void dialog.accept();
  });
  await options.click('[data-testid="delete-all"]');
  await options.waitForSelector('[data-testid="delete-all-done"]', { timeout: 10_000 });
  await options.close();
}

/** Closes every tab but one blank one, so a test starts without the previous test's pages. */
export async function closeAllPages(browser: Browser): Promise<void> {
  const pages = await browser.pages();
  const blank = await browser.newPage();
  for (const page of pages) if (page !== blank) await page.close();
}

/**
 * Presses the banner's Insert reply with the keyboard: focus a stand-in just before the banner,
 * Tab into its closed shadow root, Enter; real key presses, so trusted events. Firefox makes a
 * scrolling banner focusable itself, so the first Tab may land on the banner rather than on its
 * first button: then one more Tab reaches it. `done` says whether the press had its effect.
 */
export async function pressFirstBannerButton(
  page: Page,
  done: () => Promise<boolean>,
): Promise<void> {
  await page.evaluate(() => {
    const host = document.querySelector('[data-escalation-ui="banner"]');
    const start = document.createElement('button');
    start.id = 'e2e-focus-start';
    host?.before(start);
    start.focus();
  });
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-escalation-ui'),
    );
    if (focused !== 'banner') throw new Error(`focus went to ${String(focused)}, not the banner`);
    await page.keyboard.press('Enter');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (await done()) break;
  }
  await page.evaluate(() => document.getElementById('e2e-focus-start')?.remove());
}
