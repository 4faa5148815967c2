import { describe, expect, it } from 'vitest';
import { computePromise, dueAtPhrase } from '../../../lib/handoff';
import type { BusinessHours, DayHours, Weekday } from '../../../lib/settings/types';

const nineToSix: DayHours = { open: '09:00', close: '18:00' };
const WEEK: Record<Weekday, DayHours | null> = {
  mon: nineToSix,
  tue: nineToSix,
  wed: nineToSix,
  thu: nineToSix,
  fri: nineToSix,
  sat: { open: '10:00', close: '14:00' },
  sun: null,
};
const CLOSED_WEEK: Record<Weekday, DayHours | null> = {
  mon: null,
  tue: null,
  wed: null,
  thu: null,
  fri: null,
  sat: null,
  sun: null,
};
const madrid: BusinessHours = { timeZone: 'Europe/Madrid', week: WEEK, closedDates: [] };
const times = { inHoursMinutes: 120, outOfHoursMinutes: 60 };

// Calendar: 2025-03-26 is a Wednesday; Madrid moves from CET (+1) to CEST (+2) on Sunday 30 March,
// London from BST (+1) to GMT (+0) on Sunday 26 October.
describe('computePromise in Madrid, Mon-Fri 9-18, Sat 10-14', () => {
  it.each([
    [
      'open with room',
      '2025-03-26T10:00:00Z',
      '2025-03-26T12:00:00Z',
      'within 2 hours',
      'em até 2 horas',
      'en un plazo de 2 horas',
    ],
    [
      'open, ends exactly at closing',
      '2025-03-26T15:00:00Z',
      '2025-03-26T17:00:00Z',
      'within 2 hours',
      'em até 2 horas',
      'en un plazo de 2 horas',
    ],
    [
      'near closing: 90 minutes carry over',
      '2025-03-26T16:30:00Z',
      '2025-03-27T09:30:00Z',
      'tomorrow by 10:30',
      'amanhã até as 10:30',
      'mañana antes de las 10:30',
    ],
    [
      'after hours',
      '2025-03-26T19:00:00Z',
      '2025-03-27T09:00:00Z',
      'tomorrow by 10:00',
      'amanhã até as 10:00',
      'mañana antes de las 10:00',
    ],
    [
      'before opening',
      '2025-03-26T06:00:00Z',
      '2025-03-26T09:00:00Z',
      'today by 10:00',
      'hoje até as 10:00',
      'hoy antes de las 10:00',
    ],
    [
      'Friday night, Saturday opens at 10',
      '2025-03-28T18:00:00Z',
      '2025-03-29T10:00:00Z',
      'tomorrow by 11:00',
      'amanhã até as 11:00',
      'mañana antes de las 11:00',
    ],
    [
      'Saturday near closing, rest on Monday after the DST change',
      '2025-03-29T12:30:00Z',
      '2025-03-31T08:30:00Z',
      'on Monday by 10:30',
      'na segunda-feira até as 10:30',
      'el lunes antes de las 10:30',
    ],
    [
      'Sunday, closed all day, CEST',
      '2025-03-30T10:00:00Z',
      '2025-03-31T08:00:00Z',
      'tomorrow by 10:00',
      'amanhã até as 10:00',
      'mañana antes de las 10:00',
    ],
  ])('%s', (_name, now, due, en, pt, es) => {
    for (const [lang, phrase] of [
      ['en', en],
      ['pt', pt],
      ['es', es],
    ] as const) {
      const promise = computePromise(Date.parse(now), madrid, times, lang);
      expect(promise).toEqual({ dueAt: Date.parse(due), phrase });
    }
  });

  it('skips a holiday in closedDates', () => {
    const hours = { ...madrid, closedDates: ['2025-03-27'] };
    const promise = computePromise(Date.parse('2025-03-26T19:00:00Z'), hours, times, 'en');
    expect(promise).toEqual({
      dueAt: Date.parse('2025-03-28T09:00:00Z'),
      phrase: 'on Friday by 10:00',
    });
  });

  it('names the date when the answer is a week or more away', () => {
    const holidays = [
      '2025-08-02',
      '2025-08-04',
      '2025-08-05',
      '2025-08-06',
      '2025-08-07',
      '2025-08-08',
      '2025-08-09',
    ];
    const hours = { ...madrid, closedDates: holidays };
    const now = Date.parse('2025-08-01T17:00:00Z'); // Friday 19:00 CEST
    expect(computePromise(now, hours, times, 'en').phrase).toBe('on Monday 11 August by 10:00');
    expect(computePromise(now, hours, times, 'pt').phrase).toBe(
      'na segunda-feira, 11 de agosto, até as 10:00',
    );
    expect(computePromise(now, hours, times, 'es').phrase).toBe(
      'el lunes 11 de agosto antes de las 10:00',
    );
    expect(computePromise(now, hours, times, 'es').dueAt).toBe(Date.parse('2025-08-11T08:00:00Z'));
  });

  it.each([
    [45, 'within 45 minutes', 'em até 45 minutos', 'en un plazo de 45 minutos'],
    [60, 'within 1 hour', 'em até 1 hora', 'en un plazo de 1 hora'],
    [
      90,
      'within 1 hour and 30 minutes',
      'em até 1 hora e 30 minutos',
      'en un plazo de 1 hora y 30 minutos',
    ],
    [1, 'within 1 minute', 'em até 1 minuto', 'en un plazo de 1 minuto'],
  ])('in-hours time of %i minutes', (minutes, en, pt, es) => {
    const now = Date.parse('2025-03-26T10:00:00Z');
    const t = { inHoursMinutes: minutes, outOfHoursMinutes: 60 };
    expect(computePromise(now, madrid, t, 'en')).toEqual({
      dueAt: now + minutes * 60_000,
      phrase: en,
    });
    expect(computePromise(now, madrid, t, 'pt').phrase).toBe(pt);
    expect(computePromise(now, madrid, t, 'es').phrase).toBe(es);
  });

  it('brings a deadline with seconds forward to the whole minute', () => {
    // 17:30:30 leaves 29.5 minutes today, so 90.5 minutes tomorrow: 10:30:30, promised as 10:30.
    const promise = computePromise(Date.parse('2025-03-26T16:30:30Z'), madrid, times, 'en');
    expect(promise).toEqual({
      dueAt: Date.parse('2025-03-27T09:30:00Z'),
      phrase: 'tomorrow by 10:30',
    });
  });
});

