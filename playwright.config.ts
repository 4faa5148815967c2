import { defineConfig } from '@playwright/test';

// End-to-end tests in Debian's Chromium with the built extension (.output/chrome-mv3).
// One worker: the machines have 2 cores and each test runs a whole browser.
export default defineConfig({
  testDir: './tests/e2e/chromium',
  timeout: 45_000,
  expect: { timeout: 8_000 },
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
