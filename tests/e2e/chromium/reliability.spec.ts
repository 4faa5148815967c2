// Reliability in real Chromium with the built extension, on the WhatsApp fixture served at
// https://web.whatsapp.com/ (the figures are in the README's "Reliability" section):
// one chat re-rendered 100 times is logged once; 10 forced service-worker restarts while messages
// arrive lose nothing and notify each escalation once; a page that adds 150 unread chats at once
// gets all of them logged with at most 6 notifications on screen; 50 hostile payloads stay inert
// text in the banner, the popup, the notifications, the backtest and the CSV export.
//
// The machine running these may be slow: every wait is on a condition, never on the clock.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExtensionBackground, OptionsPage, PopupPage, SitePage } from './pages';
import { HOSTILE_PAYLOADS, INJECTED_SELECTOR } from '../../shared/hostile-payloads';

const ASKS = [
  'I need to talk to a real person about my order, please.',
  'Quero falar com uma pessoa de verdade sobre o meu pedido.',
  'Quiero hablar con una persona sobre mi pedido, por favor.',
  'My bag arrived broken and nobody answers me, I want a refund.',
];
const SLOW = { timeout: 120_000 };

/** Reads the extension's IndexedDB and notifications from a page of its own origin. */
async function extensionReader(
  context: BrowserContext,
  extensionId: string,
): Promise<ExtensionBackground> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  return ExtensionBackground.fromPage(page);
}

/** Opens the fixture and waits until every marked row is logged and its notification handled. */
async function whatsappSettled(context: BrowserContext, bg: ExtensionBackground) {
  const site = new SitePage(await context.newPage());
  await site.page.goto('https://web.whatsapp.com/');
  await expect(site.marked('human_request').filter({ hasText: 'atendente' })).toHaveCount(1);
  const marked = await site.settledMarkCount(() => bg.badgeText());
  await expect.poll(async () => (await bg.escalations()).length, SLOW).toBe(marked);
  await expect.poll(() => pendingCount(bg), SLOW).toBe(0);
  return { site, marked };
}

async function pendingCount(bg: ExtensionBackground): Promise<number> {
  return (await bg.escalations()).filter((row) => row.notify === 'pending').length;
}

/** As if the owner had seen the notifications so far ten minutes ago: a fresh notification budget. */
async function notificationsLongAgo(bg: ExtensionBackground): Promise<void> {
  for (const row of await bg.escalations()) {
    await bg.updateEscalation(row.id, { notifiedAt: Date.now() - 10 * 60_000 });
    await bg.sw.evaluate((id) => chrome.notifications.clear(id), `escalation:${row.id}`);
  }
}

/**
 * Watches the notifications on screen until stopped: every id seen and the most at once.
 * (Headless Chromium has no notification centre: a notification leaves the screen after a few
 * seconds, so the watch reads the screen continuously rather than only at the end.)
 */
