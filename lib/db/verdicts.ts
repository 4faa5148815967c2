/**
 * Repository functions for the owner's verdicts and the learned adaptation. Only the newest
 * MAX_VERDICTS verdicts are kept: adding one more drops the oldest. Pure data access.
 */
import { CATEGORIES, type Category } from '../classifier/types';
import { MAX_VERDICTS, type Adaptation, type Verdict } from '../learning/types';
import type { LearningRow, RadarDb, VerdictRow } from './schema';

export type NewVerdict = Omit<VerdictRow, 'id' | 'at'>;

export async function addVerdict(db: RadarDb, verdict: NewVerdict, now: number): Promise<number> {
  return db.transaction('rw', db.verdicts, async () => {
    const id = await db.verdicts.add({ ...verdict, at: now });
    const extra = (await db.verdicts.count()) - MAX_VERDICTS;
    if (extra > 0) {
      const oldest = await db.verdicts.orderBy('id').limit(extra).primaryKeys();
      await db.verdicts.bulkDelete(oldest);
    }
    if (id === undefined) throw new Error('The database did not assign an id.');
    return id;
  });
}

/** Every kept verdict, oldest first, as the learner reads them. */
export async function verdictsToLearn(db: RadarDb): Promise<Verdict[]> {
  const rows = await db.verdicts.orderBy('id').toArray();
  return rows.map((r) => ({ text: r.text, history: r.history, category: r.category }));
}

/** The newest verdicts first. */
export async function latestVerdicts(db: RadarDb, limit: number): Promise<VerdictRow[]> {
  return db.verdicts.orderBy('id').reverse().limit(limit).toArray();
}

export interface VerdictCounts {
  total: number;
  notNeeded: number;
  byCategory: Record<Category, number>;
}

export async function countVerdicts(db: RadarDb): Promise<VerdictCounts> {
  const counts: VerdictCounts = {
    total: 0,
    notNeeded: 0,
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
  };
  await db.verdicts.each((row) => {
    counts.total++;
    if (row.category === null) counts.notNeeded++;
    else counts.byCategory[row.category]++;
  });
  return counts;
}

/** Verdicts given since `from` (the popup's "this week"). */
export async function countVerdictsSince(db: RadarDb, from: number): Promise<number> {
  return db.verdicts.where('at').aboveOrEqual(from).count();
}

export async function removeVerdict(db: RadarDb, id: number): Promise<boolean> {
  const found = await db.verdicts.get(id);
  if (!found) return false;
  await db.verdicts.delete(id);
  return true;
}

/** Takes back the verdicts given on one escalation (it was reopened). Returns how many. */
export async function removeVerdictsOf(db: RadarDb, escalationId: number): Promise<number> {
  return db.verdicts.where('escalationId').equals(escalationId).delete();
}

/** "Forget what it learned": every verdict and the adaptation. */
export async function forgetLearning(db: RadarDb): Promise<void> {
  await db.transaction('rw', db.verdicts, db.learning, async () => {
    await Promise.all([db.verdicts.clear(), db.learning.clear()]);
  });
}

export async function loadLearning(db: RadarDb): Promise<LearningRow | undefined> {
  return db.learning.get('owner');
}

export async function saveLearning(
  db: RadarDb,
  adaptation: Adaptation,
  configKey: string,
  now: number,
): Promise<void> {
  await db.learning.put({ key: 'owner', adaptation, configKey, learnedAt: now });
}
