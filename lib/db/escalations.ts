/**
 * Repository functions for the escalation log: the only code that writes escalation rows. One
 * conversation has at most one open escalation; further escalating messages of that conversation
 * merge into it. Every message key is remembered, so a message seen twice (re-render, reload,
 * preview then open chat) is logged once. Pure data access: no browser APIs, no UI.
 */
import { mostUrgent } from '../classifier/types';
import type { Platform } from '../platforms/types';
import { EXCERPT_MAX, type EscalationRow, type EscalationStatus, type RadarDb } from './schema';
import { isActive } from '../escalation-status';

/** What a report adds to the log: the row's own facts plus the keys that identify the message. */
export type NewEscalation = Pick<
  EscalationRow,
  | 'platform'
  | 'threadKey'
  | 'customer'
  | 'category'
  | 'categories'
  | 'score'
  | 'lang'
  | 'reasons'
  | 'excerpt'
  | 'draft'
  | 'source'
  | 'promiseDueAt'
  | 'messageAt'
> & {
  /** Keys that identify the message; any one already seen makes the report a duplicate. */
  messageKeys: string[];
};

export type RecordOutcome =
  | { kind: 'created'; id: number }
  | { kind: 'merged'; id: number }
  | { kind: 'duplicate'; id: number };

function seenKey(platform: Platform, key: string): string {
  return `${platform}|${key}`;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

export function clipExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_MAX ? flat : flat.slice(0, EXCERPT_MAX - 1) + '…';
}

/** Stores a reported escalation once, merging into the conversation's open escalation if any. */
export async function recordEscalation(
  db: RadarDb,
  report: NewEscalation,
  now: number,
): Promise<RecordOutcome> {
  return db.transaction('rw', db.escalations, db.seenMessages, async () => {
    const keys = report.messageKeys.map((k) => seenKey(report.platform, k));
    const seen = (await db.seenMessages.bulkGet(keys)).find((row) => row !== undefined);
    if (seen) return { kind: 'duplicate', id: seen.escalationId };

    const open = await db.escalations
      .where('[platform+threadKey]')
      .equals([report.platform, report.threadKey])
      .filter((row) => row.status === 'open')
      .first();

    let outcome: RecordOutcome;
    if (open?.id !== undefined) {
      const categories = union(open.categories, report.categories);
      await db.escalations.update(open.id, {
        categories,
        category: mostUrgent(categories) ?? open.category,
        reasons: union(open.reasons, report.reasons).slice(0, 12),
        score: Math.max(open.score, report.score),
        excerpt: clipExcerpt(report.excerpt),
        draft: report.category === open.category ? open.draft : report.draft,
        updatedAt: now,
        snoozedUntil: undefined,
      });
      outcome = { kind: 'merged', id: open.id };
    } else {
      const id = await db.escalations.add({
        platform: report.platform,
        threadKey: report.threadKey,
        messageKey: report.messageKeys[0] ?? '',
        customer: report.customer,
        category: report.category,
        categories: report.categories,
        score: report.score,
        lang: report.lang,
        reasons: report.reasons,
        excerpt: clipExcerpt(report.excerpt),
        draft: report.draft,
        source: report.source,
        status: 'open',
        detectedAt: now,
        updatedAt: now,
        promiseDueAt: report.promiseDueAt,
        messageAt: report.messageAt,
        promiseState: report.promiseDueAt === undefined ? 'none' : 'pending',
        reminded: [],
        notify: 'pending',
      });
      if (id === undefined) throw new Error('The database did not assign an id.');
      outcome = { kind: 'created', id };
    }
    await db.seenMessages.bulkPut(
      keys.map((key) => ({ key, escalationId: outcome.id, seenAt: now })),
    );
    return outcome;
  });
}

/** Open escalations that are not snoozed: what the badge counts. */
export async function listActive(db: RadarDb, now: number): Promise<EscalationRow[]> {
  const open = await db.escalations.where('status').equals('open').toArray();
  return open.filter((row) => isActive(row, now));
}

/** Open escalations (snoozed included) of one platform, for the page marks. */
export async function listOpenOnPlatform(
  db: RadarDb,
  platform: Platform,
): Promise<EscalationRow[]> {
  const open = await db.escalations.where('status').equals('open').toArray();
  return open.filter((row) => row.platform === platform);
}

export async function closeEscalation(
  db: RadarDb,
  id: number,
  status: Exclude<EscalationStatus, 'open'>,
  now: number,
): Promise<EscalationRow> {
  const row = await db.escalations.get(id);
  if (!row) throw new Error(`No escalation with id ${id}.`);
  // A false alarm promised nothing real: it has no promise outcome, kept or missed.
  const promiseState =
    status === 'dismissed'
      ? 'none'
      : row.promiseState === 'pending' && row.promiseDueAt !== undefined
        ? now <= row.promiseDueAt
          ? 'kept'
          : 'missed'
        : row.promiseState;
  const changes = { status, closedAt: now, promiseState, snoozedUntil: undefined };
  await db.escalations.update(id, changes);
  return { ...row, ...changes };
}

export async function reopenEscalation(db: RadarDb, id: number): Promise<void> {
  const row = await db.escalations.get(id);
  if (!row) throw new Error(`No escalation with id ${id}.`);
  await db.escalations.update(id, {
    status: 'open',
    closedAt: undefined,
    promiseState: row.promiseDueAt === undefined ? 'none' : 'pending',
  });
}

export async function snoozeEscalation(db: RadarDb, id: number, until: number): Promise<void> {
  const updated = await db.escalations.update(id, { snoozedUntil: until });
  if (updated === 0) throw new Error(`No escalation with id ${id}.`);
}

/** The last time anything happened to an escalation: a new message, or closing it. */
export function lastUpdate(row: EscalationRow): number {
  return Math.max(row.detectedAt, row.updatedAt, row.closedAt ?? 0);
}

/**
 * Retention: deletes closed (resolved or dismissed) escalations whose last update is before
 * `cutoff`, together with their message keys. Open escalations are kept however old they are:
 * they still need the owner. Returns how many escalations were deleted.
 */
export async function deleteOlderThan(db: RadarDb, cutoff: number): Promise<number> {
  return db.transaction('rw', db.escalations, db.seenMessages, async () => {
    const expired = await db.escalations
      .where('status')
      .anyOf('resolved', 'dismissed')
      .filter((row) => lastUpdate(row) < cutoff)
      .primaryKeys();
    if (expired.length === 0) return 0;
    const ids = new Set(expired);
    await db.seenMessages.filter((row) => ids.has(row.escalationId)).delete();
    await db.escalations.bulkDelete(expired);
    return expired.length;
  });
}

/** Every stored row: escalations, message keys, tab states, the owner's verdicts and what was learned. */
export async function deleteEverything(db: RadarDb): Promise<void> {
  const tables = [db.escalations, db.seenMessages, db.tabHealth, db.verdicts, db.learning];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}
