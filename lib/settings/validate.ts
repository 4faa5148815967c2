/**
 * Turns an untrusted JSON value (an imported settings file, the CLI's --config, what storage holds)
 * into complete Settings, or a list of errors that each name the offending field. A partial
 * document is valid: missing fields take the defaults (or, with `base`, the current settings).
 * Unknown fields are refused, so a typo never silently does nothing. Pure; never throws.
 */
import {
  CATEGORIES,
  LANGS,
  type Category,
  type ClassifierConfig,
  type Lang,
  type UiLocale,
} from '../classifier/types';
import { validateTemplate } from '../handoff';
import { isClock } from './clock';
import { defaultSettings } from './defaults';
import { SETTINGS_VERSION, WEEKDAYS, type DayHours, type Settings } from './types';

/**
 * One problem with a settings document, structured so an interface can word it its own way: the
 * field's path ("triggers.complaint.add[3]", "settings" for the document itself), a stable code,
 * the limit when one was exceeded and how many were found (entries, characters, problems left
 * out), the browser's own words when storing failed, and an English message (what `errors` holds).
 */
export interface SettingsProblem {
  path: string;
  code: SettingsProblemCode;
  message: string;
  limit?: number;
  found?: number;
  detail?: string;
}

export type SettingsProblemCode =
  | 'invalid_json'
  | 'file_too_large'
  | 'expected_object'
  | 'unknown_field'
  | 'expected_text'
  | 'expected_whole_number'
  | 'expected_boolean'
  | 'expected_time'
  | 'expected_list'
  | 'expected_phrase'
  | 'expected_time_zone'
  | 'expected_date'
  | 'expected_question'
  | 'closes_before_opens'
  | 'invalid_template'
  | 'unsupported_version'
  | 'too_many_items'
  | 'too_many_problems'
  | 'storage_failed';

export type SettingsResult =
  { ok: true; settings: Settings } | { ok: false; errors: string[]; problems: SettingsProblem[] };

/** The largest settings file read (characters of its text). */
export const MAX_SETTINGS_CHARS = 1_000_000;
/** How many entries each list may hold; longer lists are refused without reading every entry. */
export const LIST_LIMITS = {
  knowledgeBase: 200,
  phrases: 100,
  closedDates: 400,
} as const;
/** Problems reported at most; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 100;

type Obj = Record<string, unknown>;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

class Checker {
  readonly problems: SettingsProblem[] = [];
  private dropped = 0;

  add(
    path: string,
    code: SettingsProblemCode,
    message: string,
    limit?: number,
    found?: number,
  ): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.dropped++;
      return;
    }
    const problem: SettingsProblem = { path, code, message };
    if (limit !== undefined) problem.limit = limit;
    if (found !== undefined) problem.found = found;
    this.problems.push(problem);
  }

  fail(path: string, code: SettingsProblemCode, expected: string, got: unknown, limit?: number) {
    this.add(path, code, `${path}: expected ${expected}, got ${describe(got)}`, limit);
  }

  /** A list longer than `max` is refused as a whole; its entries are not read. */
  list(path: string, value: unknown[], max: number): boolean {
    if (value.length <= max) return true;
    this.add(
      path,
      'too_many_items',
      `${path}: at most ${max} entries, got ${value.length}`,
      max,
      value.length,
    );
    return false;
  }

  result(settings: Settings): SettingsResult {
    if (this.problems.length === 0) return { ok: true, settings };
    return failed(this.problems, this.dropped);
  }

  object(path: string, value: unknown, allowed: readonly string[]): value is Obj {
    if (!isObj(value)) {
      this.fail(path, 'expected_object', 'an object', value);
      return false;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        const field = path === 'settings' ? key : `${path}.${key}`;
        this.add(field, 'unknown_field', `${field}: unknown field`);
      }
    }
    return true;
  }

  string(path: string, value: unknown, fallback: string, max = 200): string {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value.length > max) {
      this.fail(path, 'expected_text', `text of at most ${max} characters`, value, max);
      return fallback;
    }
    return value;
  }

  integer(path: string, value: unknown, fallback: number, min: number, max: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(path, 'expected_whole_number', `a whole number from ${min} to ${max}`, value, max);
      return fallback;
    }
    return value;
  }

  boolean(path: string, value: unknown, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(path, 'expected_boolean', 'true or false', value);
      return fallback;
    }
    return value;
  }

  time(path: string, value: unknown, fallback: string): string {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !isClock(value)) {
      this.fail(path, 'expected_time', 'a time "HH:MM" (24-hour)', value);
      return fallback;
    }
    return value;
  }

  phrases(path: string, value: unknown, fallback: string[]): string[] {
    if (value === undefined) return fallback;
    if (!Array.isArray(value)) {
      this.fail(path, 'expected_list', 'a list of phrases', value);
      return fallback;
    }
    if (!this.list(path, value, LIST_LIMITS.phrases)) return fallback;
    return value.flatMap((item, i) => {
      if (typeof item !== 'string' || item.trim() === '' || item.length > 200) {
        this.fail(
          `${path}[${i}]`,
          'expected_phrase',
          'a non-empty phrase of at most 200 characters',
          item,
          200,
        );
        return [];
      }
      return [item.trim()];
    });
  }
}

