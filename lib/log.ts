/**
 * The one place that writes to the console. Every line carries the extension prefix and the area,
 * so a report from an owner's console points at the feature.
 */
const PREFIX = '[escalation-radar]';

export function logWarn(area: string, ...details: unknown[]): void {
  console.warn(PREFIX, area, ...details);
}

export function logError(area: string, ...details: unknown[]): void {
  console.error(PREFIX, area, ...details);
}
