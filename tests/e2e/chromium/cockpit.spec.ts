// The owner's cockpit in real Chromium with the built extension: the toolbar badge's
// count and colour, desktop notifications, resolving, dismissing and snoozing from the popup,
// filtering and searching the log, exporting it as CSV and JSON, and the reminder sent when a
// promise runs out (the clock moved by editing the stored row, then the reminders alarm fired).
import { CATEGORY_COLOURS } from '../../../lib/category-colours';
import { SHOWN_FALLBACK_MS } from '../../../lib/ui/hooks/use-first-screen-shown';
import { addRows, longLog } from '../shared/long-log';
import { expect, test as base } from './fixtures';
import { ExtensionBackground, PopupPage, SitePage, type StoredEscalation } from './pages';

// The badge takes the colour of the most urgent open category from the one colour table.
const RED = CATEGORY_COLOURS.human_request;
const ORANGE = CATEGORY_COLOURS.complaint;

/** The WhatsApp fixture, opened and settled: every marked row logged and counted. */
interface SettledWhatsapp {
  bg: ExtensionBackground;
  site: SitePage;
}

const test = base.extend<{ whatsapp: SettledWhatsapp }>({
  whatsapp: async ({ context, sw }, use) => {
    const bg = new ExtensionBackground(sw);
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    await expect(site.marked('human_request').filter({ hasText: 'atendente' })).toHaveCount(1);
    await expect(site.marked('complaint').first()).toBeVisible();
    const marked = await site.marked().count();
    await expect.poll(() => bg.badgeText()).toBe(String(marked));
    await expect.poll(async () => (await openRows(bg)).length).toBe(marked);
    await use({ bg, site });
  },
});

async function openRows(bg: ExtensionBackground): Promise<StoredEscalation[]> {
  return (await bg.escalations()).filter((row) => row.status === 'open');
}

/** The stored escalation of one conversation, by the customer's name as the site shows it. */
async function rowFor(bg: ExtensionBackground, customer: string): Promise<StoredEscalation> {
  const rows = await bg.escalations();
  const row = rows.find((r) => r.customer === customer);
  if (!row) throw new Error(`no stored escalation for "${customer}": ${JSON.stringify(rows)}`);
  return row;
}

function badgeFor(count: number): string {
  return count === 0 ? '' : String(count);
}

