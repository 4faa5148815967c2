/**
 * Settings errors in the owner's language. The settings check reports each problem with the field's
 * path ("businessHours.week.mon.open") and what was expected; the pages show it with the field's
 * name as the options page labels it ("Monday's opening time: …") and the problem in plain words.
 * Pure: the translate function comes in.
 */
import { CATEGORIES, LANGS, type Category, type Lang } from '../classifier/types';
import type { TemplateProblem } from '../handoff';
import { WEEKDAYS, type Weekday } from '../settings/types';
import type { SettingsProblem } from '../settings/validate';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export type IssueCode =
  | 'unknown_field'
  | 'object'
  | 'text'
  | 'integer'
  | 'boolean'
  | 'time'
  | 'phrases'
  | 'phrase'
  | 'time_zone'
  | 'dates'
  | 'date'
  | 'faq'
  | 'question'
  | 'version'
  | 'closes_before_opens'
  | 'json'
  | 'too_many_items'
  | 'file_too_large'
  | 'too_many_problems'
  | 'storage_failed'
  | TemplateProblem['code']
  | 'other';

/** One problem: where (a settings path, '' for the whole file), what, and the values it quotes. */
export interface SettingsIssue {
  path: string;
  code: IssueCode;
  params: string[];
}

/** What the check's "expected …" phrases mean, in order of the codes above. */
const EXPECTED: [RegExp, IssueCode][] = [
  [/^an object$/, 'object'],
  [/^text of at most (\d+) characters$/, 'text'],
  [/^a whole number from (-?\d+) to (-?\d+)$/, 'integer'],
  [/^true or false$/, 'boolean'],
  [/^a time "HH:MM"/, 'time'],
  [/^a list of phrases$/, 'phrases'],
  [/^a non-empty phrase of at most (\d+) characters$/, 'phrase'],
  [/^an IANA time zone/, 'time_zone'],
  [/^a list of dates$/, 'dates'],
  [/^a date "YYYY-MM-DD"$/, 'date'],
  [/^a list of \{question, answer\}$/, 'faq'],
  [/^a question$/, 'question'],
  [/^\d+ \(or no version\)$/, 'version'],
];

const PROBLEM: [RegExp, IssueCode][] = [
  [/^unknown field$/, 'unknown_field'],
  [/^closes \(([^)]*)\) before it opens \(([^)]*)\)$/, 'closes_before_opens'],
  [/^the template is empty$/, 'template_empty'],
  [/^unknown placeholders? (.+); use /, 'template_unknown'],
  [/^a brace without its partner/, 'template_brace'],
  [/^at most (\d+) entries, got (\d+)$/, 'too_many_items'],
];

/** Problems of the whole file, whose English message has no field in front. */
const WHOLE_FILE: [RegExp, IssueCode][] = [
  [/^not valid JSON: (.*)$/s, 'json'],
  [/^the file is too large: at most ([\d,]+) characters, got ([\d,]+)$/, 'file_too_large'],
  [/^and (\d+) more problems$/, 'too_many_problems'],
  [/^the settings could not be stored: (.*)$/s, 'storage_failed'],
];

const plainNumber = (text: string | undefined) => (text ?? '').replace(/,/g, '');

/**
 * One problem as the settings check structured it. The limits' problems carry their numbers;
 * the others are read from their English message, which holds the expected form.
 */
export function issueFromProblem(problem: SettingsProblem): SettingsIssue {
  const found = problem.found === undefined ? '' : String(problem.found);
  const limit = problem.limit === undefined ? '' : String(problem.limit);
  if (problem.code === 'too_many_items')
    return { path: problem.path, code: 'too_many_items', params: [limit, found] };
  if (problem.code === 'file_too_large')
    return { path: '', code: 'file_too_large', params: [limit, found] };
  if (problem.code === 'too_many_problems')
    return { path: '', code: 'too_many_problems', params: [found] };
  if (problem.code === 'storage_failed')
    return { path: '', code: 'storage_failed', params: [problem.detail ?? problem.message] };
  return issueFromText(problem.message);
}

/** Reads one error of the settings check ("path: expected …, got …") into its parts. */
export function issueFromText(text: string): SettingsIssue {
  for (const [pattern, code] of WHOLE_FILE) {
    const m = pattern.exec(text);
    if (m)
      return {
        path: '',
        code,
        params: m.slice(1).map(code === 'json' || code === 'storage_failed' ? String : plainNumber),
      };
  }
  const split = /^([A-Za-z][\w.[\]]*): (.*)$/s.exec(text);
  if (!split) return { path: '', code: 'other', params: [text] };
  const path = split[1] ?? '';
  const rest = split[2] ?? '';
  const expected = /^expected (.*), got .*$/s.exec(rest);
  const table = expected ? EXPECTED : PROBLEM;
  const subject = expected ? (expected[1] ?? '') : rest;
  for (const [pattern, code] of table) {
    const m = pattern.exec(subject);
    if (m) return { path, code, params: m.slice(1) };
  }
  return { path, code: 'other', params: [text] };
}

const isCategory = (s: unknown): s is Category =>
  typeof s === 'string' && (CATEGORIES as readonly string[]).includes(s);
const isLang = (s: unknown): s is Lang =>
  typeof s === 'string' && (LANGS as readonly string[]).includes(s);
const isWeekday = (s: unknown): s is Weekday =>
  typeof s === 'string' && (WEEKDAYS as readonly string[]).includes(s);

