/**
 * Desktop notifications: one per new escalation (a burst from one conversation merges into one
 * escalation, so into one notification), respecting the per-category switches and quiet hours;
 * reminders before and after a promise runs out. Notification ids carry the escalation id so a
 * click can reveal the right conversation and repeats replace each other.
 */
import { browser } from 'wxt/browser';
import type { EscalationRow } from '../db/schema';
import type { Settings } from '../settings/types';
import { t } from '../i18n';
import { categoryLabel } from '../labels';
import { isQuietTime, localMinutes } from './quiet-hours';

const ICON = 'icon/128.png';

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
    title: `${who(row)}: ${categoryLabel(row.category)}`,
    message: `${reason}\n“${row.excerpt.slice(0, 120)}”`,
  });
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
    title:
      kind === 'overdue'
        ? t('notify_reminderOverdue', who(row))
        : t('notify_reminderBefore', [who(row), clock(due)]),
    message: `${categoryLabel(row.category)}: “${row.excerpt.slice(0, 120)}”`,
  });
}
