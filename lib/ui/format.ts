/**
 * Times as the popup shows them: how long ago an escalation came in ("5 min ago") and when its
 * promise runs out ("14:30", "Tue 09:00"). Pure: the clock and the locale are passed in.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Building an Intl formatter costs far more than using one; the popup formats hundreds of times.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    `d|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago" in the given locale. */
export function formatAge(at: number, now: number, locale: string): string {
  const elapsed = Math.max(0, now - at);
  const format = cached(
    `r|${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }),
  );
  if (elapsed < MINUTE) return format.format(0, 'second');
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return format.format(-Math.floor(elapsed / DAY), 'day');
}

/** The due time: just the time when it is today, otherwise weekday (or date) and time. */
export function formatDue(at: number, now: number, locale: string, timeZone?: string): string {
  const sameDay =
    dateFormat('en-CA', { timeZone, dateStyle: 'short' }).format(at) ===
    dateFormat('en-CA', { timeZone, dateStyle: 'short' }).format(now);
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit', timeZone }
    : Math.abs(at - now) < 6 * DAY
      ? { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone }
      : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone };
  return dateFormat(locale, options).format(at);
}

/** Full date and time, for titles and exports. */
export function formatDateTime(at: number, locale: string, timeZone?: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

/** A duration in the largest sensible unit: "45 min", "3.5 h", "2 d". */
export function formatDuration(ms: number, locale: string): string {
  const number = (value: number, unit: 'minute' | 'hour' | 'day') =>
    cached(
      `n|${locale}|${unit}`,
      () =>
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit,
          unitDisplay: 'short',
          maximumFractionDigits: 1,
        }),
    ).format(value);
  if (ms < HOUR) return number(Math.round(ms / MINUTE), 'minute');
  if (ms < 2 * DAY) return number(Math.round((ms / HOUR) * 10) / 10, 'hour');
  return number(Math.round((ms / DAY) * 10) / 10, 'day');
}

export function isOverdue(dueAt: number | undefined, now: number): boolean {
  return dueAt !== undefined && dueAt < now;
}
