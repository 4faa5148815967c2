/**
 * The one place that writes to the console. Every line carries the extension prefix and the area,
 * so a report from an owner's console points at the feature. Debug lines only in development builds.
 */
const PREFIX = '[escalation-radar]';
const isDebug = import.meta.env.DEV;

export function logDebug(area: string, ...details: unknown[]): void {
  if (isDebug) console.debug(PREFIX, area, ...details);
}

export function logWarn(area: string, ...details: unknown[]): void {
  console.warn(PREFIX, area, ...details);
}

export function logError(area: string, ...details: unknown[]): void {
  console.error(PREFIX, area, ...details);
}

/** Runs `task`, logging instead of throwing, for top-level wiring where nobody awaits. */
export async function guard(area: string, task: () => unknown): Promise<void> {
  try {
    await task();
  } catch (error) {
    logError(area, error);
  }
}
