/**
 * The promise of a handoff: when the customer will hear back, computed from the owner's business
 * hours, time zone, closed dates and promised response times, and never later or sooner than those
 * settings allow. Promised minutes are counted in opening hours only:
 * - open now and the in-hours time fits before closing: due = now + inHoursMinutes ("within 2 hours");
 * - open now but the time would run past closing: the minutes left over continue from the next
 *   opening ("tomorrow by 10:30" when 90 minutes are left at closing and the shop opens at 9:00);
 * - closed now: due = next opening + outOfHoursMinutes, again counted in opening hours.
 * A due time that is not a whole minute is brought forward to the minute, so the phrase is true.
 * When the deadline does not fall within the next 14 days (everything closed, or an unknown time
 * zone), nothing specific is promised: "as soon as possible" with no `dueAt`.
 */
import type { Lang } from '../classifier/types';
import { parseClock } from '../settings/clock';
import type { BusinessHours, ResponseTimes } from '../settings/types';
import { asapPhrase, deadlinePhrase, withinPhrase } from './phrases';
import { addDays, daysBetween, isoDate, localParts, wallToUtc, weekdayOf } from './time';

export interface HandoffPromise {
  /** Epoch ms of the deadline; absent when nothing specific can be promised. */
  dueAt?: number;
  /** Words to put after "you'll hear back …", in `lang`. */
  phrase: string;
}

/** How many days ahead the drafter looks for opening hours before promising nothing specific. */
export const HORIZON_DAYS = 14;
const MINUTE = 60_000;

interface Interval {
  start: number;
  end: number;
}

/** Opening intervals from `now` on (the current one clipped to start at `now`), day by day. */
function openIntervals(now: number, hours: BusinessHours): Interval[] {
  const today = localParts(now, hours.timeZone);
  const closed = new Set(hours.closedDates);
  const intervals: Interval[] = [];
  for (let i = 0; i <= HORIZON_DAYS; i++) {
    const date = addDays(today, i);
    const day = hours.week[weekdayOf(date)];
    if (!day || closed.has(isoDate(date))) continue;
    const open = parseClock(day.open);
    const close = parseClock(day.close);
    if (open === undefined || close === undefined || close <= open) continue;
    const start = wallToUtc(date, open, hours.timeZone);
    const end = wallToUtc(date, close, hours.timeZone);
    if (end > now && end > start) intervals.push({ start: Math.max(start, now), end });
  }
  return intervals;
}

/** The instant at which `minutes` of opening time, counted from `from`, have passed. */
function consume(intervals: Interval[], from: number, minutes: number): number | undefined {
  let left = minutes * MINUTE;
  for (const { start, end } of intervals) {
    const begin = Math.max(start, from);
    if (begin >= end) continue;
    if (begin + left <= end) return begin + left;
    left -= end - begin;
  }
  return undefined;
}

const zoneValidity = new Map<string, boolean>();

/** Whether the runtime knows the zone; remembered, since building a formatter is costly. */
function validZone(timeZone: string): boolean {
  let valid = zoneValidity.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      // RangeError: unknown time zone.
      valid = false;
    }
    zoneValidity.set(timeZone, valid);
  }
  return valid;
}

export function computePromise(
  now: number,
  hours: BusinessHours,
  times: ResponseTimes,
  lang: Lang,
): HandoffPromise {
  const nothingSpecific = { phrase: asapPhrase(lang) };
  if (!validZone(hours.timeZone)) return nothingSpecific;
  const intervals = openIntervals(now, hours);
  const current = intervals[0];
  const openNow = current !== undefined && current.start <= now;
  if (openNow && now + times.inHoursMinutes * MINUTE <= current.end) {
    return {
      dueAt: now + times.inHoursMinutes * MINUTE,
      phrase: withinPhrase(times.inHoursMinutes, lang),
    };
  }
  const exact = openNow
    ? consume(intervals, now, times.inHoursMinutes)
    : consume(intervals, current?.start ?? now, times.outOfHoursMinutes);
  if (exact === undefined) return nothingSpecific;
  const dueAt = Math.floor(exact / MINUTE) * MINUTE;
  const due = localParts(dueAt, hours.timeZone);
  const daysAhead = daysBetween(localParts(now, hours.timeZone), due);
  if (daysAhead > HORIZON_DAYS) return nothingSpecific;
  return { dueAt, phrase: deadlinePhrase(due, daysAhead, lang) };
}

/**
 * A promise's due time in the words the drafts use ("today by 14:30", "amanhã até as 9:00",
 * "el lunes antes de las 10:00"), seen from `now` in the business time zone: how the banner and
 * the popup state the promise so it reads like the reply the customer got. A due time already
 * past is worded the same way ("yesterday by 17:00", "on Monday by 10:00").
 */
export function dueAtPhrase(dueAt: number, now: number, timeZone: string, lang: Lang): string {
  const zone = validZone(timeZone) ? timeZone : 'UTC';
  const due = localParts(dueAt, zone);
  return deadlinePhrase(due, daysBetween(localParts(now, zone), due), lang);
}
