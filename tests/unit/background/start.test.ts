import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARMS, startBackground } from '@/lib/background';
import { fakeChannel, tabMessenger, type fakeEvent } from '../../shared/fake-port';
import { freshDb } from '../db/helpers';

const whatsappSender = {
  id: fakeBrowser.runtime.id,
  url: 'https://web.whatsapp.com/',
  tab: { id: 3, url: 'https://web.whatsapp.com/', windowId: 1 },
};

/** A new customer message from the tab that complains. */
const batch = {
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

/** The complaining batch sent as a one-off runtime message, as if from `sender`. */
function sendOneOff(sender: object): Promise<unknown> {
  return fakeBrowser.runtime.onMessage.trigger(
    { type: 'candidates:classify', data: batch },
    sender,
    () => undefined,
  );
}

describe('background wiring', () => {
  it('a complaint over a content script’s port is classified, stored, badged and notified; alarms are scheduled', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const { db } = freshDb();
    startBackground(db);
    const send = tabMessenger(whatsappSender);
    await expect(send('candidates:classify', batch as never)).resolves.toMatchObject({
      outcomes: ['created'],
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['escalation:1']);
    const row = await db.escalations.get(1);
    expect(row?.category).toBe('complaint');
    expect(row?.promiseDueAt).toBeGreaterThan(0);
    expect((await fakeBrowser.alarms.get(ALARMS.reminders))?.scheduledTime).toBe(
      (row?.promiseDueAt ?? 0) - 15 * 60_000,
    );
    expect(await fakeBrowser.alarms.get(ALARMS.maintenance)).toBeDefined();
  });

  it('a page load that reports the health its tab reported before writes nothing; the badge follows only a page not recognised', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }] as never);
    const { db } = freshDb();
    await startBackground(db).started;
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const titles = vi.spyOn(fakeBrowser.action, 'setTitle');
    const report = async (health: object) => {
      // A page load: a new launch of the content script, its own port.
      const send = tabMessenger(whatsappSender);
      await send('adapter:health', { platform: 'whatsapp', health } as never);
    };
    await report({ state: 'connected' });
    // A new tab: the pages are told (one revision bump); the tooltip names no connected tab.
    expect(writes).toHaveBeenCalledTimes(1);
    expect(titles).not.toHaveBeenCalled();
    const row = await db.tabHealth.get(3);
    // Reloaded twice: the same report changes nothing.
    await report({ state: 'connected' });
    await report({ state: 'connected' });
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await db.tabHealth.get(3)).toEqual(row);
    // Not recognised: stored, the pages told, the tooltip says so; again, nothing more.
    await report({ state: 'unrecognised', missing: ['chatList'] });
    await report({ state: 'unrecognised', missing: ['chatList'] });
    expect(writes).toHaveBeenCalledTimes(2);
    expect(titles).toHaveBeenCalledTimes(1);
    expect(titles.mock.calls[0]?.[0].title).toContain('WhatsApp');
    await report({ state: 'unrecognised', missing: ['chatList', 'chatRow'] });
    expect(writes).toHaveBeenCalledTimes(3);
    expect(titles).toHaveBeenCalledTimes(2);
    // Recognised again: the tooltip drops it.
    await report({ state: 'connected' });
    expect(writes).toHaveBeenCalledTimes(4);
    expect(titles).toHaveBeenCalledTimes(3);
    expect(titles.mock.calls[2]?.[0].title).not.toContain('WhatsApp');
  });

  it('a worker started again (after an idle stop) leaves the hourly maintenance alarm where it was', async () => {
    const { db } = freshDb();
    const start = Date.now();
    await startBackground(db, () => start).started;
    const first = await fakeBrowser.alarms.get(ALARMS.maintenance);
    expect(first?.periodInMinutes).toBe(60);
    // Stopped when idle, started again half a minute later by the next event.
    const later = vi.spyOn(Date, 'now').mockReturnValue(start + 30_000);
    try {
      await startBackground(db, () => start + 30_000).started;
      expect(await fakeBrowser.alarms.get(ALARMS.maintenance)).toEqual(first);
    } finally {
      later.mockRestore();
    }
  });

  it('refuses a one-off runtime message from a site’s tab: its content script sends over its port', async () => {
    const { db } = freshDb();
    startBackground(db);
    await expect(sendOneOff(whatsappSender)).rejects.toThrow(
      'a content script sends over its port',
    );
    expect(await db.escalations.count()).toBe(0);
  });

  it('closes a port opened from a page that is not one of the two sites', () => {
    const { db } = freshDb();
    startBackground(db);
    const onConnect = fakeBrowser.runtime.onConnect as unknown as ReturnType<
      typeof fakeEvent<(port: unknown) => void>
    >;
    const evil = fakeChannel({ ...whatsappSender, url: 'https://evil.example/' });
    const closed = vi.spyOn(evil.background, 'disconnect');
    onConnect.fire(evil.background);
    expect(closed).toHaveBeenCalled();
  });

  it('refuses a message from a page that is not one of the two sites', async () => {
    const { db } = freshDb();
    startBackground(db);
    const evil = {
      id: fakeBrowser.runtime.id,
      url: 'https://evil.example/',
      tab: { id: 5, url: 'https://evil.example/' },
    };
    await expect(sendOneOff(evil)).rejects.toThrow('unknown sender');
    expect(await db.escalations.count()).toBe(0);
  });

  it('the maintenance alarm deletes escalations older than the retention period', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const { db } = freshDb();
    // Start-up (its own maintenance pass included) is over before the old row is added.
    await startBackground(db).started;
    await db.escalations.add({
      platform: 'whatsapp',
      threadKey: 'old',
      messageKey: 'old',
      customer: '',
      category: 'complaint',
      categories: ['complaint'],
      score: 1,
      lang: 'en',
      reasons: [],
      excerpt: '',
      draft: '',
      source: 'thread',
      status: 'resolved',
      detectedAt: Date.now() - 45 * 86_400_000,
      updatedAt: 0,
      promiseState: 'none',
      reminded: [],
    });
    expect(await db.escalations.count()).toBe(1);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: ALARMS.maintenance,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () => {
      expect(await db.escalations.count()).toBe(0);
    });
  });
});