describe('computePromise across time zones and clock changes', () => {
  it('London, autumn change: Monday 10:00 is 10:00 UTC, not 09:00', () => {
    const london: BusinessHours = { timeZone: 'Europe/London', week: WEEK, closedDates: [] };
    const friday = Date.parse('2025-10-24T17:00:00Z'); // 18:00 BST
    expect(computePromise(friday, london, times, 'en')).toEqual({
      dueAt: Date.parse('2025-10-25T10:00:00Z'),
      phrase: 'tomorrow by 11:00',
    });
    const saturday = Date.parse('2025-10-25T14:00:00Z'); // 15:00 BST, after Saturday closing
    expect(computePromise(saturday, london, times, 'en')).toEqual({
      dueAt: Date.parse('2025-10-27T10:00:00Z'),
      phrase: 'on Monday by 10:00',
    });
  });

  it('Madrid, spring change: an opening in the skipped hour starts after the jump', () => {
    const night: BusinessHours = {
      timeZone: 'Europe/Madrid',
      week: { ...CLOSED_WEEK, sun: { open: '02:30', close: '05:00' } },
      closedDates: [],
    };
    const now = Date.parse('2025-03-29T23:30:00Z'); // Sunday 00:30 CET
    expect(computePromise(now, night, { inHoursMinutes: 60, outOfHoursMinutes: 30 }, 'es')).toEqual(
      {
        dueAt: Date.parse('2025-03-30T02:00:00Z'),
        phrase: 'hoy antes de las 4:00',
      },
    );
  });

  it('São Paulo (UTC-3, no DST)', () => {
    const sp: BusinessHours = { timeZone: 'America/Sao_Paulo', week: WEEK, closedDates: [] };
    const now = Date.parse('2025-03-26T21:30:00Z'); // Wednesday 18:30 local
    expect(computePromise(now, sp, times, 'pt')).toEqual({
      dueAt: Date.parse('2025-03-27T13:00:00Z'),
      phrase: 'amanhã até as 10:00',
    });
  });

  it('Tokyo: "today" is the business date, not the UTC date', () => {
    const tokyo: BusinessHours = { timeZone: 'Asia/Tokyo', week: WEEK, closedDates: [] };
    const now = Date.parse('2025-03-26T23:00:00Z'); // Thursday 08:00 in Tokyo
    expect(computePromise(now, tokyo, times, 'en')).toEqual({
      dueAt: Date.parse('2025-03-27T01:00:00Z'),
      phrase: 'today by 10:00',
    });
  });

  it('says "la 1:00" and "a 1:00" for one o’clock', () => {
    const early: BusinessHours = {
      timeZone: 'UTC',
      week: { ...CLOSED_WEEK, thu: { open: '00:00', close: '06:00' } },
      closedDates: [],
    };
    const now = Date.parse('2025-03-26T20:00:00Z');
    expect(computePromise(now, early, times, 'es').phrase).toBe('mañana antes de la 1:00');
    expect(computePromise(now, early, times, 'pt').phrase).toBe('amanhã até a 1:00');
  });
});

