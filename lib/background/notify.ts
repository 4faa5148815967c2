/**
 * Desktop notifications: one per new escalation (a burst from one conversation merges into one
 * escalation, so into one notification), respecting the per-category switches and quiet hours;
 * reminders before and after a promise runs out. Notification ids carry the escalation id so a
 * click can reveal the right conversation and repeats replace each other.
 *
 * Exactly once: a new escalation's row is written with its notification 'pending'; delivery reads
 * the pending rows, shows them and records the outcome on the row. Whatever fails after the write
 * (or a worker that is stopped midway) leaves the row pending, and the next report or the next
 * start-up delivers it; showing it twice would only replace the notification with the same id.
 *
 * Grouped: at most INDIVIDUAL_PER_MINUTE individual notifications per minute; beyond that the
 * escalations are counted in one summary notification ("12 more conversations need you") that is
 * replaced, not stacked. Every escalation is logged either way.
 */
import { browser } from 'wxt/browser';
import type { EscalationRow, NotifyState, RadarDb } from '../db/schema';
import type { Settings } from '../settings/types';
import { t } from '../i18n';
import { categoryLabel } from '../labels';
import { isQuietTime, localMinutes } from './quiet-hours';

const ICON = 'icon/128.png';
export const INDIVIDUAL_PER_MINUTE = 3;
export const SUMMARY_NOTIFICATION_ID = 'escalation-summary';
const MINUTE = 60_000;

export function notificationId(kind: 'escalation' | 'reminder', id: number): string {
  return `${kind}:${id}`;
}

export function escalationIdFromNotification(notificationId: string): number | undefined {
  const match = /^(?:escalation|reminder):(\d+)$/.exec(notificationId);
  return match ? Number(match[1]) : undefined;
}

export function shouldNotify(row: EscalationRow, settings: Settings, now: number): boolean {
  const prefs = settings.notifications;
  if (!prefs.enabled) return false;
  if (!row.categories.some((c) => prefs.categories[c])) return false;
  return !isQuietTime(prefs.quietHours, localMinutes(now));
}

/**
 * Notification text is plain text in Chrome, but some desktop notification servers read a little
 * markup in it; angle brackets from customer names and messages are shown as look-alikes so
 * nothing a customer writes can become markup.
 */
export function plainNotificationText(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}

function who(row: EscalationRow): string {
  return (
    row.customer || (row.platform === 'whatsapp' ? 'A WhatsApp customer' : 'An Instagram customer')
  );
}

export async function notifyEscalation(row: EscalationRow & { id: number }): Promise<string> {
  const reason = row.reasons[0] ?? categoryLabel(row.category);
  return browser.notifications.create(notificationId('escalation', row.id), {
    type: 'basic',
    iconUrl: browser.runtime.getURL(`/${ICON}`),
    title: plainNotificationText(`${who(row)}: ${categoryLabel(row.category)}`),
    message: plainNotificationText(`${reason}\n“${row.excerpt.slice(0, 120)}”`),
  });
}

/** Open escalations plus anything detected in the last hour: where recent notifications are. */
async function recentAndOpen(
  db: RadarDb,
  now: number,
): Promise<(EscalationRow & { id: number })[]> {
  const [open, recent] = await Promise.all([
    db.escalations.where('status').equals('open').toArray(),
    db.escalations
      .where('detectedAt')
      .above(now - 60 * MINUTE)
      .toArray(),
  ]);
  const byId = new Map<number, EscalationRow & { id: number }>();
  for (const row of [...open, ...recent])
    if (row.id !== undefined) byId.set(row.id, { ...row, id: row.id });
  return [...byId.values()];
}

const isGroupedOpen = (row: EscalationRow, now: number) =>
  row.notify === 'grouped' && row.status === 'open' && !((row.snoozedUntil ?? 0) > now);

