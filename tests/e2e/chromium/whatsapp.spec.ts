// The WhatsApp journeys in real Chromium with the built extension, on the fixture page served at
// https://web.whatsapp.com/: marks from unread previews, badge, popup log, resolve, the banner and
// Insert reply, switching chats, new messages, list re-renders, reloads and a logged-out page.
import { expect, test } from './fixtures';
import { PopupPage, SitePage } from './pages';

test.describe('WhatsApp Web', () => {
  test('an unread chat asking for a person is marked, counted, listed, and resolving clears both', async ({
    context,
    openPopup,
    badge,
  }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    const personRow = site.marked('human_request').filter({ hasText: 'atendente' });
    await expect(personRow).toHaveCount(1);
    await expect(site.marked('complaint').first()).toBeVisible();

    const marked = await site.settledMarkCount(badge);

    const popup = new PopupPage(await openPopup());
    const entry = popup.item('atendente');
    await expect(entry).toHaveCount(1);
    await expect(entry).toHaveAttribute('data-category', 'human_request');
    await expect(entry).toContainText(/asks for a person/i);
    await entry.getByTestId('escalation-resolve').click();

    await expect.poll(badge).toBe(marked - 1 === 0 ? '' : String(marked - 1));
    await expect(personRow).toHaveCount(0);
    await expect(site.page.locator('[data-escalation-category]')).toHaveCount(marked - 1);
  });

  test('a page reload and list re-renders log each message once and keep the marks', async ({
    context,
    openPopup,
    badge,
  }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    await expect(site.marked('human_request')).toHaveCount(1);
    const marked = await site.settledMarkCount(badge);

    await site.rerenderList();
    await expect(site.marked()).toHaveCount(marked);
    await site.page.reload();
    await expect(site.marked()).toHaveCount(marked);

    const popup = new PopupPage(await openPopup());
    await expect(popup.openItems()).toHaveCount(marked);
    await expect.poll(badge).toBe(String(marked));
  });

  test('a new message in the open chat raises the banner; Insert reply fills the composer and sends nothing', async ({
    context,
  }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    await expect(site.marked().first()).toBeVisible();
    await site.addIncoming('Can I please talk to a real person? This is the third time I ask.');

    await expect(site.banner()).toBeVisible();
    const banner = site.closedBanner();
    await banner.waitForText('banner-category', /person/i);
    // The chat already asked for a person: the banner is drawn again once the new message joins.
    await banner.waitForText('banner-reasons', /real person/i);
    const draft = await banner.waitForText('banner-draft');
    expect(draft.length).toBeGreaterThan(20);

    await banner.click('banner-insert');
    const composer = site.page.locator('footer [contenteditable="true"]');
    await expect(composer).toContainText(draft.split('\n')[0] ?? draft);
    await expect(
      site.page.locator('[data-testid="send"], [aria-label="Send"]').first(),
    ).toBeVisible();
    expect(await site.sent()).toEqual([]);
  });

  test('switching chats follows the new conversation and marks its row', async ({ context }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    await expect(site.marked().first()).toBeVisible();
    const title = await site.page.evaluate(() => {
      const rows = [...document.querySelectorAll('#pane-side [role="row"]')].filter(
        (r) => !r.hasAttribute('data-escalation-category'),
      );
      const last = rows.at(-1)?.querySelector('span[title]');
      return last?.getAttribute('title') ?? '';
    });
    expect(title).not.toBe('');
    await site.page.evaluate((t) => window.__fixture.switchChat?.(t), title);
    await expect(site.page.locator('#main header')).toContainText(title);
    await site.addIncoming('Mi pedido llegó roto y nadie me contesta, estoy muy molesta.');
    await expect(site.banner()).toBeVisible();
    await expect(
      site.page.locator('#pane-side [data-escalation-category]').filter({ hasText: title }),
    ).toHaveCount(1);
  });

  test('a logged-out page is reported as not connected in the popup', async ({
    context,
    openPopup,
  }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    await expect(site.marked().first()).toBeVisible();
    const popup = new PopupPage(await openPopup());
    await expect(
      popup
        .connections()
        .filter({ has: popup.page.locator('[data-platform="whatsapp"]') })
        .or(popup.page.locator('[data-testid="connection"][data-platform="whatsapp"]'))
        .first(),
    ).toHaveAttribute('data-state', 'connected');

    await site.logout();
    await expect(site.marked()).toHaveCount(0);
    await popup.page.reload();
    await expect(
      popup.page.locator('[data-testid="connection"][data-platform="whatsapp"]').first(),
    ).toHaveAttribute('data-state', 'logged_out');
  });
});

test('a stopped and restarted service worker loses nothing', async ({
  context,
  openPopup,
  badge,
}) => {
  const site = new SitePage(await context.newPage());
  await site.page.goto('https://web.whatsapp.com/');
  await expect(site.marked('human_request')).toHaveCount(1);
  const marked = await site.settledMarkCount(badge);
  const popup = new PopupPage(await openPopup());
  await expect(popup.openItems()).toHaveCount(marked);
  await popup.page.close();

  const cdp = await context.newCDPSession(site.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // A new message wakes the worker up; the log still has everything, plus the new escalation.
  await site.addIncoming('Preciso falar com uma pessoa de verdade, urgente.');
  await expect(site.banner()).toBeVisible();
  await expect.poll(() => site.marked().count()).toBeGreaterThanOrEqual(marked);
  const nowMarked = await site.marked().count();
  const again = new PopupPage(await openPopup());
  await expect(again.openItems()).toHaveCount(nowMarked);
  await expect(again.item('atendente')).toHaveCount(1);
});
