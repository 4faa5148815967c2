// The catalogues: the same keys in every language, every key the pages use exists, and the
// placeholders of each message match across languages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/classifier/types';
import { WEEKDAYS } from '../../../lib/settings/types';
import { MISSING_PARTS } from '../../../lib/health-words';
import { SETUP_STEPS } from '../../../lib/setup/state';
import { categoryLabel } from '../../../lib/labels';
import { reasonMessageKey, type ReasonKind } from '../../../lib/reason-text';

/** Every kind of reason detail; the type says when one is missing here. */
const KINDS: Record<ReasonKind, true> = {
  said: true,
  quantity: true,
  amount: true,
  unanswered: true,
  askedAgain: true,
  waiting: true,
  wording: true,
  learned: true,
  needsMe: true,
  yourPhrase: true,
  flagged: true,
  other: true,
};
const REASON_KINDS = Object.keys(KINDS) as ReasonKind[];

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

const root = join(import.meta.dirname, '../../..');
const load = (locale: string) =>
  JSON.parse(
    readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8'),
  ) as Catalogue;
const catalogues = { en: load('en'), pt_BR: load('pt_BR'), es: load('es') };
const en = catalogues.en;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const DYNAMIC_KEYS = [
  ...CATEGORIES.flatMap((c) => [`category_${c}`, `categoryHint_${c}`]),
  ...['all', 'open', 'resolved', 'dismissed'].map((s) => `status_${s}`),
  ...['connected', 'logged_out', 'loading', 'unrecognised'].map((s) => `connection_${s}`),
  ...MISSING_PARTS.map((part) => `missing_${part}`),
  ...['whatsapp', 'instagram'].flatMap((p) => [`platform_${p}`, `notice_openFailed_${p}`]),
  ...WEEKDAYS.map((d) => `weekday_${d}`),
  ...['en', 'pt', 'es'].map((l) => `lang_${l}`),
  ...['resolved', 'dismissed'].map((s) => `entry_${s}`),
  ...['given', 'settings', 'you', 'single', 'notStarter', 'busiest'].map(
    (b) => `backtest_ownerBasis_${b}`,
  ),
  ...[
    'unknown_field',
    'object',
    'text',
    'integer',
    'boolean',
    'time',
    'phrases',
    'phrase',
    'time_zone',
    'dates',
    'date',
    'faq',
    'question',
    'version',
    'closes_before_opens',
    'json',
    'template_empty',
    'template_unknown',
    'template_unknownMany',
    'template_brace',
  ].map((c) => `error_${c}`),
  'tab_log',
  'tab_stats',
  'extName',
  'extDescription',
  ...[
    'needsYou',
    'insert',
    'replaceTyped',
    'keepTyped',
    'typedWarning',
    'inserted',
    'promiseDue',
    'draftLabel',
    'failed',
  ].map((k) => `banner_${k}`),
  ...[
    'said',
    'quantity',
    'amount',
    'unanswered',
    'askedAgain',
    'waiting',
    'wording',
    'learned',
    'needsMe',
    'yourPhrase',
  ].map((k) => `reason_${k}`),
  ...SETUP_STEPS.map((s) => `setup_step_${s}`),
  ...['done', 'skipped'].flatMap((p) => [`setup_${p}Title`, `setup_${p}Text`]),
];

describe('locales', () => {
  it('have the same keys in English, Brazilian Portuguese and Spanish', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(catalogues.pt_BR).sort()).toEqual(keys);
    expect(Object.keys(catalogues.es).sort()).toEqual(keys);
  });

  it('name the extension and the categories as the rest of the code expects', () => {
    expect(en['extName']?.message).toBe('Escalation Radar');
    expect(en['category_human_request']?.message).toBe('Asks for a person');
    expect(en['banner_needsYou']?.message).toBe('Needs you');
  });

  it('hold every category and reason the content scripts and the background show', () => {
    // They ask the browser's catalogue and carry no English wording of their own (lib/labels.ts,
    // linesOfGroups): the English catalogue, which the browser falls back to, must say them all.
    for (const key of REASON_KINDS.flatMap((kind) => reasonMessageKey(kind) ?? []))
      expect(en[key]?.message, key).toBeTruthy();
    for (const c of CATEGORIES) expect(categoryLabel(c)).toBe(en[`category_${c}`]?.message);
  });

  it('contain every key the pages use', () => {
    const used = new Set(DYNAMIC_KEYS);
    const files = [
      'components',
      'entrypoints/popup',
      'entrypoints/popup-app',
      'entrypoints/options',
      'entrypoints/welcome',
      'lib/ui',
    ].flatMap((d) => sourceFiles(join(root, d)));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) used.add(match[1] ?? '');
      for (const match of text.matchAll(/'((?:hint|notice)_[A-Za-z]+)'/g)) used.add(match[1] ?? '');
    }
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it.each(['pt_BR', 'es'] as const)('%s uses the same placeholders as English', (locale) => {
    for (const [key, entry] of Object.entries(en)) {
      const other = catalogues[locale][key];
      expect(Object.keys(other?.placeholders ?? {}), key).toEqual(
        Object.keys(entry.placeholders ?? {}),
      );
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(other?.message, key).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });
});
