// The radar learning from its owner, in real Chromium with the built extension on the WhatsApp
// fixture page at https://web.whatsapp.com/: a dismissed false alarm stops flagging the same
// wording in other chats, a missed chat marked "Needs me" makes similar messages flagged, both
// survive a stopped service worker, and "Forget what it learned" / "Delete all data" undo them.
import { expect, test } from './fixtures';
import { ExtensionBackground, OptionsPage, PopupPage, SitePage } from './pages';

// Flagged by the shipped classifier (it asks for a manager), though it is a joke.
const FALSE_ALARM = 'haha my sister says I need to talk to a manager about my bag addiction 😂';
const FALSE_ALARM_AGAIN =
  'hahaha my sister says I need to talk to a manager about my bag addiction';
// Not flagged by the shipped classifier, though it is a complaint for this shop.
const MISSED = 'the stitching on the strap looks a bit uneven on one side';
const MISSED_SIMILAR = 'Hi, the stitching on the strap looks a bit uneven on one side 😕';
// Flagged before and after: it shows the page was scanned after the message under test.
const CONTROL = 'I need to talk to a manager about my order please';

/**
 * Adds `text` to chat `quiet` and then the control message to chat `control`, and checks that
 * `quiet` stays unmarked once the control chat is marked and the marks have settled.
 */
async function expectNotFlagged(
  site: SitePage,
  badge: () => Promise<string>,
  quiet: string,
  text: string,
  control: string,
): Promise<void> {
  await site.addIncoming(text, quiet);
  await site.addIncoming(CONTROL, control);
  await expect(site.markedRow(control, 'human_request')).toHaveCount(1);
  await site.settledMarkCount(badge);
  await expect(site.markedRow(quiet)).toHaveCount(0);
}

// Each journey reloads the page several times and restarts the service worker: on a loaded
// machine it takes longer than the default per-test budget.
test.describe.configure({ timeout: 150_000 });

/** Reloads the page; its content script starts with what the background has learned. */
async function reload(site: SitePage, badge: () => Promise<string>): Promise<void> {
  await site.page.reload();
  await expect(site.marked('human_request').first()).toBeVisible();
  await site.settledMarkCount(badge);
}

test('a dismissed false alarm is not flagged again, after a service worker restart too; Forget undoes it', async ({
  context,
  sw,
  openPopup,
  openOptions,
  badge,
}) => {
  const background = new ExtensionBackground(sw);
  const site = new SitePage(await context.newPage());
  await site.page.goto('https://web.whatsapp.com/');
  await site.settledMarkCount(badge);

  // Before any verdict the wording is flagged (in a chat that was quiet).
  await site.addIncoming(FALSE_ALARM, 'Tom Becker');
  await expect(site.markedRow('Tom Becker', 'human_request')).toHaveCount(1);

  // The owner opens the chat and presses "Not needed" on the banner.
  await site.switchChat('Tom Becker');
  const banner = site.closedBanner();
  await banner.waitForText('banner-category', /person/i);
  await banner.click('banner-dismiss');
  await expect(site.markedRow('Tom Becker')).toHaveCount(0);
  await expect.poll(() => background.storeCount('verdicts')).toBe(1);
  await expect.poll(() => background.learnedFrom()).toBe(1);

  // The same wording in other chats is not flagged; an ordinary request still is.
  await reload(site, badge);
  await expectNotFlagged(site, badge, 'Diego Herrera', FALSE_ALARM, 'Ravi Patel');
  await expectNotFlagged(site, badge, 'Beatriz Costa', FALSE_ALARM_AGAIN, 'Tom Becker');
  const popup = new PopupPage(await openPopup());
  await expect(popup.item('bag addiction')).toHaveCount(1); // only the dismissed one
  await expect(popup.item('bag addiction')).toHaveAttribute('data-status', 'dismissed');
  await popup.page.close();

  // Stopping the service worker loses nothing: it is still learned.
  const cdp = await context.newCDPSession(site.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await reload(site, badge);
  await expectNotFlagged(site, badge, 'Diego Herrera', FALSE_ALARM_AGAIN, 'Ravi Patel');

  // "Forget what it learned" undoes it: the same wording is flagged again.
  const options = await openOptions();
  await expect(options.getByTestId('learning-total')).toContainText('1');
  options.once('dialog', (dialog) => void dialog.accept());
  await options.getByTestId('learning-forget').click();
  await expect(options.getByTestId('learning-forget')).toBeDisabled();
  const bg = new ExtensionBackground(
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')),
  );
  await expect.poll(() => bg.storeCount('verdicts')).toBe(0);
  await reload(site, badge);
  await site.addIncoming(FALSE_ALARM, 'Diego Herrera');
  await expect(site.markedRow('Diego Herrera', 'human_request')).toHaveCount(1);
});

test('a missed chat marked "Needs me" makes a similar message in another chat flagged; Delete all data undoes it', async ({
  context,
  sw,
  openOptions,
  badge,
}) => {
  const background = new ExtensionBackground(sw);
  const site = new SitePage(await context.newPage());
  await site.page.goto('https://web.whatsapp.com/');
  await site.settledMarkCount(badge);

  // The radar misses it: no mark, no banner, and the quiet "Needs me" action is offered.
  await site.switchChat('Tom Becker');
  await site.addIncoming(MISSED);
  const needsMe = site.page.locator('[data-escalation-ui="needs-me"]');
  await expect(needsMe.getByTestId('needs-me')).toBeVisible();
  await expect(site.markedRow('Tom Becker')).toHaveCount(0);

  // The owner says it needs them, as a complaint: the chat is marked at once.
  await needsMe.getByTestId('needs-me').click();
  await needsMe.getByTestId('needs-me-complaint').click();
  await expect(site.markedRow('Tom Becker', 'complaint')).toHaveCount(1);
  await expect.poll(() => background.storeCount('verdicts')).toBe(1);
  await expect.poll(() => background.learnedFrom()).toBe(1);

  // A similar message in another chat is flagged as a complaint, before and after a restart.
  await reload(site, badge);
  await site.addIncoming(MISSED_SIMILAR, 'Ravi Patel');
  await expect(site.markedRow('Ravi Patel', 'complaint')).toHaveCount(1);
  const cdp = await context.newCDPSession(site.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await reload(site, badge);
  await site.addIncoming(MISSED_SIMILAR, 'Diego Herrera');
  await expect(site.markedRow('Diego Herrera', 'complaint')).toHaveCount(1);

  // "Delete all data" undoes it.
  const options = new OptionsPage(await openOptions());
  await options.deleteAll();
  const bg = new ExtensionBackground(
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')),
  );
  await expect.poll(() => bg.storeCount('verdicts')).toBe(0);
  await reload(site, badge);
  await expectNotFlagged(site, badge, 'Beatriz Costa', MISSED_SIMILAR, 'Ravi Patel');
});
