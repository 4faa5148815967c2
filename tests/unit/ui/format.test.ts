import { describe, expect, it } from 'vitest';
import { formatAge, formatDue, formatDuration, isOverdue } from '../../../lib/ui/format';
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
