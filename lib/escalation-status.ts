/**
 * What "open" means for the badge, the popup's counts, the alarms and the log's rows: an
 * escalation is active while it is open and not snoozed, snoozed while it is open and its snooze
 * ends in the future. Pure: rows and a clock in, booleans out; only types from the database schema,
 * so every layer (database, background, pages, components) can share it.
 */
import type { EscalationRow } from './db/schema';

type StatusFacts = Pick<EscalationRow, 'status' | 'snoozedUntil'>;

/** Open, with a snooze that has not ended yet at `now`. */
export function isSnoozed(row: StatusFacts, now: number): boolean {
  return row.status === 'open' && row.snoozedUntil !== undefined && row.snoozedUntil > now;
}

/** Open and not snoozed at `now`: what the badge counts and the popup calls open. */
export function isActive(row: StatusFacts, now: number): boolean {
  return row.status === 'open' && !isSnoozed(row, now);
}
