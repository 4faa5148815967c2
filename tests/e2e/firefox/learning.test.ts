// The radar learning from its owner in real Firefox ESR: a false alarm dismissed from the popup
// is not flagged again when the same wording arrives in another chat.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// Flagged by the shipped classifier (it asks for a manager), though it is a joke.
const FALSE_ALARM = 'haha my sister says I need to talk to a manager about my bag addiction 😂';
// Flagged before and after: it shows the page was scanned after the message under test.
const CONTROL = 'I need to talk to a manager about my order please';

let browser: Browser;

beforeAll(async () => {
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser.close();
});

function addIncoming(site: Page, text: string, chat: string): Promise<void> {
  return site.evaluate(
    (t: string, c: string) => {
      (
        window as unknown as { __fixture: { addIncoming(t: string, o: object): void } }
      ).__fixture.addIncoming(t, { chat: c });
    },
    text,
    chat,
  );
}

/** The categories marked on the chat-list row of `title` (empty: not marked). */
function markOf(site: Page, title: string): Promise<string> {
  return site.evaluate(
    (name: string) =>
      [...document.querySelectorAll('#pane-side [data-escalation-category]')]
        .filter((row) => row.textContent.includes(name))
        .map((row) => row.getAttribute('data-escalation-category'))
        .join(','),
    title,
  );
}

function markCount(site: Page): Promise<number> {
  return site.$$eval('[data-escalation-category]', (rows) => rows.length);
}

/** Waits until the page's marks match the badge twice in a row (escalations have settled). */
async function settle(site: Page, extensionPage: Page): Promise<void> {
  let previous = -1;
  for (let attempt = 0; attempt < 40; attempt++) {
    const count = await markCount(site);
    const badge = await badgeText(extensionPage);
    if (count === previous && badge === (count === 0 ? '' : String(count))) return;
    previous = count;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the marks and the badge never settled');
}

describe('Learning from the owner in Firefox', () => {
  it('a false alarm dismissed from the popup is not flagged again in another chat', async () => {
    await closeAllPages(browser);
    await deleteAllData(browser);
    const site = await openSite(browser, 'https://web.whatsapp.com/');
    await site.waitForSelector('[data-escalation-category="human_request"]', { timeout: 15_000 });

    // Before any verdict the wording is flagged.
    await addIncoming(site, FALSE_ALARM, 'Tom Becker');
    await waitForValue(() => markOf(site, 'Tom Becker'), 'human_request', 15_000);

    // The owner dismisses it from the popup.
    const popup = await openExtensionPageSettled(
      browser,
      'popup.html',
      '[data-testid="escalation-item"]',
    );
    const id = await entryIdFor(popup, 'Tom Becker');
    await popup.click(
      `[data-testid="escalation-item"][data-escalation-id="${id}"] [data-testid="escalation-dismiss"]`,
    );
    await waitForValue(() => entryStatus(popup, id), 'dismissed');
    await waitForValue(() => markOf(site, 'Tom Becker'), '');

    // The options page lists the verdict: it is stored and learned from.
    const options = await openExtensionPageSettled(
      browser,
      'options.html',
      '[data-testid="learning-verdict"][data-kind="not_needed"]',
    );
    expect(
      await options.$eval('[data-testid="learning-verdicts"]', (list) => list.textContent),
    ).toContain('bag addiction');
    await options.close();

    // The same wording in another chat is not flagged; an ordinary request still is.
    await site.reload();
    await site.waitForSelector('[data-escalation-category="human_request"]', { timeout: 15_000 });
    await settle(site, popup);
    await addIncoming(site, FALSE_ALARM, 'Diego Herrera');
    await addIncoming(site, CONTROL, 'Ravi Patel');
    await waitForValue(() => markOf(site, 'Ravi Patel'), 'human_request', 15_000);
    await settle(site, popup);
    expect(await markOf(site, 'Diego Herrera')).toBe('');
  });
});
