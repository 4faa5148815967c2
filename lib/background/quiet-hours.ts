/** Whether a moment falls in the owner's quiet hours ("HH:MM" to "HH:MM", may cross midnight). Pure. */
import { parseClock } from '../settings/clock';

export function isQuietTime(
  quiet: { start: string; end: string } | null,
  minutesOfDay: number,
): boolean {
  if (!quiet) return false;
  const start = parseClock(quiet.start);
  const end = parseClock(quiet.end);
  if (start === undefined || end === undefined || start === end) return false;
  return start < end
    ? minutesOfDay >= start && minutesOfDay < end
    : minutesOfDay >= start || minutesOfDay < end;
}

/** Minutes since local midnight of the browser's time zone. */
export function localMinutes(now: number): number {
  const date = new Date(now);
  return date.getHours() * 60 + date.getMinutes();
}
