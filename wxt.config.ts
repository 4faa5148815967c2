import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { mergeConfig, type InlineConfig, type PluginOption } from 'vite';
import { markStylesheet, markStylesheetFile } from './lib/content/mark-styles';
import { contentEntry } from './scripts/content-entry';
import type { Platform } from './lib/platforms/types';

/**
 * The background and the extension pages use the browser API through webextension-polyfill (one
 * promise-based API, and a background listener may answer with a promise in Chrome too). The
 * content scripts do not: they only send messages, read storage and the locale catalogue, which
 * Chrome (MV3) and Firefox both offer with promises, so they use the browser's own `browser` or
 * `chrome` object (what `wxt/browser` gives without the alias) and stay small. They send over a
 * port whose answers the background builds itself (lib/background/port.ts), not the polyfill.
 */
const POLYFILL = {
  resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } },
};

/**
 * Built without the polyfill: the content scripts.
 */
const UNPOLYFILLED = new Set(['content-script']);

/**
 * The popup's app (entrypoints/popup-app) is built apart from the other pages, as one ES module
 * with everything its first screen runs: built with them, it shared chunks with the options
 * page, and the popup loaded three modules where one does (each is a request and a code-cache
 * lookup before anything runs; scripts/bench/popup-ab.ts). Its on-demand parts stay chunks.
 * It has the polyfill, as the pages do.
 */
const POPUP_APP = 'popup-app';
const POPUP_APP_BUILD: InlineConfig = {
  build: {
    lib: { formats: ['es'] },
    rollupOptions: {
      // Whatever the first screen runs stays in the one module (the on-demand chunks import it
      // from there), minified whole (Vite keeps a library's ES output readable unless told).
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, comments: false },
    },
  },
};

/**
 * popup.html runs no module of the pages' build: WXT still adds its plugin loader (empty here:
 * the project has no WXT plugins) and the build makes it a module of its own, one more request
 * before the popup's scripts run. It is taken out of that page.
 */
const popupWithoutPluginLoader: PluginOption = {
  name: 'radar:popup-without-plugin-loader',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) =>
      context.path.endsWith('/popup/index.html')
        ? html.replace(/\s*<script type="module"[^>]*wxt-html-plugins[^>]*><\/script>/, '')
        : html,
  },
};

function withPolyfill(config: InlineConfig): void {
  Object.assign(config, mergeConfig(config, POLYFILL));
}

/**
 * The content scripts are held to 60 KB each (docs/design.md). Terser with three passes packs
 * them about 2.5% smaller than the default minifier; the extension pages keep the default, which
 * builds faster and has room under its budget. Only safe transforms: no `unsafe*` options.
 *
 * Each content script opens with V8's compile hint `//# allFunctionsCalledOnLoad`: Chromium then
 * compiles every function of the script when it injects it, in one pass over the source, instead
 * of parsing the script once and each function again on its first call (about two hundred
 * functions run in a first pass). Firefox reads it as a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const TERSER: InlineConfig = {
  plugins: [contentEntry],
  // The scripts' own context in place of WXT's, which they use only for its abort signal
  // (lib/content/script-context.ts says why).
  resolve: {
    alias: {
      'wxt/utils/content-script-context': fileURLToPath(
        new URL('lib/content/script-context.ts', import.meta.url),
      ),
    },
  },
  build: {
    minify: 'terser',
    terserOptions: {
      ecma: 2020,
      compress: { passes: 3 },
      format: { comments: false, preamble: COMPILE_HINT },
    },
  },
};

/**
 * The marks' stylesheet of each site (lib/content/mark-styles.ts) is a file of the build, listed
 * in the manifest with that site's content script: the browser puts it in the page before the
 * page's first style calculation, where a `<style>` added by the script made it recalculate the
 * style of the whole page.
 */
const MARKED_SITES: readonly Platform[] = ['whatsapp', 'instagram'];

// Escalation Radar build configuration. Permissions are the fewest the features need; the README
// explains each one. No remote code, no network: the CSP stays at the browser default.
export default defineConfig({
  imports: false,
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      const popupApp = entrypoints.some((entrypoint) => entrypoint.name === POPUP_APP);
      if (!entrypoints.every((entrypoint) => UNPOLYFILLED.has(entrypoint.type)))
        withPolyfill(config);
      if (popupApp) Object.assign(config, mergeConfig(config, POPUP_APP_BUILD));
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script'))
        Object.assign(config, mergeConfig(config, TERSER));
    },
    'vite:devServer:extendConfig': withPolyfill,
    'build:publicAssets': (_wxt, files) => {
      for (const site of MARKED_SITES)
        files.push({ relativeDest: markStylesheetFile(site), contents: markStylesheet(site) });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        const site = MARKED_SITES.find((s) => script.js?.includes(`content-scripts/${s}.js`));
        if (site) script.css = [...(script.css ?? []), markStylesheetFile(site)];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'notifications', 'alarms'],
    host_permissions: ['https://web.whatsapp.com/*', 'https://www.instagram.com/*'],
    action: { default_title: 'Escalation Radar' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'escalation-radar@escalation-radar.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), popupWithoutPluginLoader] }),
});