function watchNotifications(bg: ExtensionBackground) {
  const seen = new Set<string>();
  let most = 0;
  const state = { stopped: false };
  const loop = (async () => {
    while (!state.stopped) {
      const ids = await bg.notificationIds().catch(() => []);
      for (const id of ids) seen.add(id);
      most = Math.max(most, ids.length);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  })();
  return {
    seen,
    async stop(): Promise<number> {
      state.stopped = true;
      await loop;
      return most;
    },
  };
}

async function addChats(page: Page, chats: { title: string; preview: string }[]): Promise<void> {
  await page.evaluate((list) => {
    window.__fixture.addChats?.(list);
  }, chats);
}

test.describe('Reliability', () => {
  test.describe.configure({ timeout: 480_000 });

  test('one chat re-rendered 100 times is logged once', async ({ context, extensionId }) => {
    const bg = await extensionReader(context, extensionId);
    const { site, marked } = await whatsappSettled(context, bg);
    const before = await bg.escalations();
    const carla = site.marked('human_request').filter({ hasText: 'Carla Mendes' });
    await expect(carla).toHaveCount(1);
    await expect(site.banner()).toBeVisible();

    for (let i = 0; i < 100; i++) {
      // The row and the open conversation are replaced by fresh, unmarked nodes; the content
      // script has handled the re-render once the new row carries the mark again.
      await site.page.evaluate(() => {
        window.__fixture.rerenderChat?.('Carla Mendes');
      });
      await expect(carla).toHaveCount(1);
    }
    // One more escalation in another chat, logged after all the re-renders were handled.
    await addChats(site.page, [{ title: 'Last Check', preview: ASKS[0] ?? '' }]);
    await expect.poll(async () => (await bg.escalations()).length, SLOW).toBe(before.length + 1);

    const after = await bg.escalations();
    expect(after.filter((row) => row.customer === 'Carla Mendes')).toHaveLength(1);
    expect(after.filter((row) => row.customer !== 'Last Check').map((row) => row.id)).toEqual(
      before.map((row) => row.id),
    );
    await expect(site.banner()).toBeVisible();
    await expect(site.marked()).toHaveCount(marked + 1);
  });

  test('10 forced service-worker restarts while messages arrive lose nothing and notify each escalation once', async ({
    context,
    extensionId,
  }) => {
    const bg = await extensionReader(context, extensionId);
    const { site, marked } = await whatsappSettled(context, bg);
    const before = await bg.escalations();
    // Both paths are exercised: individual notifications first, then the summary.
    await notificationsLongAgo(bg);

    // The worker's state as the DevTools protocol reports it; each change to 'running' is a start.
    const cdp = await context.newCDPSession(site.page);
    let status = 'unknown';
    let workerStarts = 0;
    // Stops are counted too: a stopped worker can be woken again before a poll sees 'stopped'.
    let workerStops = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.runningStatus === 'running' && status !== 'running') workerStarts += 1;
        if (version.runningStatus === 'stopped' && status !== 'stopped') workerStops += 1;
        status = version.runningStatus;
      }
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => status).not.toBe('unknown');
    workerStarts = 0;

    const watch = watchNotifications(bg);
    const titles = Array.from({ length: 10 }, (_, i) => `Restart Customer ${i + 1}`);
    for (const [i, title] of titles.entries()) {
      const stopsBefore = workerStops;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => status === 'stopped' || workerStops > stopsBefore, SLOW).toBe(true);
      // The message's report wakes the worker; it is stopped again as soon as it runs (or a
      // little later), while it handles the report.
      await addChats(site.page, [
        { title, preview: `${ASKS[i % ASKS.length] ?? ''} (order ${500 + i})` },
      ]);
      await expect.poll(() => status, SLOW).toBe('running');
      if (i % 2 === 1) await site.page.waitForTimeout(25 * i);
      await cdp.send('ServiceWorker.stopAllWorkers');
    }

    await expect.poll(async () => (await bg.escalations()).length, SLOW).toBe(before.length + 10);
    await expect.poll(() => pendingCount(bg), SLOW).toBe(0);
    const rows = await bg.escalations();
    const added = rows.filter((row) => !before.some((old) => old.id === row.id));
    // Nothing lost, nothing twice: exactly one row per new chat.
    expect(added.map((row) => row.customer).sort()).toEqual([...titles].sort());
    await expect(site.marked()).toHaveCount(marked + 10);
    // Each escalation notified once: on its own or counted in the summary, never left pending.
    const shown = added.filter((row) => row.notify === 'shown');
    const grouped = added.filter((row) => row.notify === 'grouped');
    expect(shown.length + grouped.length).toBe(10);
    expect(shown.length).toBeGreaterThanOrEqual(1);
    await expect
      .poll(() => shown.every((row) => watch.seen.has(`escalation:${row.id}`)))
      .toBe(true);
    if (grouped.length > 0)
      await expect.poll(() => watch.seen.has('escalation-summary')).toBe(true);
    await watch.stop();
    for (const row of grouped) expect(watch.seen.has(`escalation:${row.id}`)).toBe(false);
    expect(workerStarts).toBeGreaterThanOrEqual(10);
    test.info().annotations.push({
      type: 'measured',
      description: `worker starts ${workerStarts}, logged ${added.length}/10, shown ${shown.length}, grouped ${grouped.length}`,
    });
  });

  test('a page adding 150 unread chats at once gets all of them logged, with at most 6 notifications on screen', async ({
    context,
    extensionId,
  }) => {
    const bg = await extensionReader(context, extensionId);
    const { site, marked } = await whatsappSettled(context, bg);
    const before = await bg.escalations();
    // The burst gets the whole budget of individual notifications, as after a quiet weekend.
    await notificationsLongAgo(bg);
    const chats = Array.from({ length: 150 }, (_, i) => ({
      title: `Weekend Customer ${i + 1}`,
      preview: `${ASKS[i % ASKS.length] ?? ''} (order ${1000 + i})`,
    }));
    const watch = watchNotifications(bg);
    await addChats(site.page, chats);
    await expect.poll(async () => (await bg.escalations()).length, SLOW).toBe(before.length + 150);
    await expect.poll(() => pendingCount(bg), SLOW).toBe(0);
    await expect.poll(() => watch.seen.has('escalation-summary')).toBe(true);
    const mostOnScreen = await watch.stop();

    const rows = await bg.escalations();
    const added = rows.filter((row) => !before.some((old) => old.id === row.id));
    expect(added.map((row) => row.customer).sort()).toEqual(chats.map((c) => c.title).sort());
    expect(mostOnScreen).toBeLessThanOrEqual(6);
    await expect(site.marked()).toHaveCount(marked + 150, SLOW);
    // The badge shows at most two digits.
    await expect.poll(() => bg.badgeText()).toBe('99+');
    test.info().annotations.push({
      type: 'measured',
      description: `logged ${added.length}/150, at most ${mostOnScreen} notifications on screen, ${added.filter((r) => r.notify === 'shown').length} shown individually`,
    });
  });

  test('50 hostile payloads stay inert text in the banner, popup, notifications, backtest and CSV export', async ({
    context,
    extensionId,
    sw,
  }) => {
    const bg = await extensionReader(context, extensionId);
    const { site } = await whatsappSettled(context, bg);
    const before = await bg.escalations();
    await notificationsLongAgo(bg);
    // Records what the running worker passes to chrome.notifications.create (it stays alive
    // while the reports arrive; the records are read from the same worker).
    await sw.evaluate(() => {
      const api = chrome.notifications as unknown as {
        create(id: string, options: object): Promise<string>;
      };
      const created: object[] = [];
      (globalThis as unknown as { __created: object[] }).__created = created;
      const original = api.create.bind(api);
      api.create = (id, options) => {
        created.push({ id, ...options });
        return original(id, options);
      };
    });

    const chats = HOSTILE_PAYLOADS.map((p) => ({
      title: `${p.text} #${p.n}`,
      preview: `${p.text} ${ASKS[p.n % ASKS.length] ?? ''}`,
    }));
    await addChats(site.page, chats);
    await expect.poll(async () => (await bg.escalations()).length, SLOW).toBe(before.length + 50);
    await expect.poll(() => pendingCount(bg), SLOW).toBe(0);
    const rows = (await bg.escalations()).filter((row) => !before.some((old) => old.id === row.id));
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const p of HOSTILE_PAYLOADS) {
      const row = rows.find((r) => r.customer.endsWith(`#${p.n}`));
      expect(row?.customer, p.name).toBe(squash(`${p.text} #${p.n}`));
      expect(squash(row?.excerpt ?? ''), p.name).toContain(squash(p.text));
    }

    // Notifications: plain text, no angle brackets a notification server could read as markup.
    const created = (await sw.evaluate(
      () => (globalThis as unknown as { __created: object[] }).__created,
    )) as { id: string; title: string; message: string }[];
    const individual = created.filter((n) => n.id.startsWith('escalation:'));
    expect(individual.length).toBeGreaterThanOrEqual(1);
    for (const n of individual) expect(`${n.title}\n${n.message}`).not.toMatch(/[<>]/);

    // Banner: open each chat; the banner shows its escalation with nothing the payload smuggled in.
    const banner = site.closedBanner();
    for (const chat of chats) {
      await site.page.evaluate((t) => window.__fixture.switchChat?.(t), chat.title);
      await expect(site.page.locator('#main [data-escalation-ui="banner"]')).toHaveCount(1);
      let seen: Awaited<ReturnType<typeof banner.inspect>>;
      await expect
        .poll(async () => {
          seen = await banner.inspect(INJECTED_SELECTOR);
          return seen?.text.length ?? 0;
        })
        .toBeGreaterThan(0);
      expect(seen?.matching, chat.title).toEqual([]);
      expect(seen?.handlers, chat.title).toEqual([]);
    }
    expect(await site.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );

    // Popup: every entry listed as text; nothing blocked by the page's security policy either.
    const popupPage = await context.newPage();
    await popupPage.addInitScript(() => {
      const blocked: string[] = [];
      (window as unknown as { __blocked: string[] }).__blocked = blocked;
      document.addEventListener('securitypolicyviolation', (e) => {
        blocked.push(e.violatedDirective);
      });
    });
    await popupPage.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new PopupPage(popupPage);
    // The list shows 50 entries at first; "Show more" (or scrolling to it) adds the rest.
    await expect
      .poll(async () => {
        const more = popupPage.getByTestId('log-more');
        if (await more.isVisible()) await more.click({ timeout: 5_000 }).catch(() => undefined);
        return popup.items().count();
      }, SLOW)
      .toBe(before.length + 50);
    const list = popupPage.getByTestId('escalation-list');
    const listed = squash((await list.textContent()) ?? '');
    for (const p of HOSTILE_PAYLOADS) expect(listed, p.name).toContain(squash(`${p.text} #${p.n}`));
    await expect(list.locator(INJECTED_SELECTOR)).toHaveCount(0);
    const popupState = await popupPage.evaluate(() => ({
      pwned: (window as { __pwned?: number }).__pwned,
      blocked: (window as unknown as { __blocked: string[] }).__blocked,
      handlers: [...document.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
    }));
    expect(popupState).toEqual({ pwned: undefined, blocked: [], handlers: [] });

    // CSV export: every cell that would start a formula is neutralised; the text is kept.
    const { text: csv } = await popup.exportLog('csv');
    const table = parseCsv(csv);
    const header = table[0] ?? [];
    const customerAt = header.indexOf('customer');
    const excerptAt = header.indexOf('excerpt');
    for (const cells of table.slice(1))
      for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const p of HOSTILE_PAYLOADS) {
      const line = table.find((cells) => cells[customerAt]?.endsWith(`#${p.n}`));
      const customer = squash(`${p.text} #${p.n}`);
      expect([customer, `'${customer}`], p.name).toContain(line?.[customerAt]);
      expect(squash(line?.[excerptAt] ?? ''), p.name).toContain(squash(p.text));
    }

    // Backtest: the same payloads in a chat export, listed as text.
    const optionsPage = await context.newPage();
    await optionsPage.addInitScript(() => {
      const blocked: string[] = [];
      (window as unknown as { __blocked: string[] }).__blocked = blocked;
      document.addEventListener('securitypolicyviolation', (e) => {
        blocked.push(e.violatedDirective);
      });
    });
    await optionsPage.goto(`chrome-extension://${extensionId}/options.html`);
    const options = new OptionsPage(optionsPage);
    // Each customer writes once and the shop answers each one (so the shop is taken as the owner).
    const exportText = HOSTILE_PAYLOADS.flatMap((p) => {
      const at = `3/${10 + Math.floor(p.n / 10)}/25, 9:${String(p.n).padStart(2, '0')} AM`;
      return [
        `${at} - Cliente ${p.n}: ${p.text.trim()} ${ASKS[p.n % ASKS.length] ?? ''}`,
        `${at} - Bolsa Bonita: Obrigada, vou ver isso agora.`,
      ];
    }).join('\n');
    await optionsPage.getByTestId('backtest-input').setInputFiles({
      name: 'WhatsApp Chat with Clientes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${exportText}\n`, 'utf8'),
    });
    await expect(options.backtestHits()).toHaveCount(50, SLOW);
    const results = optionsPage.getByTestId('backtest-results');
    const backtested = squash((await results.textContent()) ?? '');
    for (const p of HOSTILE_PAYLOADS) expect(backtested, p.name).toContain(squash(p.text));
    await expect(results.locator(INJECTED_SELECTOR)).toHaveCount(0);
    const optionsState = await optionsPage.evaluate(() => ({
      pwned: (window as { __pwned?: number }).__pwned,
      blocked: (window as unknown as { __blocked: string[] }).__blocked,
    }));
    expect(optionsState).toEqual({ pwned: undefined, blocked: [] });
  });
});

/** RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
