// The options page of the owner's cockpit in real Chromium with the built extension:
// importing a settings file (a bad one is refused whole, naming each field; a good one is applied),
// the backtest over a WhatsApp chat export, and deleting every stored escalation.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { root } from '../shared/sites';
import { expect, test } from './fixtures';
import { ExtensionBackground, OptionsPage, PopupPage, SitePage } from './pages';

const BACKTEST_EXPORT = path.join(root, 'tests/fixtures/exports/e2e-backtest.txt');

test.describe('Options page', () => {
  test('a bad settings file lists every error by field and leaves the saved settings unchanged', async ({
    openOptions,
  }) => {
    const options = new OptionsPage(await openOptions());
    await options.saveBusinessName('Harbour Lane Pottery');
    const retention = options.page.getByTestId('retention-days');
    await expect(retention).toHaveValue('30');

    await options.importSettings(
      'broken-settings.json',
      JSON.stringify({
        businessName: 42,
        retentionDays: 0,
        colour: 'red',
        ownerName: 'Maren Holt',
      }),
    );
    await expect(options.importErrors()).toHaveCount(3);
    // Each error names the field as the page labels it, not its path in the file.
    await expect(options.importErrors().filter({ hasText: /^Business name: / })).toHaveCount(1);
    await expect(
      options.importErrors().filter({ hasText: /^Delete escalations older than \(days\): / }),
    ).toHaveCount(1);
    await expect(
      options.importErrors().filter({ hasText: /^"colour" is not a setting this version knows/ }),
    ).toHaveCount(1);
    await expect(options.page.getByRole('alert')).toContainText('broken-settings.json');
    await expect(options.importOk()).toHaveCount(0);

    // Nothing of the file was applied, not even its one valid field.
    await expect(options.businessName()).toHaveValue('Harbour Lane Pottery');
    await expect(options.page.getByTestId('owner-name')).toHaveValue('');
    await options.page.reload();
    await expect(options.businessName()).toHaveValue('Harbour Lane Pottery');
    await expect(options.page.getByTestId('owner-name')).toHaveValue('');
    await expect(retention).toHaveValue('30');

    // A file that is not JSON at all is refused too.
    await options.importSettings('notes.json', 'businessName = "Other"');
    await expect(options.importErrors().filter({ hasText: /not valid JSON/ })).toHaveCount(1);
    await expect(options.businessName()).toHaveValue('Harbour Lane Pottery');
  });

  test('a good settings file is imported and its values show', async ({ openOptions }) => {
    const options = new OptionsPage(await openOptions());
    await options.saveBusinessName('Harbour Lane Pottery');

    await options.importSettings(
      'settings.json',
      JSON.stringify({
        version: 1,
        businessName: 'Couro & Companhia',
        ownerName: 'Inês Duarte',
        retentionDays: 45,
        responseTimes: { inHoursMinutes: 90, outOfHoursMinutes: 30 },
      }),
    );
    await expect(options.importOk()).toContainText('settings.json');
    await expect(options.page.getByTestId('settings-import-errors')).toHaveCount(0);
    await expect(options.businessName()).toHaveValue('Couro & Companhia');
    await expect(options.page.getByTestId('owner-name')).toHaveValue('Inês Duarte');
    await expect(options.page.getByTestId('retention-days')).toHaveValue('45');
    await expect(options.page.getByTestId('response-in-hours')).toHaveValue('90');

    // Stored, not only shown: a fresh page reads the same values.
    await options.page.reload();
    await expect(options.businessName()).toHaveValue('Couro & Companhia');
    await expect(options.page.getByTestId('retention-days')).toHaveValue('45');
  });

  test('the backtest of a chat export lists the message asking for a person, with its reason', async ({
    openOptions,
  }) => {
    const options = new OptionsPage(await openOptions());
    await options.backtest(BACKTEST_EXPORT);

    const results = options.page.getByTestId('backtest-results');
    await expect(results).toBeVisible();
    await expect(options.page.getByTestId('backtest-error')).toHaveCount(0);
    const hits = options.backtestHits();
    await expect(hits).toHaveCount(1);
    await expect(hits.first()).toHaveAttribute('data-category', 'human_request');
    await expect(hits.first()).toContainText('Can I please speak to a real person?');
    await expect(hits.first().locator('.reasons li')).toContainText([/asks for a person/]);
    // The routine messages are counted but not listed.
    await expect(results).not.toContainText('Great, thank you!');
    await expect(options.page.getByTestId('backtest-summary')).toContainText('1');
    await expect(options.page.getByTestId('backtest-summary')).toContainText('4');
    await expect(results.getByRole('region', { name: 'Priya Anand' })).toBeVisible();
    await expect(options.page.getByTestId('backtest-owner')).toHaveValue('');
  });

  test('the backtest reads a WhatsApp zip and an Instagram download zip, in its worker', async ({
    openOptions,
  }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backtest-'));
    const whatsapp = path.join(dir, 'WhatsApp Chat - Lucie Marin.zip');
    writeFileSync(
      whatsapp,
      zipSync({
        '_chat.txt': strToU8(
          [
            '[12.07.17, 22:35:00] Lucie Marin: \u200eLes messages et les appels sont chiffrés de bout en bout.',
            '[12.07.17, 22:35:10] Lucie Marin: Bonjour',
            '[12.07.17, 22:36:00] Lucie Marin: \u200eimage absente',
            '[13.07.17, 09:12:00] Atelier Rose: Bonjour Lucie, que puis-je faire ?',
            '[13.07.17, 09:15:00] Lucie Marin: I want to speak to a real person now please',
          ].join('\n'),
        ),
        '00000003-PHOTO-2017-07-12-22-36-00.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      }),
    );
    // Instagram writes each UTF-8 byte of text as a Latin-1 code point.
    const mojibake = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));
    const thread = (name: string, text: string, at: number) =>
      strToU8(
        JSON.stringify({
          participants: [{ name: mojibake(name) }, { name: 'Atelier Rose' }],
          title: mojibake(name),
          messages: [
            { sender_name: 'Atelier Rose', timestamp_ms: at + 60_000, content: 'Olá!' },
            { sender_name: mojibake(name), timestamp_ms: at, content: mojibake(text) },
          ],
        }),
      );
    const instagram = path.join(dir, 'instagram-atelierrose-2024.zip');
    writeFileSync(
      instagram,
      zipSync({
        'your_instagram_activity/messages/inbox/luciaprado_1/message_1.json': thread(
          'Lúcia Prado',
          'Quero falar com um atendente humano, por favor',
          Date.UTC(2024, 2, 1, 10),
        ),
        'your_instagram_activity/messages/inbox/ruipaz_2/message_1.json': thread(
          'Rui Paz',
          'Obrigado, chegou tudo bem',
          Date.UTC(2024, 2, 2, 10),
        ),
      }),
    );
    const options = new OptionsPage(await openOptions());

    await options.backtest(whatsapp);
    const hits = options.backtestHits();
    await expect(hits).toHaveCount(1);
    await expect(hits.first()).toHaveAttribute('data-category', 'human_request');
    await expect(hits.first()).toContainText('speak to a real person');
    await expect(options.page.getByTestId('backtest-error')).toHaveCount(0);

    await options.backtest(instagram);
    await expect(hits).toHaveCount(1);
    await expect(hits.first()).toContainText('Quero falar com um atendente humano');
    const results = options.page.getByTestId('backtest-results');
    await expect(results.getByRole('region', { name: 'Lúcia Prado' })).toBeVisible();
    await expect(results.getByRole('region', { name: 'Rui Paz' })).toBeVisible();
    await expect(options.page.getByTestId('backtest-owner-basis')).toContainText('Atelier Rose');
  });

  test('deleting all data empties the log and the badge', async ({
    context,
    sw,
    openOptions,
    openPopup,
  }) => {
    const bg = new ExtensionBackground(sw);
    const site = new SitePage(await context.newPage());
    await site.page.goto('https://web.whatsapp.com/');
    await expect(site.marked('human_request')).toHaveCount(1);
    const marked = await site.marked().count();
    await expect.poll(() => bg.badgeText()).toBe(String(marked));

    const popup = new PopupPage(await openPopup());
    await expect(popup.openItems()).toHaveCount(marked);

    const options = new OptionsPage(await openOptions());
    await options.deleteAll();

    await expect.poll(() => bg.badgeText()).toBe('');
    await expect.poll(() => bg.escalations()).toEqual([]);
    // The popup that was already open follows, and so does a fresh one.
    await expect(popup.emptyState()).toBeVisible();
    await expect(popup.items()).toHaveCount(0);
    await popup.page.reload();
    await expect(popup.emptyState()).toBeVisible();
    await expect(popup.items()).toHaveCount(0);
    await expect(site.marked()).toHaveCount(0);
  });
});
