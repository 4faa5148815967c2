// npm run demo: shows the built extension on the bundled demo inbox (scripts/demo/whatsapp-demo.html,
// sample customers in English, Portuguese and Spanish), served at https://web.whatsapp.com inside
// the demo browser only. With a display the browser stays open; without one, screenshots of the
// highlighted inbox, the banner with its draft and the popup log are written to demo-screenshots/.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSettingsText } from '../lib/settings/validate';
import { extensionArgs } from '../tests/e2e/shared/chromium-args';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extension = path.join(root, '.output/chrome-mv3');
const demoPage = path.join(root, 'scripts/demo/whatsapp-demo.html');
const demoSettings = path.join(root, 'scripts/demo/settings.json');
const outDir = path.join(root, 'demo-screenshots');
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const headless = !process.env['DISPLAY'] || process.env['CI'] === 'true';

async function main(): Promise<void> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(path.join(extension, 'manifest.json')))
    throw new Error('Build first: npm run build');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'radar-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: { width: 1360, height: 860 },
    args: extensionArgs(extension),
  });
  const html = readFileSync(demoPage, 'utf8');
  await context.route('https://web.whatsapp.com/**', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The demo business's settings (hours, FAQ, names), validated like an import.
  const parsed = parseSettingsText(readFileSync(demoSettings, 'utf8'));
  if (!parsed.ok) throw new Error(`scripts/demo/settings.json: ${parsed.errors.join('; ')}`);
  await worker.evaluate((settings) => chrome.storage.local.set({ settings }), parsed.settings);

  const inbox = await context.newPage();
  await inbox.goto('https://web.whatsapp.com/');
  await inbox.locator('[data-escalation-category]').first().waitFor({ timeout: 15_000 });
  await inbox
    .locator('[data-escalation-ui="banner"]')
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await inbox.waitForTimeout(500);

  if (!headless) {
    console.log(
      'Demo running: the inbox is open in Chromium with the extension. Close the browser to end.',
    );
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await inbox.bringToFront();
    await new Promise<void>((resolve) => context.once('close', () => resolve()));
    return;
  }

  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  const inboxShot = path.join(outDir, '1-inbox.png');
  await inbox.screenshot({ path: inboxShot });
  shots.push(inboxShot);
  const banner = inbox.locator('[data-escalation-ui="banner"]');
  if ((await banner.count()) > 0) {
    const bannerShot = path.join(outDir, '2-banner.png');
    await banner.screenshot({ path: bannerShot });
    shots.push(bannerShot);
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('escalation-item').first().waitFor({ timeout: 10_000 });
  const popupShot = path.join(outDir, '3-popup.png');
  await popup.screenshot({ path: popupShot });
  shots.push(popupShot);
  const marked = await inbox.locator('[data-escalation-category]').count();
  const badge = await worker.evaluate(() => chrome.action.getBadgeText({}));
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(`Demo: ${marked} conversations marked, badge "${badge}". Screenshots:`);
  for (const shot of shots) console.log(`  ${shot}`);
}

declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { set(items: object): Promise<void> } };
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
