/**
 * Wall-clock arithmetic in the business time zone, for the promise computation. Reads local parts
 * of an instant with Intl.DateTimeFormat and turns a local wall-clock time back into an instant by
 * trying the offsets in force around it, so daylight-saving changes land on real instants. Pure:
 * no clock is read here; every instant is passed in.
 */
import { WEEKDAYS, type Weekday } from '../settings/types';

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalParts extends LocalDate {
  hour: number;
  minute: number;
  weekday: Weekday;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Monday-first weekday of a calendar date (the date itself, not an instant). */
export function weekdayOf(date: LocalDate): Weekday {
  const sundayFirst = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? 'mon';
}

export function localParts(at: number, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const date = { year: parts['year'] ?? 1970, month: parts['month'] ?? 1, day: parts['day'] ?? 1 };
  return {
    ...date,
    hour: (parts['hour'] ?? 0) % 24,
    minute: parts['minute'] ?? 0,
    weekday: weekdayOf(date),
  };
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole days from calendar date `a` to calendar date `b`. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / (24 * HOUR),
  );
}

export function isoDate(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Minutes the zone is ahead of UTC at instant `at` (seconds are ignored). */
function offsetMinutes(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(at / MINUTE) * MINUTE) / MINUTE);
}

/**
 * The instant at which clocks in `timeZone` show `date` at `minutes` after midnight. The offsets in
 * force 12 hours before and after are both tried. When both fit (the repeated hour of an autumn
 * change) the earlier instant wins; when neither fits (the skipped hour of a spring change) the wall
 * time is read as after the change, e.g. 02:30 on the night clocks jump from 02:00 to 03:00 is 03:30.
 */
export function wallToUtc(date: LocalDate, minutes: number, timeZone: string): number {
  const guess = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const candidates = [
    guess - offsetMinutes(guess - 12 * HOUR, timeZone) * MINUTE,
    guess - offsetMinutes(guess + 12 * HOUR, timeZone) * MINUTE,
  ].sort((a, b) => a - b);
  const fits = candidates.filter((c) => {
    const p = localParts(c, timeZone);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    return asUtc === guess;
  });
  return fits[0] ?? Math.max(...candidates);
}
