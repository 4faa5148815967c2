/**
 * What the popup shows of learning: verdicts given this week, and the false-alarm rate on the
 * owner's own chats (dismissed out of closed escalations) before the first kept verdict and since.
 * Pure: rows and clock come in.
 */
import type { LearningStatsSource } from '../db/verdict-queries';
import { DAY_MS } from './stats';

export interface FalseAlarmRate {
  rate: number;
  dismissed: number;
  closed: number;
}

export interface LearningStats {
  verdictsThisWeek: number;
  verdictsKept: number;
  /** Null when no escalation of that period was closed (or nothing was learned yet). */
  before: FalseAlarmRate | null;
  after: FalseAlarmRate | null;
}

function rateOf(rows: LearningStatsSource['rows']): FalseAlarmRate | null {
  const closed = rows.filter((r) => r.status !== 'open');
  if (closed.length === 0) return null;
  const dismissed = closed.filter((r) => r.status === 'dismissed').length;
  return { rate: dismissed / closed.length, dismissed, closed: closed.length };
}

export function computeLearningStats(source: LearningStatsSource, now: number): LearningStats {
  const weekAgo = now - 7 * DAY_MS;
  const start = source.verdictTimes.length > 0 ? Math.min(...source.verdictTimes) : undefined;
  return {
    verdictsThisWeek: source.verdictTimes.filter((at) => at >= weekAgo).length,
    verdictsKept: source.verdictTimes.length,
    before: rateOf(
      start === undefined ? source.rows : source.rows.filter((r) => r.detectedAt < start),
    ),
    after: start === undefined ? null : rateOf(source.rows.filter((r) => r.detectedAt >= start)),
  };
}
