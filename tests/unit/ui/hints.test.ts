import { describe, expect, it } from 'vitest';
import { buildHints } from '../../../lib/ui/hints';
import { computeStats } from '../../../lib/ui/stats';
import { DAY, makeRow, T0 } from './rows';

const context = { now: T0, lastDetectedAt: T0, connectedTabs: 1 };

describe('buildHints', () => {
  it('names the trigger behind most false alarms', () => {
    const rows = [
      ...Array.from({ length: 6 }, () =>
        makeRow({ status: 'dismissed', reasons: ["refund: 'refund'"] }),
      ),
      ...Array.from({ length: 2 }, () => makeRow({ status: 'dismissed', reasons: ["x: 'other'"] })),
      ...Array.from({ length: 8 }, () => makeRow({ status: 'resolved' })),
    ];
    const hints = buildHints(computeStats(rows, T0, 7, 'UTC'), context);
    expect(hints).toContainEqual({
      key: 'hint_falseAlarmTrigger',
      substitutions: ['refund', '6', '8'],
    });
    expect(hints.map((h) => h.key)).toContain('hint_manyFalseAlarms');
  });

  it('warns about long silences, and says whether a tab is connected', () => {
    const stats = computeStats([], T0, 7, 'UTC');
    expect(buildHints(stats, { ...context, lastDetectedAt: T0 - 10 * DAY })).toEqual([
      { key: 'hint_quiet', substitutions: ['10'] },
    ]);
    expect(
      buildHints(stats, { ...context, lastDetectedAt: T0 - 10 * DAY, connectedTabs: 0 }),
    ).toEqual([{ key: 'hint_quietNotConnected', substitutions: ['10'] }]);
    expect(buildHints(stats, { ...context, lastDetectedAt: undefined, connectedTabs: 0 })).toEqual([
      { key: 'hint_noneYetNotConnected', substitutions: [] },
    ]);
    expect(buildHints(stats, { ...context, lastDetectedAt: T0 - 2 * DAY })).toEqual([]);
  });

  it('flags promises mostly missed', () => {
    const rows = [
      makeRow({ promiseState: 'missed' }),
      makeRow({ promiseState: 'missed' }),
      makeRow({ promiseState: 'kept' }),
    ];
    expect(buildHints(computeStats(rows, T0, 7, 'UTC'), context)).toContainEqual({
      key: 'hint_promisesMissed',
      substitutions: ['2', '3'],
    });
  });
});
