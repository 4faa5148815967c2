import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    setupFiles: ['fake-indexeddb/auto', './tests/setup/reset.ts'],
    environment: 'node',
    include: ['tests/{unit,dom}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // DOM tests render whole pages; a slow or busy machine must not turn them into timeouts.
    testTimeout: 20_000,
  },
});
