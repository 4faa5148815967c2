import { describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/schema';
import { Dexie, freshDb, IDBKeyRange } from './helpers';

describe('database upgrades', () => {
  it('v1 rows get a promise state and reminder list when opened with v2, and stay readable', async () => {
    const { indexedDB, name } = freshDb();
    // Version 1 exactly as it shipped.
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores({
      escalations: '++id, status, detectedAt, [platform+threadKey], category, platform',
      seenMessages: '&key, seenAt',
      tabHealth: '&tabId',
    });
    await v1.table('escalations').bulkAdd([
      {
        platform: 'whatsapp',
        threadKey: 'a',
        status: 'open',
        detectedAt: 1,
        promiseDueAt: 500,
        category: 'complaint',
      },
      {
        platform: 'instagram',
        threadKey: 'b',
        status: 'resolved',
        detectedAt: 2,
        category: 'emotional',
      },
    ]);
    v1.close();

    const db = createDb(name, { indexedDB, IDBKeyRange });
    const rows = await db.escalations.orderBy('id').toArray();
    expect(rows.map((r) => [r.threadKey, r.promiseState, r.reminded])).toEqual([
      ['a', 'pending', []],
      ['b', 'none', []],
    ]);
    // The v2 index works on migrated rows.
    expect(
      (await db.escalations.where('promiseDueAt').below(1000).toArray()).map((r) => r.threadKey),
    ).toEqual(['a']);
    expect(db.verno).toBe(3);
  });

  it('v2 data survives the v3 upgrade, which adds empty verdict and learning tables', async () => {
    const { indexedDB, name } = freshDb();
    // Version 2 exactly as it shipped.
    const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
    v2.version(1).stores({
      escalations: '++id, status, detectedAt, [platform+threadKey], category, platform',
      seenMessages: '&key, seenAt',
      tabHealth: '&tabId',
    });
    v2.version(2).stores({
      escalations:
        '++id, status, detectedAt, [platform+threadKey], category, platform, promiseDueAt',
    });
    await v2.table('escalations').add({
      platform: 'whatsapp',
      threadKey: 'a',
      status: 'dismissed',
      detectedAt: 1,
      category: 'complaint',
      promiseState: 'none',
      reminded: [],
    });
    await v2.table('seenMessages').add({ key: 'whatsapp|k', escalationId: 1, seenAt: 1 });
    v2.close();

    const db = createDb(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(3);
    expect((await db.escalations.toArray()).map((r) => [r.threadKey, r.status])).toEqual([
      ['a', 'dismissed'],
    ]);
    expect(await db.seenMessages.count()).toBe(1);
    expect(await db.verdicts.count()).toBe(0);
    const id = await db.verdicts.add({
      kind: 'not_needed',
      text: 'hello',
      history: [],
      category: null,
      at: 5,
      platform: 'whatsapp',
      escalationId: 1,
      customer: 'A',
    });
    expect(await db.verdicts.where('escalationId').equals(1).primaryKeys()).toEqual([id]);
    expect(await db.learning.count()).toBe(0);
  });
});