/** A failed result from its problems; `dropped` more are summed up in one last problem. */
export function failed(problems: SettingsProblem[], dropped = 0): SettingsResult {
  const all =
    dropped > 0
      ? [
          ...problems,
          {
            path: 'settings',
            code: 'too_many_problems' as const,
            message: `and ${dropped} more problems`,
            limit: MAX_PROBLEMS,
            found: dropped,
          },
        ]
      : problems;
  return { ok: false, errors: all.map((p) => p.message), problems: all };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    // RangeError: the runtime does not know this zone.
    return false;
  }
}

function checkDay(c: Checker, path: string, value: unknown, fallback: DayHours | null) {
  if (value === undefined) return fallback;
  if (value === null) return null;
  if (!c.object(path, value, ['open', 'close'])) return fallback;
  const open = c.time(`${path}.open`, value['open'], fallback?.open ?? '09:00');
  const close = c.time(`${path}.close`, value['close'], fallback?.close ?? '18:00');
  if (open >= close)
    c.add(path, 'closes_before_opens', `${path}: closes (${close}) before it opens (${open})`);
  return { open, close };
}

function checkHours(c: Checker, value: unknown, base: Settings['businessHours']) {
  const hours = structuredClone(base);
  if (value === undefined) return hours;
  if (!c.object('businessHours', value, ['timeZone', 'week', 'closedDates'])) return hours;
  hours.timeZone = c.string('businessHours.timeZone', value['timeZone'], hours.timeZone, 64);
  if (!isTimeZone(hours.timeZone)) {
    c.fail(
      'businessHours.timeZone',
      'expected_time_zone',
      'an IANA time zone such as "Europe/Madrid"',
      hours.timeZone,
    );
  }
  const week = value['week'];
  if (week !== undefined && c.object('businessHours.week', week, WEEKDAYS)) {
    for (const day of WEEKDAYS) {
      hours.week[day] = checkDay(c, `businessHours.week.${day}`, week[day], hours.week[day]);
    }
  }
  const closed = value['closedDates'];
  if (closed !== undefined) {
    if (!Array.isArray(closed))
      c.fail('businessHours.closedDates', 'expected_list', 'a list of dates', closed);
    else if (c.list('businessHours.closedDates', closed, LIST_LIMITS.closedDates)) {
      hours.closedDates = closed.filter((date, i) => {
        const ok = typeof date === 'string' && DATE.test(date);
        if (!ok)
          c.fail(`businessHours.closedDates[${i}]`, 'expected_date', 'a date "YYYY-MM-DD"', date);
        return ok;
      }) as string[];
    }
  }
  return hours;
}

function checkFaq(c: Checker, value: unknown, fallback: Settings['knowledgeBase']) {
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    c.fail('knowledgeBase', 'expected_list', 'a list of {question, answer}', value);
    return fallback;
  }
  if (!c.list('knowledgeBase', value, LIST_LIMITS.knowledgeBase)) return fallback;
  return value.flatMap((entry, i) => {
    const path = `knowledgeBase[${i}]`;
    if (!c.object(path, entry, ['question', 'answer'])) return [];
    const question = c.string(`${path}.question`, entry['question'], '', 500);
    const answer = c.string(`${path}.answer`, entry['answer'], '', 2000);
    if (question.trim() === '')
      c.fail(`${path}.question`, 'expected_question', 'a question', entry['question']);
    return question.trim() === '' ? [] : [{ question, answer }];
  });
}

function checkPerCategory<T>(
  c: Checker,
  path: string,
  value: unknown,
  base: Record<Category, T>,
  each: (path: string, value: unknown, fallback: T) => T,
): Record<Category, T> {
  const result = structuredClone(base);
  if (value === undefined || !c.object(path, value, CATEGORIES)) return result;
  for (const category of CATEGORIES) {
    result[category] = each(`${path}.${category}`, value[category], result[category]);
  }
  return result;
}

function checkTrigger(
  c: Checker,
  path: string,
  value: unknown,
  fallback: Settings['triggers'][Category],
) {
  if (value === undefined || !c.object(path, value, ['enabled', 'add', 'mute'])) return fallback;
  return {
    enabled: c.boolean(`${path}.enabled`, value['enabled'], fallback.enabled),
    add: c.phrases(`${path}.add`, value['add'], fallback.add),
    mute: c.phrases(`${path}.mute`, value['mute'], fallback.mute),
  };
}

function checkTemplates(c: Checker, path: string, value: unknown, fallback: Record<Lang, string>) {
  const result = { ...fallback };
  if (value === undefined || !c.object(path, value, LANGS)) return result;
  for (const lang of LANGS) {
    const text = c.string(`${path}.${lang}`, value[lang], result[lang], 2000);
    const problem = validateTemplate(text);
    if (problem) c.add(`${path}.${lang}`, 'invalid_template', `${path}.${lang}: ${problem}`);
    else result[lang] = text;
  }
  return result;
}

