/**
 * The module boundaries are only worth something if they can fail. This copies the project's
 * sources and lint configuration to a scratch folder, plants one forbidden import (or global) per
 * boundary, lints the planted files with the project's own ESLint config, and expects each one to be
 * reported by the rule that guards that boundary, while control files with allowed imports stay
 * clean. Slow (type-aware ESLint on a cold cache), so it runs the linter once over every file.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const COPIED = [
  'eslint.config.js',
  'tsconfig.json',
  'package.json',
  '.wxt',
  'lib',
  'components',
  'entrypoints',
];

interface Plant {
  file: string;
  code: string;
  /** The rule expected to report it; undefined for a control file that must lint clean. */
  rule?: string;
}

const PLANTS: Plant[] = [
  // Pure modules: no database, browser, WXT, Preact or DOM globals.
  {
    file: 'lib/classifier/zz-db.ts',
    code: "import { db } from '../db/db';\nexport const x = db;",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'lib/handoff/zz-alias-db.ts',
    code: "import { db } from '@/lib/db/db';\nexport const x = db;",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'lib/classifier/zz-wxt.ts',
    code: "import { browser } from 'wxt/browser';\nexport const x = browser;",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    file: 'lib/handoff/zz-preact.ts',
    code: "import { h } from 'preact';\nexport const x = h;",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    file: 'lib/export/zz-document.ts',
    code: 'export const x = document.title;',
    rule: 'no-restricted-globals',
  },
  {
    file: 'lib/zz-shared-rule.ts',
    code: "import { browser } from 'wxt/browser';\nexport const x = browser;",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    file: 'lib/classifier/zz-store.ts',
    code: "import { loadSettings } from '../settings/store';\nexport const x = loadSettings;",
    rule: 'import-x/no-restricted-paths',
  },
  // Adapters read the DOM only.
  {
    file: 'lib/platforms/zz-db.ts',
    code: "import { db } from '../db/db';\nexport const x = db;",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'lib/platforms/whatsapp/zz-messaging.ts',
    code: "import { sendMessage } from '@/lib/messaging';\nexport const x = sendMessage;",
    rule: 'import-x/no-restricted-paths',
  },
  // Content scripts reach storage through messages only.
  {
    file: 'lib/content/zz-db.ts',
    code: "import { db } from '@/lib/db/db';\nexport const x = db;",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'entrypoints/whatsapp.content/zz-db.ts',
    code: "import { db } from '@/lib/db/db';\nexport const x = db;",
    rule: 'import-x/no-restricted-paths',
  },
  // Components: presentational, no database or browser API.
  {
    file: 'components/zz-db.tsx',
    code: "import { db } from '../lib/db/db';\nexport const x = db;",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'components/popup/zz-browser.tsx',
    code: "import { browser } from 'wxt/browser';\nexport const x = browser;",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    file: 'components/popup/zz-i18n.tsx',
    code: "import { t } from '@/lib/i18n';\nexport const x = t;",
    rule: 'import-x/no-restricted-paths',
  },
  // Layers below never import layers above.
  {
    file: 'lib/db/zz-background.ts',
    code: "import { syncBadge } from '../background/badge';\nexport const x = syncBadge;",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'lib/messaging/zz-content.ts',
    code: "import { startOnPage } from '../content/start';\nexport const x = startOnPage;",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'lib/ui/zz-background.ts',
    code: "import { syncBadge } from '@/lib/background/badge';\nexport const x = syncBadge;",
    rule: 'import-x/no-restricted-paths',
  },
  {
    file: 'lib/background/zz-adapter.ts',
    code: "import { whatsappAdapter } from '../platforms/whatsapp/adapter';\nexport const x = whatsappAdapter;",
    rule: 'import-x/no-restricted-paths',
  },
  // Pages read the log without Dexie: a value import from a Dexie module is refused.
  {
    file: 'lib/ui/zz-dexie.ts',
    code: "import { createDb } from '../db/schema';\nexport const x = createDb;",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  // Entrypoints never import each other.
  {
    file: 'entrypoints/popup/zz-options.ts',
    code: "import { App } from '../options/App';\nexport const x = App;",
    rule: 'import-x/no-restricted-paths',
  },
  // No cycles.
  {
    file: 'lib/ui/zz-cycle-a.ts',
    code: "import { b } from './zz-cycle-b';\nexport const a = (): number => b() + 1;",
    rule: 'import-x/no-cycle',
  },
  {
    file: 'lib/ui/zz-cycle-b.ts',
    code: "import { a } from './zz-cycle-a';\nexport const b = (): number => a() + 1;",
    rule: 'import-x/no-cycle',
  },
  // Content scripts stay small: no classifier, drafter, settings validator or UI library in a tab.
  {
    file: 'lib/content/zz-classifier.ts',
    code: "import { classify } from '../classifier/index';\nexport const x = classify;",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    file: 'lib/content/zz-validate.ts',
    code: "import { toClassifierConfig } from '@/lib/settings/validate';\nexport const x = toClassifierConfig;",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    file: 'components/injected/zz-preact.ts',
    code: "import { render } from 'preact';\nexport const x = render;",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    file: 'lib/content/zz-ok.ts',
    code: "import { historyBefore } from '../classifier/history';\nimport type { Settings } from '../settings/types';\nexport const x = historyBefore;\nexport type S = Settings;",
  },
  // Controls: allowed imports lint clean.
  {
    file: 'lib/handoff/zz-ok.ts',
    code: "import { CATEGORIES } from '../classifier/types';\nexport const x = CATEGORIES;",
  },
  {
    file: 'components/popup/zz-ok.tsx',
    code: "import type { LogEntry } from '@/lib/ui/view-types';\nimport { isSnoozed } from '@/lib/escalation-status';\nexport const x = (e: LogEntry): boolean => isSnoozed(e, 0);",
  },
  {
    file: 'lib/ui/zz-ok.ts',
    code: "import type { EscalationRow } from '../db/schema';\nimport { DB_NAME } from '../db/names';\nexport const x = (r: EscalationRow): string => DB_NAME + r.customer;",
  },
];

let scratch = '';
let results: ESLint.LintResult[] = [];

function messagesFor(file: string) {
  const result = results.find((r) => r.filePath === path.join(scratch, file));
  if (!result) throw new Error(`${file} was not linted`);
  return result.messages;
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'boundaries-'));
  for (const entry of COPIED)
    cpSync(path.join(ROOT, entry), path.join(scratch, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
  for (const plant of PLANTS) {
    mkdirSync(path.dirname(path.join(scratch, plant.file)), { recursive: true });
    writeFileSync(path.join(scratch, plant.file), plant.code + '\n');
  }
  const eslint = new ESLint({ cwd: scratch });
  results = await eslint.lintFiles(PLANTS.map((p) => p.file));
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('module boundaries', () => {
  it('parse every planted file (a parse error would hide the rules)', () => {
    const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal === true));
    expect(fatal).toEqual([]);
  });

  it.each(PLANTS.filter((p) => p.rule !== undefined))(
    'reports $file by $rule',
    ({ file, rule }) => {
      const rules = messagesFor(file).map((m) => m.ruleId);
      expect(rules).toContain(rule);
    },
  );

  it.each(PLANTS.filter((p) => p.rule === undefined))('lets $file through', ({ file }) => {
    expect(messagesFor(file).map((m) => `${m.ruleId ?? ''}: ${m.message}`)).toEqual([]);
  });
});
