/**
 * The background's wiring: message routing, badge, notifications, promise reminders, retention.
 * Every listener is registered synchronously at start (the service worker is stopped and started
 * at will) and no state is held in memory: everything is read from the database or storage.
 */
import { browser } from 'wxt/browser';
import { deleteOlderThan } from '../db/escalations';
import { findDueReminders, markReminded, nextReminderAt } from '../db/promises';
import { LOG_REVISION_KEY } from '../db/names';
import type { RadarDb } from '../db/schema';
import { isSnoozed } from '../escalation-status';
import { logError } from '../log';
import { loadSettings } from '../settings/store';
import { syncBadge } from './badge';
import type { BackgroundDeps } from './handlers';
import {
  clearAllNotifications,
  deliverPendingNotifications,
  escalationIdFromNotification,
  latestGrouped,
  notifyReminder,
  refreshSummary,
  SUMMARY_NOTIFICATION_ID,
} from './notify';
import { acceptPort } from './port';
import { broadcastMarksChanged, revealConversation } from './reveal';
import { routeOneOffMessage } from './router';
import { onInstalled } from './welcome';

const DAY = 24 * 60 * 60_000;
export const ALARMS = {
  reminders: 'reminders',
  maintenance: 'maintenance',
  snooze: 'snooze-end',
} as const;

export function createDeps(db: RadarDb, now: () => number = Date.now): BackgroundDeps {
  const deps: BackgroundDeps = {
    db,
    now,
    loadSettings,
    afterChange: async (answered) => {
      await bumpLogRevision();
      await syncBadge(db, now());
      await scheduleAlarms(db, now());
      await refreshSummary(db, now());
      await broadcastMarksChanged(answered);
    },
    notifyPending: async () => {
      try {
        await deliverPendingNotifications(db, await loadSettings(), now());
      } catch (error) {
        // Still pending in the database: the next report or the next start-up delivers it.
        logError('notifications', error);
      }
    },
    clearNotifications: clearAllNotifications,
    reveal: async (id) => {
      const row = await db.escalations.get(id);
      return row ? revealConversation(row) : false;
    },
    recordHealth: async (sender, data) => {
      if (sender.kind !== 'content') return;
      const row = {
        tabId: sender.tabId,
        platform: data.platform,
        state: data.health.state,
        missing: data.health.state === 'unrecognised' ? data.health.missing : [],
        reportedAt: now(),
      };
      // Each page load reports its health; a tab that says what it said before (a reload, the
      // site's own navigation) changes nothing the pages or the badge show: nothing is written.
      const before = await db.tabHealth.get(row.tabId);
      if (
        before?.platform === row.platform &&
        before.state === row.state &&
        before.missing.join('\n') === row.missing.join('\n')
      )
        return;
      await db.tabHealth.put(row);
      await bumpLogRevision();
      // The badge's tooltip names only the tabs whose page is not recognised.
      if (before?.state === 'unrecognised' || row.state === 'unrecognised')
        await syncBadge(db, now());
    },
    learningChanged: bumpLogRevision,
  };
  return deps;
}

/** Tells the extension pages (popup, options) to re-read the log; see LOG_REVISION_KEY. */
async function bumpLogRevision(): Promise<void> {
  await browser.storage.local.set({ [LOG_REVISION_KEY]: Date.now() });
}

/** Schedules the next reminder and the end of the earliest snooze. */
export async function scheduleAlarms(db: RadarDb, now: number): Promise<void> {
  const settings = await loadSettings();
  const next = await nextReminderAt(db, now, settings.reminderLeadMinutes * 60_000);
  if (next === undefined) await browser.alarms.clear(ALARMS.reminders);
  else await browser.alarms.create(ALARMS.reminders, { when: next });
  const snoozed = await db.escalations
    .where('status')
    .equals('open')
    .filter((row) => isSnoozed(row, now))
    .toArray();
  const wake = Math.min(...snoozed.map((r) => r.snoozedUntil ?? Infinity));
  if (Number.isFinite(wake)) await browser.alarms.create(ALARMS.snooze, { when: wake + 1000 });
}

/** Sends due reminders; returns how many were sent. */
export async function runReminders(db: RadarDb, now: number): Promise<number> {
  const settings = await loadSettings();
  const due = await findDueReminders(db, now, settings.reminderLeadMinutes * 60_000);
  for (const { row, kind } of due) {
    if (row.id === undefined) continue;
    if (settings.notifications.enabled) await notifyReminder({ ...row, id: row.id }, kind);
    await markReminded(db, row.id, kind);
  }
  return due.length;
}

export async function runMaintenance(db: RadarDb, now: number): Promise<void> {
  const settings = await loadSettings();
  await deleteOlderThan(db, now - settings.retentionDays * DAY);
  // Tab health rows of tabs that no longer exist.
  const tabs = new Set((await browser.tabs.query({})).map((t) => t.id));
  await db.tabHealth.filter((row) => !tabs.has(row.tabId)).delete();
}

export function startBackground(
  db: RadarDb,
  now: () => number = Date.now,
): BackgroundDeps & { started: Promise<void> } {
  const deps = createDeps(db, now);
  const identity = { id: browser.runtime.id, base: browser.runtime.getURL('/') };

  // One-off messages come from our own pages; the content scripts send over a port of their own
  // (port.ts), and their one-off messages are refused.
  // The polyfill's contract: a listener answers by returning a promise.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- see above
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    routeOneOffMessage(message, sender, identity, deps),
  );
  browser.runtime.onConnect.addListener((port) => {
    acceptPort(port, identity, deps);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    const task = async () => {
      if (alarm.name === ALARMS.reminders) await runReminders(db, now());
      if (alarm.name === ALARMS.maintenance) await runMaintenance(db, now());
      await bumpLogRevision();
      await syncBadge(db, now());
      await scheduleAlarms(db, now());
      if (alarm.name === ALARMS.snooze) await broadcastMarksChanged();
    };
    task().catch((error: unknown) => {
      logError('alarm', alarm.name, error);
    });
  });

  browser.notifications.onClicked.addListener((notificationId) => {
    const target =
      notificationId === SUMMARY_NOTIFICATION_ID
        ? latestGrouped(db, now()).then((row) => row?.id)
        : Promise.resolve(escalationIdFromNotification(notificationId));
    target
      .then((id) => (id === undefined ? false : deps.reveal(id)))
      .then(() => browser.notifications.clear(notificationId))
      .catch((error: unknown) => {
        logError('notification click', error);
      });
  });

  browser.runtime.onInstalled.addListener((details) => {
    onInstalled(details).catch((error: unknown) => {
      logError('installed', error);
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    db.tabHealth.delete(tabId).catch((error: unknown) => {
      logError('tab closed', error);
    });
  });

  const startUp = async () => {
    // Chrome starts the worker again after each idle stop: creating the alarm anew would replace
    // it, due a minute later, and that alarm would start the worker again, every minute or so.
    if (!(await browser.alarms.get(ALARMS.maintenance)))
      await browser.alarms.create(ALARMS.maintenance, { periodInMinutes: 60, delayInMinutes: 1 });
    // Notifications a stopped worker left pending are delivered first.
    await deps.notifyPending();
    await runMaintenance(db, now());
    await syncBadge(db, now());
    await scheduleAlarms(db, now());
  };
  const started = startUp().catch((error: unknown) => {
    logError('start-up', error);
  });
  return { ...deps, started };
}