describe('computePromise promises nothing specific when the settings do not allow it', () => {
  const now = Date.parse('2025-03-26T10:00:00Z');
  it.each([
    [
      'a week with no opening hours',
      { timeZone: 'Europe/Madrid', week: CLOSED_WEEK, closedDates: [] },
    ],
    [
      'every open day of the next two weeks a holiday',
      {
        timeZone: 'Europe/Madrid',
        week: { ...CLOSED_WEEK, wed: nineToSix },
        closedDates: ['2025-03-26', '2025-04-02', '2025-04-09'],
      },
    ],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons', week: WEEK, closedDates: [] }],
    [
      'closing before opening',
      {
        timeZone: 'UTC',
        week: { ...CLOSED_WEEK, wed: { open: '18:00', close: '09:00' } },
        closedDates: [],
      },
    ],
  ])('%s', (_name, hours: BusinessHours) => {
    expect(computePromise(now, hours, times, 'en')).toEqual({ phrase: 'as soon as possible' });
    expect(computePromise(now, hours, times, 'pt')).toEqual({ phrase: 'o quanto antes' });
    expect(computePromise(now, hours, times, 'es')).toEqual({ phrase: 'lo antes posible' });
  });

  it('does not stretch a promise past the two-week horizon', () => {
    const hours = {
      timeZone: 'UTC',
      week: { ...CLOSED_WEEK, wed: { open: '09:00', close: '10:00' } },
      closedDates: [],
    };
    const long = { inHoursMinutes: 120, outOfHoursMinutes: 5 * 60 };
    expect(computePromise(Date.parse('2025-03-26T12:00:00Z'), hours, long, 'en')).toEqual({
      phrase: 'as soon as possible',
    });
  });
});

describe('dueAtPhrase', () => {
  // 2026-03-10 is a Tuesday.
  const now = Date.UTC(2026, 2, 10, 15, 0);
  it('words a due time like the drafts do, in the business time zone', () => {
    expect(dueAtPhrase(Date.UTC(2026, 2, 10, 17, 30), now, 'UTC', 'en')).toBe('today by 17:30');
    expect(dueAtPhrase(Date.UTC(2026, 2, 11, 12, 0), now, 'America/Sao_Paulo', 'pt')).toBe(
      'amanhã até as 9:00',
    );
    expect(dueAtPhrase(Date.UTC(2026, 2, 13, 9, 0), now, 'Europe/Madrid', 'es')).toBe(
      'el viernes antes de las 10:00',
    );
  });

  it('words a due time already past the same way (a promise that ran out)', () => {
    // 2026-03-10 15:00 UTC is a Tuesday.
    expect(dueAtPhrase(Date.UTC(2026, 2, 9, 17, 0), now, 'UTC', 'en')).toBe('yesterday by 17:00');
    expect(dueAtPhrase(Date.UTC(2026, 2, 9, 12, 0), now, 'America/Sao_Paulo', 'pt')).toBe(
      'ontem até as 9:00',
    );
    expect(dueAtPhrase(Date.UTC(2026, 2, 9, 12, 0), now, 'Europe/Madrid', 'es')).toBe(
      'ayer antes de las 13:00',
    );
    expect(dueAtPhrase(Date.UTC(2026, 2, 6, 10, 0), now, 'UTC', 'en')).toBe('on Friday by 10:00');
    expect(dueAtPhrase(Date.UTC(2026, 2, 10, 9, 0), now, 'UTC', 'pt')).toBe('hoje até as 9:00');
  });

  it('matches the promise phrase of a computed promise', () => {
    const hours = {
      timeZone: 'Europe/Lisbon',
      week: {
        mon: { open: '09:00', close: '18:00' },
        tue: { open: '09:00', close: '18:00' },
        wed: { open: '09:00', close: '18:00' },
        thu: { open: '09:00', close: '18:00' },
        fri: { open: '09:00', close: '18:00' },
        sat: null,
        sun: null,
      },
      closedDates: [],
    };
    const late = Date.UTC(2026, 2, 10, 20, 0);
    const promise = computePromise(
      late,
      hours,
      { inHoursMinutes: 60, outOfHoursMinutes: 60 },
      'en',
    );
    expect(promise.dueAt).toBeDefined();
    expect(dueAtPhrase(promise.dueAt ?? 0, late, hours.timeZone, 'en')).toBe(promise.phrase);
  });
});
