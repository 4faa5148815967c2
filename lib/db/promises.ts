/**
 * Promise bookkeeping for the log: which open escalations need a reminder now (due soon, or
 * overdue), and marking promises missed once their time has passed. Time is always passed in.
 */
import type { EscalationRow, RadarDb } from './schema';

export interface DueReminder {
  row: EscalationRow;
  kind: 'before' | 'overdue';
}

/** Open, pending promises that are due within `leadMs` or overdue and not yet reminded for that. */
export async function findDueReminders(
  db: RadarDb,
  now: number,
  leadMs: number,
): Promise<DueReminder[]> {
  const rows = await db.escalations
    .where('promiseDueAt')
    .belowOrEqual(now + leadMs)
    .toArray();
  const due: DueReminder[] = [];
  for (const row of rows) {
    if (row.status !== 'open' || row.promiseDueAt === undefined) continue;
    const kind = row.promiseDueAt <= now ? 'overdue' : 'before';
    if (!row.reminded.includes(kind)) due.push({ row, kind });
  }
  return due;
}

export async function markReminded(
  db: RadarDb,
  id: number,
  kind: 'before' | 'overdue',
): Promise<void> {
  await db.escalations
    .where('id')
    .equals(id)
    .modify((row) => {
      if (!row.reminded.includes(kind)) row.reminded.push(kind);
      if (kind === 'overdue' && row.promiseState === 'pending') row.promiseState = 'missed';
    });
}

/** The earliest future moment a reminder could be due, to schedule the next alarm. */
export async function nextReminderAt(
  db: RadarDb,
  now: number,
  leadMs: number,
): Promise<number | undefined> {
  const rows = await db.escalations
    .where('promiseDueAt')
    .above(now - 1)
    .toArray();
  let next: number | undefined;
  for (const row of rows) {
    if (row.status !== 'open' || row.promiseDueAt === undefined) continue;
    for (const at of [row.promiseDueAt - leadMs, row.promiseDueAt]) {
      if (at > now && (next === undefined || at < next)) next = at;
    }
  }
  return next;
}
