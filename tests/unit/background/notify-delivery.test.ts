import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/background';
import {
  clearAllNotifications,
  deliverPendingNotifications,
  INDIVIDUAL_PER_MINUTE,
  SUMMARY_NOTIFICATION_ID,
} from '@/lib/background/notify';
import { closeEscalation, recordEscalation } from '@/lib/db/escalations';
import { defaultSettings } from '@/lib/settings/defaults';
import { freshDb, report } from '../db/helpers';
import { tabMessenger } from '../../shared/fake-port';
import { HOSTILE_PAYLOADS } from '../../shared/hostile-payloads';

const NOW = Date.UTC(2026, 10, 26, 14, 0);
const shown = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());

async function record(db: ReturnType<typeof freshDb>['db'], n: number, at = NOW) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const outcome = await recordEscalation(
      db,
      report({ threadKey: `t${at}-${i}`, messageKeys: [`k${at}-${i}`], customer: `Customer ${i}` }),
      at,
    );
    ids.push(outcome.id);
  }
  return ids;
}

describe('notification delivery', () => {
  it('a new escalation is recorded as pending with its row, then shown once', async () => {
    const { db } = freshDb();
    const [id] = await record(db, 1);
    expect((await db.escalations.get(id ?? 0))?.notify).toBe('pending');
    await deliverPendingNotifications(db, defaultSettings(), NOW);
    await deliverPendingNotifications(db, defaultSettings(), NOW + 1000);
    expect(shown()).toEqual([`escalation:${id}`]);
    expect((await db.escalations.get(id ?? 0))?.notify).toBe('shown');
  });

  it('at most 3 individual notifications a minute; the rest go into one summary that is replaced, not stacked', async () => {
    const { db } = freshDb();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await record(db, 12);
    const first = await deliverPendingNotifications(db, defaultSettings(), NOW);
    expect(first.shown).toHaveLength(INDIVIDUAL_PER_MINUTE);
    expect(first.grouped).toHaveLength(9);
    expect(shown()).toHaveLength(INDIVIDUAL_PER_MINUTE + 1);
    expect(fakeBrowser.notifications.getAllCreateOptions()[SUMMARY_NOTIFICATION_ID]?.title).toBe(
      '9 more conversations need you',
    );

    // Thirty seconds later, three more: still inside the minute, so the summary is updated.
    await record(db, 3, NOW + 30_000);
    await deliverPendingNotifications(db, defaultSettings(), NOW + 30_000);
    expect(shown()).toHaveLength(INDIVIDUAL_PER_MINUTE + 1);
    expect(fakeBrowser.notifications.getAllCreateOptions()[SUMMARY_NOTIFICATION_ID]?.title).toBe(
      '12 more conversations need you',
    );

    // A minute after the first ones, a new escalation is notified on its own again.
    const [late] = await record(db, 1, NOW + 61_000);
    const third = await deliverPendingNotifications(db, defaultSettings(), NOW + 61_000);
    expect(third.shown).toEqual([late]);
    // Every escalation is in the log either way.
    expect(await db.escalations.count()).toBe(16);
    expect(create.mock.calls.length).toBeLessThanOrEqual(16);
  });

  it('respects the settings: a muted category is skipped, not left pending', async () => {
    const { db } = freshDb();
    const settings = defaultSettings();
    settings.notifications.categories.human_request = false;
    const [id] = await record(db, 1);
    const delivery = await deliverPendingNotifications(db, settings, NOW);
    expect(delivery.skipped).toEqual([id]);
    expect(shown()).toEqual([]);
  });

  it('the summary goes away once the escalations it counts are closed', async () => {
    const { db } = freshDb();
    const ids = await record(db, 4);
    await deliverPendingNotifications(db, defaultSettings(), NOW);
    expect(shown()).toContain(SUMMARY_NOTIFICATION_ID);
    const { refreshSummary } = await import('@/lib/background/notify');
    await closeEscalation(db, ids[3] ?? 0, 'resolved', NOW + 1000);
    await refreshSummary(db, NOW + 1000);
    expect(shown()).not.toContain(SUMMARY_NOTIFICATION_ID);
  });

  it('customer text cannot become markup in a notification', async () => {
    const { db } = freshDb();
    await recordEscalation(
      db,
      report({ customer: '<b>Eve</b>', excerpt: '<img src=x onerror=alert(1)>' }),
      NOW,
    );
    await deliverPendingNotifications(db, defaultSettings(), NOW);
    const [options] = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(`${options?.title ?? ''}${options?.message ?? ''}`).not.toMatch(/[<>]/);
    expect(options?.title).toContain('Eve');
  });
});