test.describe('The owner’s cockpit', () => {
  test('the badge counts open escalations in the most urgent category’s colour and empties once all are resolved', async ({
    whatsapp: { bg, site },
    openPopup,
  }) => {
    const open = await openRows(bg);
    expect(open.map((row) => row.category)).toContain('human_request');
    expect(open.map((row) => row.category)).toContain('complaint');
    expect(await bg.badgeText()).toBe(String(open.length));
    expect(await bg.badgeColour()).toBe(RED);

    const popup = new PopupPage(await openPopup());
    await expect(popup.openItems()).toHaveCount(open.length);

    // Without the request for a person, the complaint is the most urgent: the colour follows.
    const carla = await rowFor(bg, 'Carla Mendes');
    await popup.itemById(carla.id).getByTestId('escalation-resolve').click();
    await expect.poll(() => bg.badgeText()).toBe(badgeFor(open.length - 1));
    await expect.poll(() => bg.badgeColour()).toBe(ORANGE);

    // Resolve the rest one by one, always the first open entry.
    for (let left = open.length - 1; left > 0; left--) {
      await popup.openItems().first().getByTestId('escalation-resolve').click();
      await expect(popup.openItems()).toHaveCount(left - 1);
      await expect.poll(() => bg.badgeText()).toBe(badgeFor(left - 1));
    }
    expect(await bg.badgeText()).toBe('');
    await expect(site.marked()).toHaveCount(0);
    expect(await openRows(bg)).toEqual([]);
  });

  test('new escalations raise at most three notifications a minute, then one summary that updates', async ({
    whatsapp: { bg, site },
  }) => {
    const rows = await bg.escalations();
    expect(rows.length).toBeGreaterThan(3);
    const individual = async () =>
      (await bg.notificationIds()).filter((id) => id.startsWith('escalation:'));
    await expect.poll(async () => (await individual()).length).toBe(3);
    for (const id of await individual())
      expect(rows.map((r) => `escalation:${r.id}`)).toContain(id);
    await expect.poll(() => bg.notificationIds()).toContain('escalation-summary');

    // A message arriving later in a chat that was fine: one more escalation, counted in the summary.
    await site.page.evaluate(() => {
      window.__fixture.addIncoming('I need to speak to a real person about my order, please.', {
        chat: 'Ravi Patel',
      });
    });
    await expect(site.marked('human_request').filter({ hasText: 'Ravi Patel' })).toHaveCount(1);
    await expect.poll(async () => (await bg.escalations()).length).toBe(rows.length + 1);
    await expect.poll(async () => (await individual()).length).toBe(3);
    expect(await bg.notificationIds()).toContain('escalation-summary');
  });

  test('resolve and dismiss from the popup close the entry, lower the badge and clear the page mark', async ({
    whatsapp: { bg, site },
    openPopup,
  }) => {
    const total = (await openRows(bg)).length;
    const carla = await rowFor(bg, 'Carla Mendes');
    const sofia = await rowFor(bg, 'Sofia Lindqvist');
    const popup = new PopupPage(await openPopup());

    const carlaEntry = popup.itemById(carla.id);
    await expect(carlaEntry).toHaveAttribute('data-status', 'open');
    await carlaEntry.getByTestId('escalation-resolve').click();
    await expect(carlaEntry).toHaveAttribute('data-status', 'resolved');
    await expect(carlaEntry.getByTestId('escalation-reopen')).toBeVisible();
    await expect.poll(() => bg.badgeText()).toBe(badgeFor(total - 1));
    await expect(site.marked().filter({ hasText: 'Carla Mendes' })).toHaveCount(0);
    expect((await bg.escalation(carla.id))?.status).toBe('resolved');

    const sofiaEntry = popup.itemById(sofia.id);
    await sofiaEntry.getByTestId('escalation-dismiss').click();
    await expect(sofiaEntry).toHaveAttribute('data-status', 'dismissed');
    await expect.poll(() => bg.badgeText()).toBe(badgeFor(total - 2));
    await expect(site.marked().filter({ hasText: 'Sofia Lindqvist' })).toHaveCount(0);
    await expect(site.marked()).toHaveCount(total - 2);
    expect((await bg.escalation(sofia.id))?.status).toBe('dismissed');
    await expect(popup.page.getByTestId('open-count')).toContainText(String(total - 2));
  });

  test('snoozing lowers the badge but keeps the entry listed as open', async ({
    whatsapp: { bg },
    openPopup,
  }) => {
    const total = (await openRows(bg)).length;
    const sofia = await rowFor(bg, 'Sofia Lindqvist');
    const popup = new PopupPage(await openPopup());

    const entry = popup.itemById(sofia.id);
    await entry.getByTestId('escalation-snooze').click();
    await expect(popup.page.getByTestId('popup-notice')).toBeVisible();
    await expect.poll(() => bg.badgeText()).toBe(badgeFor(total - 1));
    await expect(entry).toHaveAttribute('data-status', 'open');
    await expect(popup.openItems()).toHaveCount(total);
    const stored = await bg.escalation(sofia.id);
    expect(stored?.status).toBe('open');
    expect(stored?.snoozedUntil ?? 0).toBeGreaterThan(Date.now() + 30 * 60_000);

    // Still listed after the popup is opened again.
    await popup.page.reload();
    await expect(popup.itemById(sofia.id)).toHaveAttribute('data-status', 'open');
    expect(await bg.badgeText()).toBe(badgeFor(total - 1));
  });

  test('an entry’s category is one button until pressed, then the list of categories, and the pick is stored', async ({
    whatsapp: { bg },
    openPopup,
  }) => {
    const carla = await rowFor(bg, 'Carla Mendes');
    const popup = new PopupPage(await openPopup());
    await expect(popup.openItems().first()).toBeVisible();
    // No list control in any entry until one is used.
    expect(await popup.page.locator('.log select, .log option').count()).toBe(0);

    const entry = popup.itemById(carla.id);
    const pick = entry.getByTestId('escalation-category-pick');
    await expect(pick).toHaveAccessibleName(/^Category, /);
    await pick.focus();
    await popup.page.keyboard.press('Enter');
    const select = entry.getByTestId('escalation-category');
    await expect(select).toBeFocused();
    await expect(select).toHaveValue(carla.category);
    // Only the entry that was used has the list.
    await expect(popup.page.locator('.log select')).toHaveCount(1);
    await select.selectOption('emotional');
    await expect.poll(async () => (await bg.escalation(carla.id))?.category).toBe('emotional');
    await expect(entry).toHaveAttribute('data-category', 'emotional');
  });

  test('the popup asks for its two scripts and nothing else, the first one opening the log', async ({
    context,
    sw,
    extensionId,
  }) => {
    // The background has created the log (before that, the popup reads it as empty and asks again).
    await expect
      .poll(() =>
        sw.evaluate(async () =>
          (await indexedDB.databases()).some((d) => d.name === 'escalation-radar'),
        ),
      )
      .toBe(true);
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() !== 'document')
        asked.push(`${request.resourceType()} ${new URL(request.url()).pathname}`);
    });
    // Which script asked IndexedDB for a connection, each time one was asked for.
    await page.addInitScript(() => {
      const openers: string[] = [];
      (window as unknown as { __openers: string[] }).__openers = openers;
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
        const script = /\/(popup-[\w-]+\.js)/.exec(new Error().stack ?? '')?.[1];
        openers.push(script ?? 'unknown');
        return open.apply(this, args);
      };
    });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByTestId('tab-log')).toBeVisible();
    // Styled all the same (the styles come in the page): the popup's width is popup.css's.
    expect(await page.evaluate(() => getComputedStyle(document.body).width)).toBe('380px');
    expect(asked).toEqual(['script /popup-open.js', 'script /popup-app.js']);
    // One connection, asked for by the first script, before the app had loaded.
    expect(
      await page.evaluate(() => (window as unknown as { __openers: string[] }).__openers),
    ).toEqual(['popup-open.js']);
    // The stats tab's code comes when the tab is first opened.
    await page.getByTestId('tab-stats').click();
    await expect(page.getByTestId('stats-total')).toBeVisible();
    expect(asked.slice(2)).toContainEqual(expect.stringMatching(/^script \/StatsTab-[\w-]+\.js$/));
    await page.close();
  });

  test('the popup’s column keeps one width at the widths Chromium tries while sizing the popup, restyling only the body', async ({
    whatsapp: _settled,
    context,
    openPopup,
  }) => {
    const page = await openPopup();
    const entry = page.getByTestId('escalation-item').first();
    await page.setViewportSize({ width: 395, height: 600 });
    await expect(entry).toBeVisible();
    const session = await context.newCDPSession(page);
    const events: { name: string; args?: { elementCount?: number } }[] = [];
    session.on('Tracing.dataCollected', ({ value }) => {
      events.push(...(value as unknown as typeof events));
    });
    await session.send('Tracing.start', {
      categories: 'devtools.timeline',
      transferMode: 'ReportEvents',
    });
    // Chromium lays its popup out at 25 px wide first, then at the width the page asks for (the
    // column and a scrollbar). Every width the column takes is a layout of the whole list.
    const widths = new Set<number>();
    for (const width of [25, 395, 25, 395]) {
      await page.setViewportSize({ width, height: 600 });
      widths.add(await entry.evaluate((element) => element.getBoundingClientRect().width));
    }
    const complete = new Promise<void>((resolve) => {
      session.once('Tracing.tracingComplete', () => {
        resolve();
      });
    });
    await session.send('Tracing.end');
    await complete;
    expect(widths.size).toBe(1);
    // Crossing the width where the column starts giving way restyles the body alone, four times.
    const restyled = events
      .filter((event) => event.name === 'UpdateLayoutTree')
      .reduce((sum, event) => sum + (event.args?.elementCount ?? 0), 0);
    expect(restyled).toBe(4);
    // In a window narrower than the column (Firefox's popup, once its scrollbar is in), the column
    // still gives way instead of overflowing sideways.
    await page.setViewportSize({ width: 340, height: 600 });
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await page.close();
  });

  test('a long log: the first entries are shown first, the rest, the keys and "show more" once they are on screen', async ({
    context,
    sw,
  }) => {
    expect(await sw.evaluate(addRows, longLog(60, 10, Date.now()))).toBe(60);
    const page = await context.newPage();
    // Notes, when the list first holds more than its first frame's entries, whether the browser
    // had already reported the first contentful paint (presented on screen), and how long after
    // the first entries the rest came.
    await page.addInitScript(() => {
      const state = {
        shown: false,
        restWhileShown: undefined as boolean | undefined,
        firstAt: undefined as number | undefined,
        restAfter: undefined as number | undefined,
      };
      (window as unknown as { __first: typeof state }).__first = state;
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) state.shown = true;
      }).observe({ type: 'paint', buffered: true });
      new MutationObserver(() => {
        const count = document.querySelectorAll('[data-testid="escalation-item"]').length;
        if (state.firstAt === undefined && count > 0) state.firstAt = performance.now();
        if (state.restWhileShown === undefined && count > 20) {
          state.restWhileShown = state.shown;
          state.restAfter = performance.now() - (state.firstAt ?? 0);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${sw.url().split('/')[2]}/popup.html`);
    const popup = new PopupPage(page);
    await expect(popup.items()).toHaveCount(50);
    const first = await page.evaluate(
      () =>
        (
          window as unknown as {
            __first: { shown: boolean; restWhileShown: boolean; restAfter: number };
          }
        ).__first,
    );
    expect(first.shown).toBe(true);
    // The rest waits for the paint's report, or, when a busy machine reports it late, for the
    // hook's fallback, which starts after the first entries are in.
    if (!first.restWhileShown) expect(first.restAfter).toBeGreaterThanOrEqual(SHOWN_FALLBACK_MS);
    // Every entry is there to move to; at the end, "show more" brings the next page (scrolled
    // into view, it asks by itself).
    await expect(page.getByTestId('log-more')).toBeAttached();
    await popup.items().first().focus();
    await page.keyboard.press('End');
    await expect(popup.items().nth(49)).toBeFocused();
    await expect(popup.items()).toHaveCount(60);
    await expect(page.getByTestId('log-more')).toHaveCount(0);
    await page.close();
  });

  test('the popup is as tall as a popup can be until its list comes, so the list does not resize it; a short log lets it shrink', async ({
    context,
    sw,
  }) => {
    const extensionId = new URL(sw.url()).host;
    /** The page's height before the app's first render, and once the list (or empty state) is in. */
    const heights = async (ready: string): Promise<{ before: number; after: number }> => {
      const page = await context.newPage();
      await page.addInitScript(() => {
        // Measured as soon as the parser has put the (still empty) #app in the page.
        const observer = new MutationObserver(() => {
          const app = document.getElementById('app');
          if (!app) return;
          observer.disconnect();
          (window as unknown as { __before: number }).__before =
            app.childElementCount > 0 ? -1 : document.body.getBoundingClientRect().height;
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.getByTestId(ready).first()).toBeVisible();
      const result = await page.evaluate(() => ({
        before: (window as unknown as { __before: number }).__before,
        after: document.body.getBoundingClientRect().height,
      }));
      await page.close();
      return result;
    };
    // An empty log: the empty state is shorter than a popup.
    const empty = await heights('log-empty');
    expect(empty.before).toBe(600);
    expect(empty.after).toBeLessThan(600);
    // A long one: the list is taller, so the popup keeps the size it was shown at.
    await sw.evaluate(addRows, longLog(30, 5, Date.now()));
    const long = await heights('escalation-item');
    expect(long.before).toBe(600);
    expect(long.after).toBeGreaterThan(600);
  });

  test('status, category, platform and search filters narrow the list', async ({
    whatsapp: { bg },
    context,
    openPopup,
  }) => {
    const instagram = new SitePage(await context.newPage());
    await instagram.page.goto('https://www.instagram.com/direct/inbox/');
    await expect(instagram.marked('human_request').first()).toBeVisible();
    await expect
      .poll(async () => (await bg.escalations()).filter((r) => r.platform === 'instagram').length)
      .toBeGreaterThan(0);
    await expect.poll(async () => String((await openRows(bg)).length)).toBe(await bg.badgeText());

    const popup = new PopupPage(await openPopup());
    const carla = await rowFor(bg, 'Carla Mendes');
    const sofia = await rowFor(bg, 'Sofia Lindqvist');
    await popup.itemById(carla.id).getByTestId('escalation-resolve').click();
    await expect(popup.itemById(carla.id)).toHaveAttribute('data-status', 'resolved');
    const rows = await bg.escalations();
    const ids = (keep: (row: StoredEscalation) => boolean) =>
      rows
        .filter(keep)
        .map((row) => row.id)
        .sort((a, b) => a - b);
    const shown = async () => (await popup.shownIds()).sort((a, b) => a - b);
    await expect.poll(shown).toEqual(ids(() => true));

    await popup.filterBy({ status: 'resolved' });
    await expect.poll(shown).toEqual([carla.id]);
    await popup.filterBy({ status: 'open' });
    await expect.poll(shown).toEqual(ids((r) => r.status === 'open'));
    expect(await popup.shownIds()).not.toContain(carla.id);

    await popup.filterBy({ status: 'all', category: 'complaint' });
    const complaints = ids((r) => r.category === 'complaint' || r.categories.includes('complaint'));
    expect(complaints.length).toBeGreaterThan(0);
    await expect.poll(shown).toEqual(complaints);

    await popup.filterBy({ category: 'all', platform: 'instagram' });
    const onInstagram = ids((r) => r.platform === 'instagram');
    await expect.poll(shown).toEqual(onInstagram);
    await expect(popup.items().and(popup.page.locator('[data-platform="whatsapp"]'))).toHaveCount(
      0,
    );

    await popup.filterBy({ platform: 'whatsapp', category: 'human_request', status: 'open' });
    await expect
      .poll(shown)
      .toEqual(
        ids(
          (r) =>
            r.platform === 'whatsapp' &&
            r.status === 'open' &&
            (r.category === 'human_request' || r.categories.includes('human_request')),
        ),
      );

    await popup.filterBy({ status: 'all', category: 'all', platform: 'all', search: 'LINDQVIST' });
    await expect.poll(shown).toEqual([sofia.id]);
    await popup.filterBy({ search: 'nothing-like-this-anywhere' });
    await expect(popup.emptyState()).toBeVisible();
    await expect(popup.items()).toHaveCount(0);
    await popup.filterBy({ search: '' });
    await expect.poll(shown).toEqual(ids(() => true));
  });

  test('exporting the log downloads CSV and JSON files with every escalation, formulas neutralised', async ({
    whatsapp: { bg, site },
    openPopup,
  }) => {
    await site.page.evaluate(() => {
      window.__fixture.addIncoming('=1+1 I want to talk to a real person, not a bot', {
        chat: 'Ravi Patel',
      });
    });
    await expect(site.marked().filter({ hasText: 'Ravi Patel' })).toHaveCount(1);
    await expect
      .poll(async () => (await bg.escalations()).some((r) => r.excerpt.startsWith('=1+1')))
      .toBe(true);
    const rows = await bg.escalations();

    const popup = new PopupPage(await openPopup());
    await expect(popup.items()).toHaveCount(rows.length);

    const csv = await popup.exportLog('csv');
    expect(csv.fileName).toMatch(/^escalation-radar-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,status,platform,customer,category,categories,score,lang,reasons,excerpt,draft,detectedAt,closedAt,promiseDueAt,promiseState',
    );
    for (const row of rows) {
      expect(
        lines.some((line) => line.startsWith(`${row.id},${row.status},${row.platform},`)),
      ).toBe(true);
    }
    expect(csv.text).toContain('Carla Mendes');
    expect(csv.text).toContain('Sofia Lindqvist');
    // The formula-looking excerpt is written as text: prefixed with an apostrophe.
    expect(csv.text).toContain("'=1+1 I want to talk to a real person");
    expect(csv.text).not.toMatch(/(^|,)"?=1\+1/m);

    const json = await popup.exportLog('json');
    expect(json.fileName).toMatch(/^escalation-radar-log-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(json.text) as {
      count: number;
      escalations: { id: number; customer: string; reasons: string[]; excerpt: string }[];
    };
    expect(parsed.count).toBe(rows.length);
    expect(parsed.escalations.map((e) => e.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const row of rows) {
      expect(parsed.escalations.find((e) => e.id === row.id)?.reasons).toEqual(row.reasons);
    }
    const carla = parsed.escalations.find((e) => e.customer === 'Carla Mendes');
    expect(carla?.reasons.join(' ')).toMatch(/person/i);
  });

  test('a promise that runs out raises a reminder and is recorded as missed', async ({
    whatsapp: { bg },
    openPopup,
  }) => {
    const carla = await rowFor(bg, 'Carla Mendes');
    // The default settings (opening hours, reply times) always promise a deadline in the draft.
    expect(carla.promiseState).toBe('pending');
    expect(carla.promiseDueAt ?? 0).toBeGreaterThan(Date.now());
    expect(carla.reminded).toEqual([]);

    // Move the clock: the deadline is now a minute ago. Then let the reminders alarm fire.
    await bg.updateEscalation(carla.id, { promiseDueAt: Date.now() - 60_000 });
    await bg.fireAlarm('reminders');

    await expect
      .poll(() => bg.notificationIds(), { timeout: 15_000 })
      .toContain(`reminder:${carla.id}`);
    await expect.poll(async () => (await bg.escalation(carla.id))?.promiseState).toBe('missed');
    expect((await bg.escalation(carla.id))?.reminded).toEqual(['overdue']);

    const popup = new PopupPage(await openPopup());
    const entry = popup.itemById(carla.id);
    await expect(entry.getByTestId('escalation-due')).toHaveClass(/overdue/);
    // Resolving late keeps the promise recorded as missed.
    await entry.getByTestId('escalation-resolve').click();
    await expect(entry).toHaveAttribute('data-status', 'resolved');
    await expect(entry.locator('.warn')).toBeVisible();
    expect((await bg.escalation(carla.id))?.promiseState).toBe('missed');
  });
});
