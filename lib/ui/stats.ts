/**
 * Numbers the popup's stats tab shows over a window of days: escalations per day and per category,
 * the false-alarm rate overall and per trigger (a trigger is what a reason quotes, or the reason
 * itself), the median time to resolve, and promises kept. Pure: rows, clock and time zone come in.
 */
import { CATEGORIES, type Category } from '../classifier/types';
import type { EscalationRow } from '../db/schema';

export const DAY_MS = 24 * 60 * 60 * 1000;

export type StatsRow = Pick<
  EscalationRow,
  'status' | 'category' | 'reasons' | 'detectedAt' | 'closedAt' | 'promiseState'
>;

export interface TriggerStats {
  trigger: string;
  /** Escalations in the window in which this trigger fired. */
  fired: number;
  /** Of those, how many the owner dismissed as a false alarm. */
  falseAlarms: number;
  rate: number;
}

export interface LogStats {
  days: number;
  total: number;
  /** Oldest day first; `days` entries, "YYYY-MM-DD" in the given time zone. */
  perDay: { day: string; count: number }[];
  byCategory: Record<Category, number>;
  resolved: number;
  dismissed: number;
  /** Dismissed out of closed (resolved + dismissed); null when nothing was closed. */
  falseAlarmRate: number | null;
  /** Triggers that caused at least one false alarm, most false alarms first. */
  triggers: TriggerStats[];
  medianResolveMs: number | null;
  promises: { kept: number; missed: number; pending: number };
}

/** What a reason blames: the phrase it quotes ("asks for a refund: 'refund'" → "refund"). */
export function triggerOf(reason: string): string {
  const quoted = /['"‘“«]([^'"’”»]+)['"’”»]/.exec(reason);
  return (quoted?.[1] ?? reason).trim().toLowerCase();
}

// One formatter per time zone: building one costs far more than using it, and the stats format
// every row of the month.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function dayKey(at: number, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(key, format);
  }
  return format.format(at);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

function countTriggers(rows: readonly StatsRow[]): TriggerStats[] {
  const byTrigger = new Map<string, TriggerStats>();
  for (const row of rows) {
    for (const trigger of new Set(row.reasons.map(triggerOf))) {
      const entry = byTrigger.get(trigger) ?? { trigger, fired: 0, falseAlarms: 0, rate: 0 };
      entry.fired++;
      if (row.status === 'dismissed') entry.falseAlarms++;
      byTrigger.set(trigger, entry);
    }
  }
  return [...byTrigger.values()]
    .filter((entry) => entry.falseAlarms > 0)
    .map((entry) => ({ ...entry, rate: entry.falseAlarms / entry.fired }))
    .sort(
      (a, b) =>
        b.falseAlarms - a.falseAlarms || b.rate - a.rate || a.trigger.localeCompare(b.trigger),
    );
}

/** Statistics of the escalations detected in the `days` days up to `now` (today included). */
export function computeStats(
  rows: readonly StatsRow[],
  now: number,
  days: number,
  timeZone?: string,
): LogStats {
  const perDay = new Map<string, number>();
  for (let i = days - 1; i >= 0; i--) perDay.set(dayKey(now - i * DAY_MS, timeZone), 0);
  const inWindow = rows.filter(
    (row) => perDay.has(dayKey(row.detectedAt, timeZone)) && row.detectedAt <= now,
  );
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const promises = { kept: 0, missed: 0, pending: 0 };
  const resolveTimes: number[] = [];
  let resolved = 0;
  let dismissed = 0;
  for (const row of inWindow) {
    const day = dayKey(row.detectedAt, timeZone);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    byCategory[row.category]++;
    if (row.status === 'resolved') {
      resolved++;
      if (row.closedAt !== undefined) resolveTimes.push(Math.max(0, row.closedAt - row.detectedAt));
    }
    if (row.status === 'dismissed') dismissed++;
    // False alarms have no promise outcome (older rows may still say "kept").
    if (row.promiseState !== 'none' && row.status !== 'dismissed') promises[row.promiseState]++;
  }
  return {
    days,
    total: inWindow.length,
    perDay: [...perDay].map(([day, count]) => ({ day, count })),
    byCategory,
    resolved,
    dismissed,
    falseAlarmRate: resolved + dismissed === 0 ? null : dismissed / (resolved + dismissed),
    triggers: countTriggers(inWindow),
    medianResolveMs: median(resolveTimes),
    promises,
  };
}
