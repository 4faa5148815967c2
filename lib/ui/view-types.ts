/**
 * The shapes the popup's components receive, so components depend on lib/ui rather than on the
 * database module. Types only.
 */
import type { Category } from '../classifier/types';
import type { EscalationRow, TabHealthRow } from '../db/schema';

/** A stored escalation as the log shows it (always has its id). */
export type LogEntry = EscalationRow & { id: number };

export type Connection = TabHealthRow;

export type EntryAction =
  | 'resolve'
  | 'dismiss'
  | 'snooze'
  | 'reopen'
  | 'copy'
  | 'open'
  /** The owner corrects the category (a verdict the radar learns from). */
  | CategoryAction;

export type CategoryAction = `category:${Category}`;

export function isCategoryAction(action: EntryAction): action is CategoryAction {
  return action.startsWith('category:');
}

/** The category a `category:…` action sets. */
export function actionCategory(action: CategoryAction): Category {
  return action.slice('category:'.length) as Category;
}

/** What the options page shows of the owner's verdicts. */
export type { VerdictSummary } from '../db/verdict-queries';