describe('exactly once, through the background', () => {
  const sender = {
    id: fakeBrowser.runtime.id,
    url: 'https://web.whatsapp.com/',
    tab: { id: 3, url: 'https://web.whatsapp.com/', windowId: 1 },
  };
  const payload = {
    platform: 'whatsapp',
    candidates: [
      {
        threadKey: 'wa:title:ana',
        messageKeys: ['wa:1'],
        customer: 'Ana',
        text: 'this is unacceptable, it arrived broken',
        history: [],
        source: 'thread',
      },
    ],
  };

  it('when the step after the write fails, the retried (duplicate) batch still notifies, once', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const { db } = freshDb();
    startBackground(db);
    const create = vi
      .spyOn(fakeBrowser.notifications, 'create')
      .mockRejectedValueOnce(new Error('notification service down'));
    const send = tabMessenger(sender);
    const first = await send('candidates:classify', payload as never);
    expect(first).toMatchObject({ outcomes: ['created'] });
    expect(shown()).toEqual([]);
    const again = await send('candidates:classify', payload as never);
    expect(again).toMatchObject({ outcomes: ['duplicate'] });
    expect(shown()).toEqual(['escalation:1']);
    const third = await send('candidates:classify', payload as never);
    expect(third).toMatchObject({ outcomes: ['duplicate'] });
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('a worker stopped between the write and the notification delivers it at the next start', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const { db } = freshDb();
    // The row was written, then the worker died: nothing was shown.
    await recordEscalation(db, report(), Date.now());
    expect(shown()).toEqual([]);
    startBackground(db);
    await vi.waitFor(() => expect(shown()).toEqual(['escalation:1']));
    expect((await db.escalations.get(1))?.notify).toBe('shown');
  });

  it('"Delete all data" leaves no notification on screen', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const { db } = freshDb();
    startBackground(db);
    const created = await tabMessenger(sender)('candidates:classify', payload as never);
    expect(created).toMatchObject({ outcomes: ['created'] });
    expect(shown()).toEqual(['escalation:1']);
    const ui = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    const [deleted] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'data:deleteAll', data: {} },
      ui,
      () => undefined,
    );
    expect(deleted).toBeNull();
    expect(shown()).toEqual([]);
  });

  it('50 hostile names and messages reach the notification as plain text, without angle brackets', async () => {
    const { db } = freshDb();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    for (const [i, payload] of HOSTILE_PAYLOADS.entries()) {
      const outcome = await recordEscalation(
        db,
        report({
          threadKey: `hostile-${i}`,
          messageKeys: [`hostile-key-${i}`],
          customer: payload.text.trim(),
          excerpt: payload.text,
          reasons: [`asks for a person: '${payload.text}'`],
        }),
        NOW,
      );
      // One at a time, each a minute after the last: every one is shown individually.
      const at = NOW + i * 61_000;
      const delivery = await deliverPendingNotifications(db, defaultSettings(), at);
      expect(delivery.shown).toEqual([outcome.id]);
      const options = create.mock.calls.at(-1)?.[1] as unknown as {
        title: string;
        message: string;
      };
      const text = `${options.title}\n${options.message}`;
      expect(text, payload.name).not.toMatch(/[<>]/);
      // Only the brackets changed: read back, the customer's words are all there.
      const readBack = text.replace(/‹/g, '<').replace(/›/g, '>');
      expect(readBack, payload.name).toContain(payload.text.trim());
    }
    expect(create).toHaveBeenCalledTimes(HOSTILE_PAYLOADS.length);
  });

  it('"Delete all data" leaves no notification of ours on screen', async () => {
    const { db } = freshDb();
    await record(db, 5);
    await deliverPendingNotifications(db, defaultSettings(), NOW);
    await fakeBrowser.notifications.create('reminder:1', {
      type: 'basic',
      iconUrl: 'icon.png',
      title: 'Carla Mendes',
      message: 'promised reply is due',
    });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(
      INDIVIDUAL_PER_MINUTE + 2,
    );
    await clearAllNotifications();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