function checkNotifications(c: Checker, value: unknown, base: Settings['notifications']) {
  const result = structuredClone(base);
  if (value === undefined) return result;
  if (!c.object('notifications', value, ['enabled', 'categories', 'quietHours'])) return result;
  result.enabled = c.boolean('notifications.enabled', value['enabled'], result.enabled);
  result.categories = checkPerCategory(
    c,
    'notifications.categories',
    value['categories'],
    result.categories,
    (p, v, f) => c.boolean(p, v, f),
  );
  const quiet = value['quietHours'];
  if (quiet === null) result.quietHours = null;
  else if (quiet !== undefined && c.object('notifications.quietHours', quiet, ['start', 'end'])) {
    result.quietHours = {
      start: c.time('notifications.quietHours.start', quiet['start'], '22:00'),
      end: c.time('notifications.quietHours.end', quiet['end'], '07:00'),
    };
  }
  return result;
}

const TOP_LEVEL = [
  'version',
  'businessName',
  'ownerName',
  'knowledgeBase',
  'businessHours',
  'responseTimes',
  'triggers',
  'bulkMinQuantity',
  'templates',
  'notifications',
  'reminderLeadMinutes',
  'retentionDays',
] as const;

/**
 * Validates `json` and merges it over `base` (the defaults unless given). Returns every error at
 * once, each naming its field, so the owner can fix the file in one go.
 */
export function parseSettingsDocument(
  json: unknown,
  base: Settings = defaultSettings(),
): SettingsResult {
  const c = new Checker();
  if (!c.object('settings', json, TOP_LEVEL)) return c.result(base);
  const version = json['version'];
  if (version !== undefined && version !== SETTINGS_VERSION) {
    c.fail('version', 'unsupported_version', `${SETTINGS_VERSION} (or no version)`, version);
  }
  const times = json['responseTimes'];
  const responseTimes = { ...base.responseTimes };
  if (
    times !== undefined &&
    c.object('responseTimes', times, ['inHoursMinutes', 'outOfHoursMinutes'])
  ) {
    responseTimes.inHoursMinutes = c.integer(
      'responseTimes.inHoursMinutes',
      times['inHoursMinutes'],
      responseTimes.inHoursMinutes,
      5,
      7 * 24 * 60,
    );
    responseTimes.outOfHoursMinutes = c.integer(
      'responseTimes.outOfHoursMinutes',
      times['outOfHoursMinutes'],
      responseTimes.outOfHoursMinutes,
      0,
      7 * 24 * 60,
    );
  }
  const settings: Settings = {
    version: SETTINGS_VERSION,
    businessName: c.string('businessName', json['businessName'], base.businessName, 100),
    ownerName: c.string('ownerName', json['ownerName'], base.ownerName, 100),
    knowledgeBase: checkFaq(c, json['knowledgeBase'], base.knowledgeBase),
    businessHours: checkHours(c, json['businessHours'], base.businessHours),
    responseTimes,
    triggers: checkPerCategory(c, 'triggers', json['triggers'], base.triggers, (p, v, f) =>
      checkTrigger(c, p, v, f),
    ),
    bulkMinQuantity: c.integer(
      'bulkMinQuantity',
      json['bulkMinQuantity'],
      base.bulkMinQuantity,
      2,
      1_000_000,
    ),
    templates: checkPerCategory(c, 'templates', json['templates'], base.templates, (p, v, f) =>
      checkTemplates(c, p, v, f),
    ),
    notifications: checkNotifications(c, json['notifications'], base.notifications),
    reminderLeadMinutes: c.integer(
      'reminderLeadMinutes',
      json['reminderLeadMinutes'],
      base.reminderLeadMinutes,
      0,
      24 * 60,
    ),
    retentionDays: c.integer('retentionDays', json['retentionDays'], base.retentionDays, 1, 3650),
  };
  return c.result(settings);
}

/** Parses the text of a settings file; JSON syntax errors are reported like field errors. */
export function parseSettingsText(text: string, base?: Settings): SettingsResult {
  if (text.length > MAX_SETTINGS_CHARS) {
    return failed([
      {
        path: 'settings',
        code: 'file_too_large',
        message: `the file is too large: at most ${MAX_SETTINGS_CHARS.toLocaleString('en')} characters, got ${text.length.toLocaleString('en')}`,
        limit: MAX_SETTINGS_CHARS,
        found: text.length,
      },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed([
      {
        path: 'settings',
        code: 'invalid_json',
        message: `not valid JSON: ${(error as Error).message}`,
      },
    ]);
  }
  return parseSettingsDocument(json, base);
}

/** What the classifier reads from the settings; `locale` is the owner's interface language. */
export function toClassifierConfig(settings: Settings, locale?: UiLocale): ClassifierConfig {
  return {
    knowledgeBase: settings.knowledgeBase,
    triggers: settings.triggers,
    bulkMinQuantity: settings.bulkMinQuantity,
    businessHours: settings.businessHours,
    businessName: settings.businessName,
    ...(locale === undefined ? {} : { locale }),
  };
}
