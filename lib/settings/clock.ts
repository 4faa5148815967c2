/**
 * The settings' times of day ("HH:MM", 24-hour, 00:00 to 23:59): opening hours and quiet hours.
 * One parser for the validator, the drafter's promise and the background's quiet hours. Pure.
 */

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for a valid "HH:MM", otherwise undefined. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function isClock(text: string): boolean {
  return CLOCK.test(text);
}
