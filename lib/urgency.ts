/**
 * The order the popup lists escalations in, most urgent first: open before closed (and snoozed
 * ones after the other open ones), then by category precedence (a request for a person before a
 * complaint, before an upset customer, a big order, an unanswered question), then the promise that
 * runs out first, then the one waiting longest. Closed escalations follow, newest first. Pure.
 */
import { CATEGORIES } from './classifier/types';
import type { EscalationRow } from './db/schema';
import { isSnoozed } from './escalation-status';

type Ranked = Pick<
  EscalationRow,
  'status' | 'category' | 'promiseDueAt' | 'detectedAt' | 'snoozedUntil' | 'messageAt'
>;

/** When the customer wrote, as far as we know: the page's time for the message, or when we saw it. */
export function customerTime(row: Pick<EscalationRow, 'detectedAt' | 'messageAt'>): number {
  return row.messageAt ?? row.detectedAt;
}

/** A negative number when `a` comes before `b`. */
export function compareUrgency(a: Ranked, b: Ranked, now: number): number {
  const openA = a.status === 'open';
  const openB = b.status === 'open';
  if (openA !== openB) return openA ? -1 : 1;
  if (!openA) return b.detectedAt - a.detectedAt;
  const snoozedA = isSnoozed(a, now);
  const snoozedB = isSnoozed(b, now);
  if (snoozedA !== snoozedB) return snoozedA ? 1 : -1;
  const byCategory = CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category);
  if (byCategory !== 0) return byCategory;
  const dueA = a.promiseDueAt ?? Infinity;
  const dueB = b.promiseDueAt ?? Infinity;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return customerTime(a) - customerTime(b);
}

export function byUrgency<T extends Ranked>(rows: readonly T[], now: number): T[] {
  return [...rows].sort((a, b) => compareUrgency(a, b, now));
}