/** Shows, replaces or (at zero) clears the summary of escalations not notified one by one. */
async function showSummary(count: number): Promise<void> {
  if (count === 0) {
    await browser.notifications.clear(SUMMARY_NOTIFICATION_ID);
    return;
  }
  await browser.notifications.create(SUMMARY_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(`/${ICON}`),
    title: t('notify_summaryTitle', String(count)),
    message: t('notify_summaryMessage'),
  });
}

export interface Delivery {
  shown: number[];
  grouped: number[];
  skipped: number[];
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs deliveries one after another inside this worker, so two reports never race for a slot. */
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Delivers every pending notification of open escalations, oldest first: individually while fewer
 * than INDIVIDUAL_PER_MINUTE were shown in the last minute, then into the summary. The outcome is
 * written on each row after the notification was created.
 */
export function deliverPendingNotifications(
  db: RadarDb,
  settings: Settings,
  now: number,
): Promise<Delivery> {
  return serially(async () => {
    const rows = await recentAndOpen(db, now);
    const delivery: Delivery = { shown: [], grouped: [], skipped: [] };
    const pending = rows
      .filter((row) => row.notify === 'pending' && row.status === 'open')
      .sort((a, b) => a.id - b.id);
    if (pending.length === 0) return delivery;
    let recent = rows.filter(
      (row) => row.notify === 'shown' && (row.notifiedAt ?? 0) > now - MINUTE,
    ).length;
    const record = (id: number, notify: NotifyState) =>
      db.escalations.update(id, { notify, notifiedAt: now });
    for (const row of pending) {
      if (!shouldNotify(row, settings, now)) {
        await record(row.id, 'skipped');
        delivery.skipped.push(row.id);
      } else if (recent < INDIVIDUAL_PER_MINUTE) {
        await notifyEscalation(row);
        await record(row.id, 'shown');
        delivery.shown.push(row.id);
        recent += 1;
      } else {
        await record(row.id, 'grouped');
        delivery.grouped.push(row.id);
      }
    }
    if (delivery.grouped.length > 0) {
      const grouped = rows.filter(
        (row) => isGroupedOpen(row, now) || delivery.grouped.includes(row.id),
      );
      await showSummary(grouped.length);
    }
    return delivery;
  });
}

/** After escalations were closed: the summary shows the new count, or goes at zero. */
export async function refreshSummary(db: RadarDb, now: number): Promise<void> {
  const open = await db.escalations.where('status').equals('open').toArray();
  const grouped = open.filter((row) => isGroupedOpen(row, now)).length;
  if (grouped === 0) await browser.notifications.clear(SUMMARY_NOTIFICATION_ID);
}

/** The newest open escalation counted in the summary: where a click on the summary leads. */
export async function latestGrouped(db: RadarDb, now: number): Promise<EscalationRow | undefined> {
  const open = await db.escalations.where('status').equals('open').toArray();
  return open
    .filter((row) => isGroupedOpen(row, now))
    .sort((a, b) => b.detectedAt - a.detectedAt)[0];
}

/** "Delete all data": no notification naming a customer stays on screen. */
export async function clearAllNotifications(): Promise<void> {
  const shown = await browser.notifications.getAll();
  await Promise.all(Object.keys(shown).map((id) => browser.notifications.clear(id)));
}

function clock(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export async function notifyReminder(
  row: EscalationRow & { id: number },
  kind: 'before' | 'overdue',
): Promise<string> {
  const due = row.promiseDueAt ?? 0;
  return browser.notifications.create(notificationId('reminder', row.id), {
    type: 'basic',
    iconUrl: browser.runtime.getURL(`/${ICON}`),
    title: plainNotificationText(
      kind === 'overdue'
        ? t('notify_reminderOverdue', who(row))
        : t('notify_reminderBefore', [who(row), clock(due)]),
    ),
    message: plainNotificationText(
      `${categoryLabel(row.category)}: “${row.excerpt.slice(0, 120)}”`,
    ),
  });
}
