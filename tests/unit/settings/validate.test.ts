import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/settings/defaults';
import { parseSettingsDocument, parseSettingsText } from '@/lib/settings/validate';

function errorsOf(json: unknown): string[] {
  const result = parseSettingsDocument(json);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

describe('settings document', () => {
  it('an empty document is valid and equals the defaults', () => {
    expect(parseSettingsDocument({})).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('a partial document keeps the given fields and fills the rest with defaults', () => {
    const result = parseSettingsDocument({
      businessName: 'Bolsa Bonita',
      businessHours: {
        timeZone: 'America/Sao_Paulo',
        week: { sat: { open: '10:00', close: '14:00' } },
      },
      triggers: { complaint: { add: ['veio rasgada'] } },
    });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const s = result.settings;
    expect(s.businessName).toBe('Bolsa Bonita');
    expect(s.ownerName).toBe('');
    expect(s.businessHours.timeZone).toBe('America/Sao_Paulo');
    expect(s.businessHours.week.sat).toEqual({ open: '10:00', close: '14:00' });
    expect(s.businessHours.week.mon).toEqual(defaultSettings().businessHours.week.mon);
    expect(s.triggers.complaint).toEqual({ enabled: true, add: ['veio rasgada'], mute: [] });
    expect(s.triggers.high_value).toEqual(defaultSettings().triggers.high_value);
  });

  it.each([
    [{ businessName: 42 }, 'businessName: expected text'],
    [{ businesName: 'typo' }, 'businesName: unknown field'],
    [
      { businessHours: { timeZone: 'Mars/Olympus' } },
      'businessHours.timeZone: expected an IANA time zone',
    ],
    [
      { businessHours: { week: { mon: { open: '9am', close: '18:00' } } } },
      'businessHours.week.mon.open: expected a time',
    ],
    [
      { businessHours: { week: { tue: { open: '18:00', close: '09:00' } } } },
      'businessHours.week.tue: closes (09:00) before it opens (18:00)',
    ],
    [
      { businessHours: { closedDates: ['2026-12-25', '25/12/2026'] } },
      'businessHours.closedDates[1]: expected a date',
    ],
    [
      { knowledgeBase: [{ question: 'Do you ship?' }, { answer: 'no question' }] },
      'knowledgeBase[1].question: expected a question',
    ],
    [{ knowledgeBase: 'faq' }, 'knowledgeBase: expected a list'],
    [
      { responseTimes: { inHoursMinutes: -5 } },
      'responseTimes.inHoursMinutes: expected a whole number from 5',
    ],
    [{ triggers: { angry: {} } }, 'triggers.angry: unknown field'],
    [
      { triggers: { complaint: { mute: ['', 'ok'] } } },
      'triggers.complaint.mute[0]: expected a non-empty phrase',
    ],
    [{ templates: { complaint: { pt: 'Oi {cliente}, {promise}' } } }, 'templates.complaint.pt: '],
    [
      { notifications: { quietHours: { start: '25:00', end: '07:00' } } },
      'notifications.quietHours.start: expected a time',
    ],
    [{ retentionDays: 0 }, 'retentionDays: expected a whole number from 1'],
    [{ version: 7 }, 'version: expected 1'],
    [[1, 2], 'settings: expected an object, got a list'],
  ])('refuses %j naming the field', (json, fragment) => {
    expect(errorsOf(json).join('\n')).toContain(fragment);
  });

  it('reports every error of a document at once', () => {
    const errors = errorsOf({ businessName: 1, ownerName: 2, retentionDays: 'x' });
    expect(errors).toHaveLength(3);
  });

  it('an unknown template placeholder is refused and names the placeholder', () => {
    const errors = errorsOf({ templates: { high_value: { en: 'Hi {nmae}! {promise}' } } });
    expect(errors.join('\n')).toMatch(/templates\.high_value\.en: .*\{nmae\}/);
  });

  it('a file that is not JSON is refused with the parser message', () => {
    const result = parseSettingsText('{"businessName": "x",,}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^not valid JSON: /);
  });

  it('round-trips: an exported document imports to the same settings', () => {
    const s = defaultSettings();
    s.businessName = 'Panadería Sol';
    s.knowledgeBase = [{ question: '¿Hacen envíos?', answer: 'Sí, en Madrid.' }];
    expect(parseSettingsText(JSON.stringify(s))).toEqual({ ok: true, settings: s });
  });
});
