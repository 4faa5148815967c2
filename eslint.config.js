// ESLint flat config: type-aware strict rules plus the module boundaries of STYLE.md §2.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const boundaryZones = [
  {
    target: ['./lib/classifier/**', './lib/handoff/**', './lib/export/**'],
    from: ['./lib/!(classifier|handoff|export|settings)/**', './components/**', './entrypoints/**'],
    message: 'classifier, handoff and export are pure: no browser, DOM, db or UI.',
  },
  {
    target: './lib/learning/**',
    from: ['./lib/!(classifier|learning)/**', './components/**', './entrypoints/**'],
    message: 'learning is pure: no browser, DOM, db or UI.',
  },
  {
    target: './lib/platforms/**',
    from: [
      './lib/db/**',
      './lib/background/**',
      './lib/messaging/**',
      './lib/content/**',
      './components/**',
    ],
    message: 'adapters read and write the DOM only.',
  },
  {
    target: './lib/content/**',
    from: ['./lib/db/**', './lib/background/**'],
    message: 'content scripts reach storage only through messages.',
  },
  {
    target: './lib/background/**',
    from: [
      './lib/platforms/!(types.ts)',
      './lib/platforms/*/**',
      './lib/content/**',
      './components/**',
    ],
    message: 'the background never touches page DOM or UI.',
  },
  {
    target: './lib/db/**',
    from: ['./lib/background/**', './lib/content/**', './lib/platforms/*/**', './components/**'],
    message: 'the database module depends on nothing above it.',
  },
  {
    target: './components/**',
    from: ['./lib/db/**', './lib/platforms/*/**', './lib/background/**', './entrypoints/**'],
    message: 'components are presentational: props in, callbacks out.',
  },
];

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
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'no-restricted-imports': [
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
    files: ['lib/db/**', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
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
