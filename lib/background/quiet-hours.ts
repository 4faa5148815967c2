/** Whether a moment falls in the owner's quiet hours ("HH:MM" to "HH:MM", may cross midnight). Pure. */
export function isQuietTime(
  quiet: { start: string; end: string } | null,
  minutesOfDay: number,
): boolean {
  if (!quiet) return false;
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  if (start === end) return false;
  return start < end
    ? minutesOfDay >= start && minutesOfDay < end
    : minutesOfDay >= start || minutesOfDay < end;
}

/** Minutes since local midnight of the browser's time zone. */
export function localMinutes(now: number): number {
  const date = new Date(now);
  return date.getHours() * 60 + date.getMinutes();
}
