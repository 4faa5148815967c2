import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncBadge } from '@/lib/background/badge';
import { runReminders, scheduleAlarms, ALARMS } from '@/lib/background';
import {
  escalationIdFromNotification,
  notifyEscalation,
  shouldNotify,
} from '@/lib/background/notify';
import { isQuietTime } from '@/lib/background/quiet-hours';
import { closeEscalation, recordEscalation, snoozeEscalation } from '@/lib/db/escalations';
import { defaultSettings } from '@/lib/settings/defaults';
import { saveSettings } from '@/lib/settings/store';
import { freshDb, report } from '../db/helpers';

const NOW = Date.UTC(2026, 10, 26, 14, 0);
const MIN = 60_000;

describe('badge', () => {
  it("says in its tooltip which open tab's page is not recognised and what it cannot read", async () => {
    const { db } = freshDb();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/direct/inbox/' });
    await db.tabHealth.bulkPut([
      {
        tabId: tab.id!,
        platform: 'instagram',
        state: 'unrecognised',
        missing: ['rowName', 'rowPreview'],
        reportedAt: NOW,
      },
      // A closed tab's row is left for the clean-up and says nothing.
      { tabId: 9999, platform: 'whatsapp', state: 'unrecognised', missing: [], reportedAt: NOW },
    ]);
    await syncBadge(db, NOW);
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'Escalation Radar: nothing needs you\n' +
        "Instagram: not connected: page not recognised (can't read chat names, message previews)",
    );
    await db.tabHealth.update(tab.id!, { state: 'connected', missing: [] });
    await syncBadge(db, NOW);
    expect(await fakeBrowser.action.getTitle({})).toBe('Escalation Radar: nothing needs you');
  });

  it('is empty at zero, counts open escalations and takes the most urgent colour', async () => {
    const { db } = freshDb();
    expect(await syncBadge(db, NOW)).toEqual({ text: '' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    await recordEscalation(
      db,
      report({
        threadKey: 'a',
        messageKeys: ['a'],
        category: 'knowledge_gap',
        categories: ['knowledge_gap'],
      }),
      NOW,
    );
    await syncBadge(db, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x15, 0x65, 0xc0, 255]);

    await recordEscalation(
      db,
      report({
        threadKey: 'b',
        messageKeys: ['b'],
        category: 'complaint',
        categories: ['complaint'],
      }),
      NOW,
    );
    await syncBadge(db, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb8, 0x4a, 0x00, 255]);
  });

  it('does not count resolved or snoozed escalations', async () => {
    const { db } = freshDb();
    const a = await recordEscalation(db, report({ threadKey: 'a', messageKeys: ['a'] }), NOW);
    const b = await recordEscalation(db, report({ threadKey: 'b', messageKeys: ['b'] }), NOW);
    await recordEscalation(db, report({ threadKey: 'c', messageKeys: ['c'] }), NOW);
    await closeEscalation(db, a.id, 'resolved', NOW);
    await snoozeEscalation(db, b.id, NOW + 30 * MIN);
    await syncBadge(db, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await syncBadge(db, NOW + 31 * MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('is derived from the database, so a restarted background shows the same count', async () => {
    const { db, indexedDB, name } = freshDb();
    await recordEscalation(db, report(), NOW);
    db.close();
    const { createDb } = await import('@/lib/db/schema');
    const { IDBKeyRange } = await import('fake-indexeddb');
    const reopened = createDb(name, { indexedDB, IDBKeyRange });
    await fakeBrowser.action.setBadgeText({ text: '' });
    await syncBadge(reopened, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});

describe('notifications', () => {
  it('name the customer and the reason, with an id that leads back to the escalation', async () => {
    const { db } = freshDb();
    const { id } = await recordEscalation(db, report(), NOW);
    const row = await db.escalations.get(id);
    if (!row) throw new Error('row missing');
    const notificationId = await notifyEscalation({ ...row, id });
    const options = fakeBrowser.notifications.getAllCreateOptions()[notificationId];
    expect(notificationId).toBe(`escalation:${id}`);
    expect(options?.title).toContain('Carla Mendes');
    expect(options?.message).toContain("asks for a person: 'falar com um atendente'");
    expect(escalationIdFromNotification(notificationId)).toBe(id);
    expect(escalationIdFromNotification('something-else')).toBeUndefined();
  });

  it('respect the global switch and the per-category switches', async () => {
    const { db } = freshDb();
    const { id } = await recordEscalation(
      db,
      report({ category: 'high_value', categories: ['high_value'] }),
      NOW,
    );
    const row = await db.escalations.get(id);
    if (!row) throw new Error('row missing');
    const settings = defaultSettings();
    expect(shouldNotify(row, settings, NOW)).toBe(true);
    settings.notifications.categories.high_value = false;
    expect(shouldNotify(row, settings, NOW)).toBe(false);
    settings.notifications.categories.high_value = true;
    settings.notifications.enabled = false;
    expect(shouldNotify(row, settings, NOW)).toBe(false);
  });

  it.each([
    [{ start: '22:00', end: '07:00' }, 23 * 60, true],
    [{ start: '22:00', end: '07:00' }, 6 * 60 + 59, true],
    [{ start: '22:00', end: '07:00' }, 7 * 60, false],
    [{ start: '12:00', end: '13:30' }, 12 * 60 + 30, true],
    [{ start: '12:00', end: '13:30' }, 14 * 60, false],
    [null, 3 * 60, false],
  ])('quiet hours %j at minute %i: %s', (quiet, minute, expected) => {
    expect(isQuietTime(quiet, minute)).toBe(expected);
  });
});

describe('promise reminders', () => {
  it('remind once before the promise runs out, once when overdue, and record the miss', async () => {
    const { db } = freshDb();
    await saveSettings({ reminderLeadMinutes: 15 });
    const { id } = await recordEscalation(db, report({ promiseDueAt: NOW + 60 * MIN }), NOW);

    expect(await runReminders(db, NOW + 30 * MIN)).toBe(0);
    expect(await runReminders(db, NOW + 50 * MIN)).toBe(1);
    expect(fakeBrowser.notifications.getAllCreateOptions()[`reminder:${id}`]?.title).toContain(
      'runs out',
    );
    expect(await runReminders(db, NOW + 55 * MIN)).toBe(0);

    expect(await runReminders(db, NOW + 61 * MIN)).toBe(1);
    expect(fakeBrowser.notifications.getAllCreateOptions()[`reminder:${id}`]?.title).toContain(
      'overdue',
    );
    expect((await db.escalations.get(id))?.promiseState).toBe('missed');
    expect(await runReminders(db, NOW + 90 * MIN)).toBe(0);
  });

  it('no reminder for a resolved escalation', async () => {
    const { db } = freshDb();
    const { id } = await recordEscalation(db, report({ promiseDueAt: NOW + 10 * MIN }), NOW);
    await closeEscalation(db, id, 'resolved', NOW + MIN);
    expect(await runReminders(db, NOW + 20 * MIN)).toBe(0);
  });

  it('schedules the reminder alarm at the next due moment, so it works after the worker sleeps', async () => {
    const { db } = freshDb();
    await saveSettings({ reminderLeadMinutes: 15 });
    await recordEscalation(db, report({ promiseDueAt: NOW + 60 * MIN }), NOW);
    await scheduleAlarms(db, NOW);
    const alarm = await fakeBrowser.alarms.get(ALARMS.reminders);
    expect(alarm?.scheduledTime).toBe(NOW + 45 * MIN);
    await scheduleAlarms(db, NOW + 46 * MIN);
    expect((await fakeBrowser.alarms.get(ALARMS.reminders))?.scheduledTime).toBe(NOW + 60 * MIN);
  });
});
