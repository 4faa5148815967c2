/**
 * The shapes the popup's components receive, so components depend on lib/ui rather than on the
 * database module. Types only.
 */
import type { EscalationRow, TabHealthRow } from '../db/schema';

/** A stored escalation as the log shows it (always has its id). */
export type LogEntry = EscalationRow & { id: number };

export type Connection = TabHealthRow;

export type EntryAction = 'resolve' | 'dismiss' | 'snooze' | 'reopen' | 'copy' | 'open';
