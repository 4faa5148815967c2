import { describe, expect, it } from 'vitest';
import { computeStats, median, triggerOf } from '../../../lib/ui/stats';
import { DAY, makeRow, MINUTE, T0 } from './rows';

describe('triggerOf', () => {
  it.each([
    ["complaint: 'produto veio quebrado'", 'produto veio quebrado'],
    ['asks for a person: "Falar com atendente"', 'falar com atendente'],
    ['big order: «300 unidades»', '300 unidades'],
    ['unanswered question', 'unanswered question'],
  ])('%s → %s', (reason, trigger) => {
    expect(triggerOf(reason)).toBe(trigger);
  });
});

it('computes medians', () => {
  expect(median([])).toBeNull();
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
});

describe('computeStats', () => {
  const rows = [
    makeRow({
      detectedAt: T0,
      category: 'complaint',
      status: 'resolved',
      closedAt: T0 + 30 * MINUTE,
      promiseState: 'kept',
    }),
    makeRow({
      detectedAt: T0 - DAY,
      category: 'high_value',
      status: 'resolved',
      closedAt: T0 - DAY + 90 * MINUTE,
      promiseState: 'missed',
    }),
    makeRow({
      detectedAt: T0 - DAY,
      reasons: ["refund: 'refund'"],
      status: 'dismissed',
      closedAt: T0,
    }),
    makeRow({
      detectedAt: T0 - 2 * DAY,
      reasons: ["refund: 'refund'", "complaint: 'broken'"],
      status: 'dismissed',
    }),
    makeRow({
      detectedAt: T0 - 3 * DAY,
      reasons: ["complaint: 'broken'"],
      status: 'open',
      promiseState: 'pending',
    }),
    makeRow({ detectedAt: T0 - 20 * DAY, status: 'dismissed', reasons: ["x: 'old'"] }),
  ];

  it('counts a 7-day window per day and per category', () => {
    const stats = computeStats(rows, T0, 7, 'UTC');
    expect(stats.total).toBe(5);
    expect(stats.perDay).toHaveLength(7);
    expect(stats.perDay.at(-1)).toEqual({ day: '2026-03-14', count: 1 });
    expect(stats.perDay.at(-2)).toEqual({ day: '2026-03-13', count: 2 });
    expect(stats.perDay[0]).toEqual({ day: '2026-03-08', count: 0 });
    expect(stats.byCategory).toMatchObject({ complaint: 4, high_value: 1, emotional: 0 });
  });

  it('measures false alarms per trigger, resolve time and promises', () => {
    const stats = computeStats(rows, T0, 7, 'UTC');
    expect(stats.resolved).toBe(2);
    expect(stats.dismissed).toBe(2);
    expect(stats.falseAlarmRate).toBe(0.5);
    expect(stats.triggers[0]).toEqual({ trigger: 'refund', fired: 2, falseAlarms: 2, rate: 1 });
    expect(stats.triggers[1]).toEqual({ trigger: 'broken', fired: 2, falseAlarms: 1, rate: 0.5 });
    expect(stats.medianResolveMs).toBe(60 * MINUTE);
    expect(stats.promises).toEqual({ kept: 1, missed: 1, pending: 1 });
  });

  it('does not count a false alarm as a kept or missed promise', () => {
    const dismissed = [
      makeRow({ detectedAt: T0, status: 'dismissed', closedAt: T0, promiseState: 'kept' }),
      makeRow({ detectedAt: T0, status: 'dismissed', closedAt: T0, promiseState: 'missed' }),
      makeRow({ detectedAt: T0, status: 'resolved', closedAt: T0, promiseState: 'kept' }),
    ];
    expect(computeStats(dismissed, T0, 7, 'UTC').promises).toEqual({
      kept: 1,
      missed: 0,
      pending: 0,
    });
  });

  it('widens to 30 days', () => {
    const stats = computeStats(rows, T0, 30, 'UTC');
    expect(stats.total).toBe(6);
    expect(stats.dismissed).toBe(3);
  });

  it('reports nothing for an empty window', () => {
    const stats = computeStats([], T0, 7, 'UTC');
    expect(stats).toMatchObject({
      total: 0,
      falseAlarmRate: null,
      medianResolveMs: null,
      triggers: [],
    });
  });
});
