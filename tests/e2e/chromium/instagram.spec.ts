// The Instagram journeys in real Chromium with the built extension, on the fixture page served at
// https://www.instagram.com/direct/...: previews marked, badge and popup, resolve, the banner and
// Insert reply, moving between threads and inbox tabs without reload, new messages, logging out.
import { CATEGORY_COLOURS } from '../../../lib/category-colours';
import { toHex } from '../../shared/contrast';
import { expect, test } from './fixtures';
import { PopupPage, SitePage } from './pages';

const LUCIA = '17842340125589876'; // asks for a person (Spanish), unread
const SAM = '17842340125581234'; // parcel arrived crushed (English complaint), unread
const ELIF = '17842340125584444'; // routine, unread

function row(site: SitePage, id: string) {
  return site.page
    .locator(`a[href="/direct/t/${id}/"]`)
    .locator('xpath=ancestor-or-self::*[@data-escalation-category][1]');
}

test.describe('Instagram web inbox', () => {
  test('unread previews are marked, counted and listed; resolving in the popup clears the mark', async ({
    context,
    openPopup,
    badge,
  }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://www.instagram.com/direct/inbox/');
    await expect(row(site, LUCIA)).toHaveAttribute('data-escalation-category', 'human_request');
    await expect(row(site, SAM)).toHaveAttribute('data-escalation-category', 'complaint');
    // The stylesheet the manifest lists with the script places the bar on the row and colours it.
    const drawn = await row(site, SAM).evaluate((el) => ({
      position: getComputedStyle(el).position,
      bar: getComputedStyle(el, '::before').backgroundColor,
    }));
    expect(drawn.position).toBe('relative');
    expect(toHex(drawn.bar)).toBe(CATEGORY_COLOURS.complaint);
    const marked = await site.settledMarkCount(badge);
    await expect.poll(badge).toBe(String(marked));

    const popup = new PopupPage(await openPopup());
    const entry = popup.item('Lucía');
    await expect(entry).toHaveAttribute('data-category', 'human_request');
    await entry.getByTestId('escalation-resolve').click();
    await expect(row(site, LUCIA)).toHaveCount(0);
    await expect.poll(badge).toBe(marked - 1 === 0 ? '' : String(marked - 1));
  });

  test('opening an escalated thread shows the banner; Insert reply fills the composer and sends nothing', async ({
    context,
  }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto(`https://www.instagram.com/direct/t/${LUCIA}/`);
    await expect(site.banner()).toBeVisible();
    const banner = site.closedBanner();
    await banner.waitForText('banner-draft', /Lucía/);
    await banner.click('banner-insert');
    const composer = site.page.locator('[role="textbox"][contenteditable="true"]');
    await expect(composer).toContainText('Lucía');
    await expect(site.page.getByRole('button', { name: 'Send' })).toBeVisible();
    expect(await site.sent()).toEqual([]);
  });

  test('moving between threads and inbox tabs without reload, and a new message arriving', async ({
    context,
  }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://www.instagram.com/direct/inbox/');
    await expect(row(site, LUCIA)).toHaveAttribute('data-escalation-category', 'human_request');

    await site.page.evaluate(() => window.__fixture.openTab?.('requests'));
    await expect(site.page).toHaveURL(/\/direct\/requests\/$/);
    await expect(site.marked('human_request').filter({ hasText: 'Mariana' })).toHaveCount(1);

    await site.page.evaluate((id) => window.__fixture.openThread?.(id), ELIF);
    await expect(site.page).toHaveURL(new RegExp(`/direct/t/${ELIF}/$`));
    await expect(site.banner()).toHaveCount(0);
    await site.addIncoming(
      'Honestly I am so upset, the gift for my mum’s funeral never arrived and I am desperate.',
    );
    await expect(site.banner()).toBeVisible();
    await expect(row(site, ELIF)).toHaveCount(1);
  });

  test('a logged-out page is reported as not connected', async ({ context, openPopup }) => {
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://www.instagram.com/direct/inbox/');
    await expect(site.marked().first()).toBeVisible();
    await site.logout();
    const popup = new PopupPage(await openPopup());
    await expect(
      popup.page.locator('[data-testid="connection"][data-platform="instagram"]').first(),
    ).toHaveAttribute('data-state', 'logged_out');
  });
});
