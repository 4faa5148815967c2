// Settings errors as the owner reads them: the field by the name the options page gives it, the
// problem in plain words, in each language; never a raw path such as businessHours.week.mon.open.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplateProblem } from '../../../lib/handoff';
import { parseSettingsDocument, parseSettingsText } from '../../../lib/settings/validate';
import {
  fieldName,
  issueFromText,
  settingsErrorText,
  templateProblemText,
  type Translate,
} from '../../../lib/ui/settings-errors';

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** browser.i18n's substitution over one of our catalogues. */
function translator(locale: 'en' | 'pt_BR' | 'es'): Translate {
  const catalogue = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../public/_locales', locale, 'messages.json'),
      'utf8',
    ),
  ) as Catalogue;
  return (key, substitutions = []) => {
    const entry = catalogue[key];
    if (!entry) return `MISSING:${key}`;
    const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}

const en = translator('en');
const pt = translator('pt_BR');
const es = translator('es');

/** The errors the settings check reports for `doc`. */
function errorsOf(doc: unknown): string[] {
  const result = parseSettingsDocument(doc);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

const BAD = {
  colour: 'blue',
  businessName: 'x'.repeat(101),
  businessHours: {
    timeZone: 'Mars/Olympus',
    week: { mon: { open: '25:00', close: '18:00' }, tue: { open: '18:00', close: '09:00' } },
    closedDates: ['2026-13-01'],
  },
  knowledgeBase: [{ question: '', answer: 'a' }],
  responseTimes: { inHoursMinutes: 1 },
  triggers: { complaint: { enabled: 'yes', add: ['ok', ''] } },
  templates: { complaint: { pt: '', es: 'Hola {cliente}' } },
  notifications: { quietHours: { start: '7pm', end: '07:00' } },
  retentionDays: 0,
  version: 9,
};

describe('settings errors in plain words', () => {
  const errors = errorsOf(BAD);

  it('names each field as the options page labels it (English)', () => {
    const text = errors.map((e) => settingsErrorText(e, en));
    expect(text).toEqual(
      expect.arrayContaining([
        '"colour" is not a setting this version knows; remove it from the file.',
        'Business name: write at most 100 characters',
        "Monday's opening time: enter a time such as 09:30 (24-hour clock)",
        "Tuesday's hours: closes (09:00) before it opens (18:00)",
        'Time zone: choose a time zone from the list, such as Europe/Madrid',
        'Closed days, line 1: write the date as YYYY-MM-DD, such as 2026-12-25',
        'Question 1: write the question, or remove it',
        'While open: within (minutes): enter a whole number from 5 to 10080',
        'Watch for this (Complaint): must be on or off (true or false)',
        'Extra phrases that mean this (Complaint), line 2: write a phrase of at most 200 characters, not an empty line',
        'Reply drafted (Complaint, Portuguese): the reply is empty',
        'Reply drafted (Complaint, Spanish): {cliente} is not a placeholder; use {customer}, {owner}, {business} or {promise}',
        'Quiet hours (no notifications) (From): enter a time such as 09:30 (24-hour clock)',
        'Delete escalations older than (days): enter a whole number from 1 to 3650',
        'Settings file version: this file is from another version of Escalation Radar',
      ]),
    );
    expect(text).toHaveLength(errors.length);
  });

  it.each([
    [
      'Portuguese',
      pt,
      'Segunda-feira: horário de abertura: digite um horário como 09:30 (24 horas)',
    ],
    ['Spanish', es, 'Lunes: hora de apertura: escribe una hora como 09:30 (24 horas)'],
  ])('speaks %s, with no raw path and no English left', (_name, t, monday) => {
    const text = errors.map((e) => settingsErrorText(e, t));
    expect(text).toContain(monday);
    for (const line of text) {
      expect(line).not.toMatch(/MISSING:|businessHours|knowledgeBase|expected|got /);
      expect(line).not.toMatch(/\b(while|write|enter|must|line)\b/i);
    }
  });

  it('reports a file that is not JSON in the owner language', () => {
    const result = parseSettingsText('{ not json');
    expect(result.ok).toBe(false);
    const [error] = result.ok ? [] : result.errors;
    expect(settingsErrorText(error ?? '', pt)).toMatch(
      /^O arquivo não é um arquivo de configurações \(JSON inválido\): /,
    );
  });

  it('keeps a message it does not recognise as it is, rather than losing it', () => {
    expect(settingsErrorText('storage is full', en)).toBe('storage is full');
    expect(
      issueFromText('notifications.categories.complaint: expected true or false, got 1'),
    ).toEqual({ path: 'notifications.categories.complaint', code: 'boolean', params: [] });
    expect(fieldName('notifications.categories.complaint', en)).toBe('Notify me for (Complaint)');
    expect(fieldName('somethingNew.deep', en)).toBe('somethingNew.deep');
  });
});

describe('template problems under each reply', () => {
  it.each([
    ['', 'the reply is empty', 'a resposta está vazia'],
    [
      'Hi {name} and {x}',
      '{name}, {x} are not placeholders; use {customer}, {owner}, {business} or {promise}',
      '{name}, {x} não são marcadores; use {customer}, {owner}, {business} ou {promise}',
    ],
    [
      'Hi {customer',
      'a brace without its partner; placeholders look like {customer}',
      'uma chave sem o seu par; marcadores são assim: {customer}',
    ],
  ])('%j', (template, english, portuguese) => {
    const problem = findTemplateProblem(template);
    expect(problem).not.toBeNull();
    if (!problem) return;
    expect(templateProblemText(problem, en)).toBe(english);
    expect(templateProblemText(problem, pt)).toBe(portuguese);
  });
});

describe('the limits of a settings file, in the owner language', () => {
  const tooLong = {
    knowledgeBase: Array.from({ length: 201 }, (_, i) => ({ question: `q${i}`, answer: 'a' })),
    businessHours: { closedDates: Array.from({ length: 401 }, () => '2026-12-25') },
    triggers: { complaint: { add: Array.from({ length: 101 }, (_, i) => `phrase ${i}`) } },
  };
  const problemsOf = (doc: unknown) => {
    const result = parseSettingsDocument(doc);
    if (result.ok) throw new Error('expected the document to be refused');
    return result.problems;
  };

  it('names the list that is too long and both numbers, in each language', () => {
    const problems = problemsOf(tooLong);
    expect(problems.map((p) => settingsErrorText(p, en))).toEqual([
      'Questions your FAQ answers: keep at most 200 entries (the file has 201)',
      'Closed days: keep at most 400 entries (the file has 401)',
      'Extra phrases that mean this (Complaint): keep at most 100 entries (the file has 101)',
    ]);
    expect(problems.map((p) => settingsErrorText(p, pt))).toEqual([
      'Perguntas que o seu FAQ já responde: mantenha no máximo 200 itens (o arquivo tem 201)',
      'Dias fechados: mantenha no máximo 400 itens (o arquivo tem 401)',
      'Frases extras com este sentido (Reclamação): mantenha no máximo 100 itens (o arquivo tem 101)',
    ]);
    expect(problems.map((p) => settingsErrorText(p, es))).toEqual([
      'Preguntas que tu FAQ ya responde: deja como máximo 200 elementos (el archivo tiene 201)',
      'Días cerrados: deja como máximo 400 elementos (el archivo tiene 401)',
      'Frases adicionales con este sentido (Queja): deja como máximo 100 elementos (el archivo tiene 101)',
    ]);
  });

  it('words the English message the same way as the structured problem', () => {
    const result = parseSettingsDocument(tooLong);
    if (result.ok) throw new Error('expected the document to be refused');
    expect(result.errors.map((e) => settingsErrorText(e, pt))).toEqual(
      result.problems.map((p) => settingsErrorText(p, pt)),
    );
  });

  it('says a file is too large, with the limit and its size', () => {
    const result = parseSettingsText(' '.repeat(1_000_001));
    if (result.ok) throw new Error('expected the file to be refused');
    const [problem] = result.problems;
    if (!problem) throw new Error('no problem reported');
    expect(settingsErrorText(problem, en)).toBe(
      'The file is too large to be a settings file: at most 1000000 characters, this one has 1000001.',
    );
    expect(settingsErrorText(problem, es)).toBe(
      'El archivo es demasiado grande para ser un archivo de configuración: como máximo 1000000 caracteres, este tiene 1000001.',
    );
    expect(settingsErrorText(result.errors[0] ?? '', pt)).toBe(
      'O arquivo é grande demais para ser um arquivo de configurações: no máximo 1000000 caracteres, este tem 1000001.',
    );
  });

  it('counts the problems left out in one translated line', () => {
    const doc = { triggers: { complaint: { add: Array.from({ length: 100 }, () => '') } } };
    const many = {
      ...doc,
      knowledgeBase: Array.from({ length: 60 }, () => ({ question: '', answer: 'a' })),
    };
    const problems = problemsOf(many);
    expect(problems).toHaveLength(101);
    const last = problems.at(-1);
    if (!last) throw new Error('no problem reported');
    expect(settingsErrorText(last, en)).toBe('… and 60 more problems like these.');
    expect(settingsErrorText(last, pt)).toBe('… e mais 60 problemas como estes.');
    expect(settingsErrorText(last, es)).toBe('… y 60 problemas más como estos.');
  });

  it('shows a storage failure with the browser’s own words', () => {
    const failure = {
      path: 'settings',
      code: 'storage_failed' as const,
      message: 'the settings could not be stored: QUOTA_BYTES quota exceeded',
      detail: 'QUOTA_BYTES quota exceeded',
    };
    expect(settingsErrorText(failure, en)).toBe(
      'The browser could not store the settings, so nothing changed: QUOTA_BYTES quota exceeded',
    );
    expect(settingsErrorText(failure, pt)).toBe(
      'O navegador não conseguiu guardar as configurações, então nada mudou: QUOTA_BYTES quota exceeded',
    );
    expect(settingsErrorText(failure.message, es)).toBe(
      'El navegador no pudo guardar la configuración, así que nada cambió: QUOTA_BYTES quota exceeded',
    );
  });
});
