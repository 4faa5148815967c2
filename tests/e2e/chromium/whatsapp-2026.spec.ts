// WhatsApp behaviours of the 2026 markup that the owner sees, in real Chromium with the built
// extension on the fixture page served at https://web.whatsapp.com/: a chat the owner cannot write
// to keeps its banner but offers no Insert reply (a note says why), and an insertion counts as done
// only once WhatsApp's send button turns on; otherwise the banner says the reply may not be there.
import { expect, test } from './fixtures';
import { SitePage } from './pages';

const ASKS_FOR_A_PERSON = 'Can I please talk to a real person? This is the third time I ask.';

test.describe('WhatsApp Web, 2026 markup', () => {
  test('a read-only chat still raises the banner, with a note instead of Insert reply', async ({
    context,
  }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    await expect(site.marked().first()).toBeVisible();
    await site.page.evaluate(() => {
      window.__fixture.makeReadOnly?.();
    });
    await expect(site.page.locator('#main footer [contenteditable]')).toHaveCount(0);
    await site.addIncoming(ASKS_FOR_A_PERSON);

    await expect(site.banner()).toBeVisible();
    const banner = site.closedBanner();
    await banner.waitForText('banner-category', /person/i);
    const note = await banner.waitForText('banner-read-only', /can't write in this chat/);
    expect(note).toContain('no reply to insert');
    expect(await banner.text('banner-insert')).toBeUndefined();
    expect(await banner.text('banner-resolve')).toBeDefined();
    expect(await site.sent()).toEqual([]);
  });

  test('Insert reply is confirmed by the send button turning on', async ({ context }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    await expect(site.marked().first()).toBeVisible();
    await site.addIncoming(ASKS_FOR_A_PERSON);
    const banner = site.closedBanner();
    await banner.waitForText('banner-draft');
    await banner.click('banner-insert');
    await banner.waitForText('banner-inserted');
    await expect(site.page.locator('#main button[data-testid="compose-btn-send"]')).toBeVisible();
    expect(await banner.text('banner-unconfirmed')).toBeUndefined();
    expect(await site.sent()).toEqual([]);
  });

  test('when the send button stays off, the banner says the reply may not be in the box', async ({
    context,
  }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    await expect(site.marked().first()).toBeVisible();
    await site.page.evaluate(() => {
      window.__fixture.keepSendOff?.();
    });
    await site.addIncoming(ASKS_FOR_A_PERSON);
    const banner = site.closedBanner();
    await banner.waitForText('banner-draft');
    await banner.click('banner-insert');
    const warning = await banner.waitForText('banner-unconfirmed', /send button did not turn on/);
    expect(warning).toContain('copy the reply');
    expect(await banner.text('banner-inserted')).toBeUndefined();
    await expect(site.page.locator('#main button[data-testid="compose-btn-send"]')).toHaveCount(0);
    expect(await site.sent()).toEqual([]);
  });
});