/** Splits "triggers.complaint.add[2]" into ["triggers", "complaint", "add", 2]. */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [path];
    if (m[1]) out.push(m[1]);
    for (const index of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

const SIMPLE: Record<string, string> = {
  businessName: 'options_businessName',
  ownerName: 'options_ownerName',
  knowledgeBase: 'options_faq',
  businessHours: 'options_hours',
  'businessHours.timeZone': 'options_timeZone',
  'businessHours.week': 'options_hours',
  'businessHours.closedDates': 'options_closedDates',
  responseTimes: 'options_responseTimes',
  'responseTimes.inHoursMinutes': 'options_inHours',
  'responseTimes.outOfHoursMinutes': 'options_outOfHours',
  triggers: 'options_categories',
  templates: 'options_templates',
  bulkMinQuantity: 'field_bulkMinQuantity',
  notifications: 'options_notifications',
  'notifications.enabled': 'options_notificationsEnabled',
  'notifications.categories': 'options_notifyCategories',
  'notifications.quietHours': 'options_quietHours',
  reminderLeadMinutes: 'options_reminderLead',
  retentionDays: 'options_retentionDays',
  version: 'field_version',
};

const TRIGGER_PART: Record<string, string> = {
  enabled: 'options_categoryEnabled',
  add: 'options_phrasesAdd',
  mute: 'options_phrasesMute',
};

/**
 * The field as the owner knows it: "Monday's opening time", "Extra phrases that mean this
 * (Complaint), line 3". A path the table does not know is shown as it is written in the file.
 */
export function fieldName(path: string, t: Translate): string {
  if (path === '' || path === 'settings') return t('field_file');
  const parts = segments(path);
  const index = typeof parts.at(-1) === 'number' ? (parts.pop() as number) : undefined;
  const named = nameOf(parts, t) ?? path;
  return index === undefined ? named : t('field_line', [named, String(index + 1)]);
}

function nameOf(parts: (string | number)[], t: Translate): string | undefined {
  const [head, second, third, fourth] = parts;
  const simple = SIMPLE[parts.join('.')];
  if (simple) return t(simple);
  if (head === 'knowledgeBase' && typeof second === 'number') {
    if (third === 'answer') return t('options_answer', String(second + 1));
    return t('options_question', String(second + 1));
  }
  if (head === 'businessHours' && second === 'week' && isWeekday(third)) {
    const day = t(`weekday_${third}`);
    if (fourth === 'open') return t('field_dayOpens', day);
    if (fourth === 'close') return t('field_dayCloses', day);
    return t('field_dayHours', day);
  }
  if (head === 'triggers' && isCategory(second)) {
    const category = t(`category_${second}`);
    const part = typeof third === 'string' ? TRIGGER_PART[third] : undefined;
    return part ? t('field_inCategory', [t(part), category]) : category;
  }
  if (head === 'templates' && isCategory(second)) {
    const category = t(`category_${second}`);
    if (isLang(third)) {
      return t('field_inCategory', [t('options_templates'), `${category}, ${t(`lang_${third}`)}`]);
    }
    return t('field_inCategory', [t('options_templates'), category]);
  }
  if (head === 'notifications' && second === 'categories' && isCategory(third)) {
    return t('field_inCategory', [t('options_notifyCategories'), t(`category_${third}`)]);
  }
  if (head === 'notifications' && second === 'quietHours' && typeof third === 'string') {
    const part = third === 'start' ? 'options_quietFrom' : 'options_quietTo';
    return t('field_inCategory', [t('options_quietHours'), t(part)]);
  }
  return undefined;
}

/** The problem alone, for a message shown next to its field. */
export function problemText(issue: Pick<SettingsIssue, 'code' | 'params'>, t: Translate): string {
  if (issue.code === 'other') return issue.params[0] ?? '';
  if (issue.code === 'template_unknown') {
    const names = issue.params.join(', ');
    return t(issue.params.length > 1 ? 'error_template_unknownMany' : 'error_template_unknown', [
      names,
    ]);
  }
  return t(`error_${issue.code}`, issue.params);
}

/** The translated text of a template's problem (the inline message under each reply). */
export function templateProblemText(problem: TemplateProblem, t: Translate): string {
  return problemText(
    { code: problem.code, params: problem.code === 'template_unknown' ? problem.names : [] },
    t,
  );
}

const isProblem = (error: SettingsProblem | SettingsIssue): error is SettingsProblem =>
  'message' in error;

/** Problems that are about the whole file, worded as a sentence of their own. */
const WHOLE_FILE_CODES: readonly IssueCode[] = [
  'json',
  'file_too_large',
  'too_many_problems',
  'storage_failed',
];

/**
 * One error of the settings check as a sentence: the field's name and the problem. Takes the
 * check's structured problem, or its English text (read back into its parts).
 */
export function settingsErrorText(
  error: string | SettingsProblem | SettingsIssue,
  t: Translate,
): string {
  const issue =
    typeof error === 'string'
      ? issueFromText(error)
      : isProblem(error)
        ? issueFromProblem(error)
        : error;
  if (issue.code === 'other') return issue.params[0] ?? '';
  if (WHOLE_FILE_CODES.includes(issue.code)) return problemText(issue, t);
  if (issue.code === 'unknown_field') return t('error_unknown_field', issue.path);
  if (issue.code === 'template_unknown') {
    // "unknown placeholders {a}, {b}" arrives as one parameter; split it back into names.
    const names = issue.params.flatMap((p) => p.split(', '));
    return t('error_inField', [
      fieldName(issue.path, t),
      problemText({ ...issue, params: names }, t),
    ]);
  }
  return t('error_inField', [fieldName(issue.path, t), problemText(issue, t)]);
}
