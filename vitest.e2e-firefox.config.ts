import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Firefox ESR with the built extension (.output/firefox-mv2),
// driven by puppeteer-core over WebDriver BiDi. One file at a time: each owns a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
