import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatDateTime,
  formatDue,
  formatDuration,
  isOverdue,
} from '../../../lib/ui/format';
import { dayKey } from '../../../lib/ui/stats';
import { DAY, MINUTE, T0 } from './rows';

describe('formatAge', () => {
  it.each([
    [10_000, 'now'],
    [5 * MINUTE, '5 min. ago'],
    [3 * 60 * MINUTE, '3 hr. ago'],
    [2 * DAY, '2 days ago'],
  ])('%i ms ago reads %s in English', (elapsed, expected) => {
    expect(formatAge(T0 - elapsed, T0, 'en')).toBe(expected);
  });

  it('speaks the given language', () => {
    expect(formatAge(T0 - 3 * DAY, T0, 'pt-BR')).toMatch(/3 dias/);
    expect(formatAge(T0 - 3 * DAY, T0, 'es')).toMatch(/3 d/);
  });

  it('never shows a future age', () => {
    expect(formatAge(T0 + 5 * MINUTE, T0, 'en')).toBe('now');
  });
});

describe('formatDue', () => {
  it('shows only the time for today and adds the weekday otherwise', () => {
    expect(formatDue(T0 + 60 * MINUTE, T0, 'en-GB', 'UTC')).toBe('13:00');
    expect(formatDue(T0 + DAY, T0, 'en-GB', 'UTC')).toBe('Sun 12:00');
    expect(formatDue(T0 + 10 * DAY, T0, 'en-GB', 'UTC')).toMatch(/24 Mar/);
  });

  it('knows overdue', () => {
    expect(isOverdue(T0 - 1, T0)).toBe(true);
    expect(isOverdue(T0 + 1, T0)).toBe(false);
    expect(isOverdue(undefined, T0)).toBe(false);
  });
});

describe('formatDuration', () => {
  it('uses the largest sensible unit', () => {
    expect(formatDuration(45 * MINUTE, 'en')).toBe('45 min');
    expect(formatDuration(210 * MINUTE, 'en')).toBe('3.5 hr');
    expect(formatDuration(3 * DAY, 'en')).toBe('3 days');
  });
});

describe('formatDateTime', () => {
  it('keeps each locale and time zone apart although the formatters are reused', () => {
    const at = Date.UTC(2026, 2, 14, 23, 30);
    expect(formatDateTime(at, 'en-GB', 'UTC')).toBe('14 Mar 2026, 23:30');
    expect(formatDateTime(at, 'en-GB', 'Asia/Tokyo')).toBe('15 Mar 2026, 08:30');
    expect(formatDateTime(at, 'pt-BR', 'UTC')).toBe('14 de mar. de 2026, 23:30');
    expect(formatDateTime(at, 'en-GB', 'UTC')).toBe('14 Mar 2026, 23:30');
  });
});

describe('dayKey', () => {
  it('keeps each time zone apart although the formatters are reused', () => {
    const at = Date.UTC(2026, 2, 14, 23, 30);
    expect(dayKey(at, 'UTC')).toBe('2026-03-14');
    expect(dayKey(at, 'Asia/Tokyo')).toBe('2026-03-15');
    expect(dayKey(at, 'UTC')).toBe('2026-03-14');
  });
});
