// ESLint flat config: type-aware strict rules plus the module boundaries described in
// docs/architecture.md ("Module boundaries"). tests/unit/lint/boundaries.test.ts plants violations in a
// scratch copy and expects this config to report every one of them.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const root = import.meta.dirname;

// The boundary rules only see imports they can resolve: without a resolver that knows `.ts`/`.tsx`
// and the `@/` alias, `import-x/no-restricted-paths` silently skips every such import.
const resolver = createNodeResolver({
  extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'],
  alias: { '@': [root], '~': [root] },
  conditionNames: ['types', 'import', 'default'],
});

/** Folders and files, by role. Globs are relative to the repository root. */
// The loose lib/*.ts files that use the browser or the console; every other loose lib/*.ts file
// holds a shared pure rule (colours, labels, what "open" means, ...) and is checked as pure.
const LOOSE_IMPURE = 'i18n|labels|log';
const LOOSE_IMPURE_FILES = `./lib/@(${LOOSE_IMPURE}).ts`;
const LOOSE_PURE_FILES = `./lib/!(${LOOSE_IMPURE}).ts`;
const PURE_FOLDERS = [
  './lib/classifier/**',
  './lib/learning/**',
  './lib/handoff/**',
  './lib/export/**',
  './lib/settings/!(store).ts',
  './lib/setup/!(store).ts',
];
const PURE = [...PURE_FOLDERS, LOOSE_PURE_FILES];
const ALL_LIB_EXCEPT = (...keep) => `./lib/!(${keep.join('|')})/**`;
const EVERY_ENTRYPOINT = './entrypoints/**';
const COMPONENTS = './components/**';
const BROWSER_HELPERS = ['./lib/i18n.*', './lib/labels.*', './lib/@(settings|setup)/store.*'];
const ADAPTER_INTERNALS = ['./lib/platforms/*/**'];
// Every entrypoint folder, read from disk so a new one is covered without editing this file.
const ENTRYPOINTS = readdirSync(new URL('./entrypoints', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const EXTENSION_PAGES = ENTRYPOINTS.filter(
  (name) => name !== 'background' && !name.endsWith('.content'),
);

const boundaryZones = [
  // Pure logic: plain TypeScript in, plain data out. Runs in the tab, the background, the options
  // page and the command line alike.
  {
    target: PURE_FOLDERS,
    from: [
      ALL_LIB_EXCEPT('classifier', 'learning', 'handoff', 'export', 'settings', 'setup'),
      './lib/@(settings|setup)/store.*',
      LOOSE_IMPURE_FILES,
      COMPONENTS,
      EVERY_ENTRYPOINT,
    ],
    message:
      'classifier, learning, handoff, export and the settings and setup rules are pure: no browser, DOM, db or UI.',
  },
  {
    // Shared rules read by every layer: they may name the database's row types, nothing more.
    target: LOOSE_PURE_FILES,
    from: [
      ALL_LIB_EXCEPT('classifier', 'learning', 'handoff', 'export', 'settings', 'setup', 'db'),
      './lib/db/!(schema.ts)',
      './lib/@(settings|setup)/store.*',
      LOOSE_IMPURE_FILES,
      COMPONENTS,
      EVERY_ENTRYPOINT,
    ],
    message: 'the shared rules in lib/*.ts are pure: no browser, DOM, db or UI.',
  },
  {
    target: './lib/learning/**',
    from: ['./lib/!(classifier|learning)/**', './components/**', './entrypoints/**'],
    message: 'learning is pure: no browser, DOM, db or UI.',
  },
  {
    target: './lib/platforms/**',
    from: [
      ALL_LIB_EXCEPT('platforms', 'classifier'),
      './lib/@(i18n|labels).ts',
      COMPONENTS,
      EVERY_ENTRYPOINT,
    ],
    message: 'adapters read and write the page DOM only: no messaging, db, settings or UI.',
  },
  {
    target: './lib/content/**',
    from: [
      './lib/db/**',
      './lib/background/**',
      './lib/ui/**',
      './components/!(injected)/**',
      EVERY_ENTRYPOINT,
    ],
    message: 'content scripts reach storage only through messages, and show only injected UI.',
  },
  {
    target: './lib/messaging/**',
    from: [
      './lib/background/**',
      './lib/content/**',
      './lib/ui/**',
      ...ADAPTER_INTERNALS,
      ...BROWSER_HELPERS,
      COMPONENTS,
      EVERY_ENTRYPOINT,
    ],
    message: 'the message protocol sits below every context that speaks it.',
  },
  {
    target: './lib/background/**',
    from: [
      './lib/platforms/!(types.ts)',
      ...ADAPTER_INTERNALS,
      './lib/content/**',
      './lib/ui/**',
      COMPONENTS,
      EVERY_ENTRYPOINT,
    ],
    message: 'the background never touches page DOM or UI.',
  },
  {
    target: './lib/db/**',
    from: [
      ALL_LIB_EXCEPT('db', 'classifier', 'learning', 'platforms'),
      ...ADAPTER_INTERNALS,
      './lib/platforms/!(types.ts)',
      LOOSE_IMPURE_FILES,
      COMPONENTS,
      EVERY_ENTRYPOINT,
    ],
    message: 'the database module depends on nothing above it.',
  },
  {
    target: './lib/ui/**',
    from: [
      './lib/background/**',
      './lib/content/**',
      './lib/platforms/!(types.ts)',
      ...ADAPTER_INTERNALS,
      COMPONENTS,
      EVERY_ENTRYPOINT,
    ],
    message: 'lib/ui serves the popup and options pages: no background, page or component code.',
  },
  {
    target: ['./lib/log.ts', './lib/i18n.ts', './lib/labels.ts'],
    from: [ALL_LIB_EXCEPT('classifier'), COMPONENTS, EVERY_ENTRYPOINT],
    message: 'the browser-bound lib helpers depend only on the shared rules and each other.',
  },
  {
    target: COMPONENTS,
    from: [
      './lib/db/**',
      './lib/platforms/!(types.ts)',
      ...ADAPTER_INTERNALS,
      './lib/background/**',
      './lib/content/**',
      './lib/messaging/**',
      ...BROWSER_HELPERS,
      EVERY_ENTRYPOINT,
    ],
    message: 'components are presentational: props in, callbacks out; no database or browser API.',
  },
  // Each entrypoint is one context; they share code through lib/ and components/, never directly.
  ...ENTRYPOINTS.map((name) => ({
    target: `./entrypoints/${name}/**`,
    from: `./entrypoints/!(${name})/**`,
    message: 'an entrypoint never imports another entrypoint.',
  })),
  {
    target: './entrypoints/*.content/**',
    from: ['./lib/db/**', './lib/background/**', './lib/ui/**', './components/!(injected)/**'],
    message: 'content scripts reach storage only through messages.',
  },
  {
    target: './entrypoints/background/**',
    from: ['./lib/content/**', './lib/ui/**', ...ADAPTER_INTERNALS, COMPONENTS],
    message: 'the background never touches page DOM or UI.',
  },
  {
    target: EXTENSION_PAGES.map((name) => `./entrypoints/${name}/**`),
    from: [
      './lib/background/**',
      './lib/content/**',
      ...ADAPTER_INTERNALS,
      './components/injected/**',
    ],
    message:
      'the popup and options pages read the log and send messages; they never run background or page code.',
  },
];

/** Imports no pure module may make, whatever path they take. */
const PURE_FORBIDDEN_IMPORTS = {
  paths: [
    { name: 'preact', message: 'Pure modules render nothing.' },
    { name: 'dexie', message: 'Pure modules store nothing.' },
    { name: 'webextension-polyfill', message: 'Pure modules use no browser API.' },
    { name: '#imports', message: 'Pure modules use no WXT API.' },
  ],
  patterns: [
    { group: ['wxt', 'wxt/*'], message: 'Pure modules use no WXT or browser API.' },
    { group: ['preact/*'], message: 'Pure modules render nothing.' },
  ],
};

/** Modules that open Dexie: the popup and options pages read through lib/db/log-reader instead. */
const DEXIE_MODULES = ['**/db/db', '**/db/schema', '**/db/escalations', '**/db/promises'];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-screenshots/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [resolver],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones, basePath: root }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-unresolved': ['error', { ignore: ['^#imports$', '^virtual:'] }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: "Import { browser } from 'wxt/browser'.",
            },
            { name: 'dexie', message: 'Only lib/db talks to Dexie.' },
          ],
        },
      ],
      'no-console': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: PURE.map((glob) => glob.slice(2)),
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', PURE_FORBIDDEN_IMPORTS],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'chrome',
          'browser',
        ].map((name) => ({ name, message: 'Pure modules touch no browser or DOM global.' })),
      ],
    },
  },
  {
    // Pages and the message protocol may name the database's row types, but a value import would
    // bundle Dexie into the page.
    files: [
      'components/**',
      'lib/ui/**',
      'lib/messaging/**',
      'entrypoints/popup/**',
      'entrypoints/popup-app/**',
      'entrypoints/popup-open/**',
      'entrypoints/options/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." },
            { name: 'dexie', message: 'Only lib/db talks to Dexie.' },
          ],
          patterns: [
            {
              group: DEXIE_MODULES,
              allowTypeImports: true,
              message:
                'Pages read the log through lib/db/log-reader; only types may come from the Dexie modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'Components use no browser API.' },
            { name: 'dexie', message: 'Components use no database.' },
            { name: '#imports', message: 'Components use no WXT API.' },
          ],
          patterns: [
            { group: ['wxt', 'wxt/*'], message: 'Components use no WXT or browser API.' },
            {
              group: DEXIE_MODULES,
              allowTypeImports: true,
              message: 'Components use no database.',
            },
          ],
        },
      ],
    },
  },
  {
    // The content scripts stay within their size budget (docs/design.md): the background
    // classifies, drafts and words the marks (candidates:classify, escalation:listOpen); the
    // injected UI is drawn with the DOM; the browser's own API replaces the polyfill.
    files: ['lib/content/**', 'components/injected/**', 'entrypoints/*.content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'preact',
              message: 'Injected UI is drawn with the DOM (components/injected/dom.ts).',
            },
            {
              name: 'webextension-polyfill',
              message: "Content scripts use the browser's own API.",
            },
            { name: 'dexie', message: 'Content scripts reach storage only through messages.' },
          ],
          patterns: [
            {
              group: ['preact/*'],
              message: 'Injected UI is drawn with the DOM (components/injected/dom.ts).',
            },
            {
              group: ['**/classifier/*', '!**/classifier/types', '!**/classifier/history'],
              allowTypeImports: true,
              message:
                'The background classifies (candidates:classify); a tab takes only types and the history builder.',
            },
            {
              group: ['**/learning/*', '!**/learning/types', '**/handoff', '**/handoff/*'],
              allowTypeImports: true,
              message: 'The background learns and drafts; a tab does neither.',
            },
            {
              group: ['**/settings/*', '**/lib/reasons', '**/background/*', '**/ui/*', '**/db/*'],
              allowTypeImports: true,
              message: 'Content scripts get settings, reasons and the log from the background.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/db/**', 'tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['lib/background/**', 'entrypoints/background/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The service worker has no window.' },
        { name: 'document', message: 'The service worker has no document.' },
        { name: 'localStorage', message: 'Use browser.storage.' },
      ],
    },
  },
  {
    files: ['lib/log.ts', 'scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
