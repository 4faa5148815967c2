import { describe, expect, it } from 'vitest';
import {
  clipExcerpt,
  closeEscalation,
  deleteEverything,
  deleteOlderThan,
  listActive,
  listOpenOnPlatform,
  recordEscalation,
  reopenEscalation,
  snoozeEscalation,
} from '@/lib/db/escalations';
import { EXCERPT_MAX } from '@/lib/db/schema';
import { freshDb, report } from './helpers';

const T0 = Date.UTC(2026, 10, 26, 12, 0);

describe('escalation log', () => {
  it('stores a report once: the same message reported twice is one entry', async () => {
    const { db } = freshDb();
    const first = await recordEscalation(db, report(), T0);
    const again = await recordEscalation(db, report(), T0 + 1000);
    expect(first.kind).toBe('created');
    expect(again).toEqual({ kind: 'duplicate', id: first.id });
    expect(await db.escalations.count()).toBe(1);
  });

  it('recognises the same message by any of its keys (preview first, then the open chat)', async () => {
    const { db } = freshDb();
    await recordEscalation(
      db,
      report({ messageKeys: ['p:wa:title:carla mendes:h', 'c:shared'], source: 'preview' }),
      T0,
    );
    const fromThread = await recordEscalation(
      db,
      report({ messageKeys: ['wa:REAL', 'c:shared'] }),
      T0 + 5,
    );
    expect(fromThread.kind).toBe('duplicate');
    expect(await db.escalations.count()).toBe(1);
  });

  it('merges further escalating messages of a conversation into its open escalation', async () => {
    const { db } = freshDb();
    const first = await recordEscalation(
      db,
      report({
        category: 'high_value',
        categories: ['high_value'],
        reasons: ['bulk order: 300 units'],
      }),
      T0,
    );
    const second = await recordEscalation(
      db,
      report({
        messageKeys: ['wa:ABC2'],
        category: 'complaint',
        categories: ['complaint'],
        reasons: ['complaint: arrived broken'],
        excerpt: 'It arrived broken',
      }),
      T0 + 60_000,
    );
    expect(second).toEqual({ kind: 'merged', id: first.id });
    const row = await db.escalations.get(first.id);
    expect(row?.categories).toEqual(['high_value', 'complaint']);
    expect(row?.category).toBe('complaint');
    expect(row?.reasons).toEqual(['bulk order: 300 units', 'complaint: arrived broken']);
    expect(row?.excerpt).toBe('It arrived broken');
    expect(row?.updatedAt).toBe(T0 + 60_000);
  });

  it('a new message after the escalation was resolved opens a new one', async () => {
    const { db } = freshDb();
    const first = await recordEscalation(db, report(), T0);
    await closeEscalation(db, first.id, 'resolved', T0 + 10);
    const next = await recordEscalation(db, report({ messageKeys: ['wa:LATER'] }), T0 + 20);
    expect(next.kind).toBe('created');
    expect(next.id).not.toBe(first.id);
  });

  it('keeps conversations of the two platforms apart', async () => {
    const { db } = freshDb();
    await recordEscalation(db, report(), T0);
    await recordEscalation(
      db,
      report({ platform: 'instagram', threadKey: 'ig:t:1', messageKeys: ['ig:x'] }),
      T0,
    );
    expect((await listOpenOnPlatform(db, 'whatsapp')).map((r) => r.threadKey)).toEqual([
      'wa:title:carla mendes',
    ]);
    expect((await listOpenOnPlatform(db, 'instagram')).map((r) => r.threadKey)).toEqual(['ig:t:1']);
  });

  it('stores only a short excerpt of the customer text', async () => {
    const { db } = freshDb();
    const long = 'palavra '.repeat(200);
    const { id } = await recordEscalation(db, report({ excerpt: long }), T0);
    const row = await db.escalations.get(id);
    expect(row?.excerpt.length).toBe(EXCERPT_MAX);
    expect(row?.excerpt.endsWith('…')).toBe(true);
    expect(clipExcerpt('  two\n\nlines  ')).toBe('two lines');
  });

  it('records whether the promise was kept when the escalation is closed', async () => {
    const { db } = freshDb();
    const kept = await recordEscalation(db, report({ promiseDueAt: T0 + 3600_000 }), T0);
    const missed = await recordEscalation(
      db,
      report({ threadKey: 't2', messageKeys: ['m2'], promiseDueAt: T0 + 60_000 }),
      T0,
    );
    const none = await recordEscalation(db, report({ threadKey: 't3', messageKeys: ['m3'] }), T0);
    expect((await closeEscalation(db, kept.id, 'resolved', T0 + 1800_000)).promiseState).toBe(
      'kept',
    );
    expect((await closeEscalation(db, missed.id, 'resolved', T0 + 1800_000)).promiseState).toBe(
      'missed',
    );
    expect((await closeEscalation(db, none.id, 'dismissed', T0 + 10)).promiseState).toBe('none');
    const dismissed = await db.escalations.get(none.id);
    expect(dismissed?.status).toBe('dismissed');
    expect(dismissed?.closedAt).toBe(T0 + 10);
  });

  it('a false alarm has no promise outcome, even when dismissed before the promised time', async () => {
    const { db } = freshDb();
    const { id } = await recordEscalation(db, report({ promiseDueAt: T0 + 3600_000 }), T0);
    const closed = await closeEscalation(db, id, 'dismissed', T0 + 60_000);
    expect(closed.promiseState).toBe('none');
    expect((await db.escalations.get(id))?.promiseState).toBe('none');
    await reopenEscalation(db, id);
    expect((await db.escalations.get(id))?.promiseState).toBe('pending');
  });

  it('reopening makes it open again with a pending promise', async () => {
    const { db } = freshDb();
    const { id } = await recordEscalation(db, report({ promiseDueAt: T0 + 1 }), T0);
    await closeEscalation(db, id, 'resolved', T0 + 100);
    await reopenEscalation(db, id);
    const row = await db.escalations.get(id);
    expect(row?.status).toBe('open');
    expect(row?.promiseState).toBe('pending');
    expect(row?.closedAt).toBeUndefined();
  });

  it('snoozed escalations are open but not active until the snooze ends', async () => {
    const { db } = freshDb();
    const { id } = await recordEscalation(db, report(), T0);
    await snoozeEscalation(db, id, T0 + 3600_000);
    expect(await listActive(db, T0 + 1000)).toHaveLength(0);
    expect(await listActive(db, T0 + 3600_001)).toHaveLength(1);
    expect(await listOpenOnPlatform(db, 'whatsapp')).toHaveLength(1);
  });

  it('closing an id that does not exist says so', async () => {
    const { db } = freshDb();
    await expect(closeEscalation(db, 99, 'resolved', T0)).rejects.toThrow(
      'No escalation with id 99',
    );
  });

  it('retention deletes old escalations and their message keys, keeps recent ones', async () => {
    const { db } = freshDb();
    await recordEscalation(db, report({ messageKeys: ['old'] }), T0 - 40 * 86_400_000);
    await closeEscalation(db, 1, 'resolved', T0 - 39 * 86_400_000);
    await recordEscalation(db, report({ messageKeys: ['new'] }), T0);
    const deleted = await deleteOlderThan(db, T0 - 30 * 86_400_000);
    expect(deleted).toBe(1);
    expect(await db.escalations.count()).toBe(1);
    expect(await db.seenMessages.get('whatsapp|old')).toBeUndefined();
    expect(await db.seenMessages.get('whatsapp|new')).toBeDefined();
  });

  it('retention keeps open escalations however old, and counts age from the last update', async () => {
    const { db } = freshDb();
    const DAY = 86_400_000;
    // Open for 60 days: still needs the owner.
    const open = await recordEscalation(
      db,
      report({ threadKey: 'open', messageKeys: ['open-key'] }),
      T0 - 60 * DAY,
    );
    // Detected 60 days ago, closed 5 days ago: its last update is recent.
    const recent = await recordEscalation(
      db,
      report({ threadKey: 'recent', messageKeys: ['recent-key'] }),
      T0 - 60 * DAY,
    );
    await closeEscalation(db, recent.id, 'resolved', T0 - 5 * DAY);
    // Detected 60 days ago, a new message 40 days ago, dismissed 35 days ago: expired.
    const old = await recordEscalation(
      db,
      report({ threadKey: 'old', messageKeys: ['old-1'] }),
      T0 - 60 * DAY,
    );
    await recordEscalation(db, report({ threadKey: 'old', messageKeys: ['old-2'] }), T0 - 40 * DAY);
    await closeEscalation(db, old.id, 'dismissed', T0 - 35 * DAY);

    expect(await deleteOlderThan(db, T0 - 30 * DAY)).toBe(1);
    expect((await db.escalations.toArray()).map((r) => r.id).sort()).toEqual(
      [open.id, recent.id].sort(),
    );
    expect(await db.seenMessages.get('whatsapp|open-key')).toBeDefined();
    expect(await db.seenMessages.get('whatsapp|recent-key')).toBeDefined();
    expect(await db.seenMessages.get('whatsapp|old-1')).toBeUndefined();
    expect(await db.seenMessages.get('whatsapp|old-2')).toBeUndefined();
  });

  it('delete everything leaves nothing', async () => {
    const { db } = freshDb();
    await recordEscalation(db, report(), T0);
    await db.tabHealth.put({
      tabId: 3,
      platform: 'whatsapp',
      state: 'connected',
      missing: [],
      reportedAt: T0,
    });
    await deleteEverything(db);
    expect([
      await db.escalations.count(),
      await db.seenMessages.count(),
      await db.tabHealth.count(),
    ]).toEqual([0, 0, 0]);
  });
});
