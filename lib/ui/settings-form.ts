/**
 * Helpers of the options form: the textareas edit lists one item a line, the form keeps what the
 * owner typed as is (blank lines included, so the cursor never jumps), and `cleanSettings` tidies
 * the document before it is validated and saved or used for a preview. Pure.
 */
import { CATEGORIES } from '../classifier/types';
import type { Settings } from '../settings/types';

export function listToLines(items: readonly string[]): string {
  return items.join('\n');
}

export function linesToList(text: string): string[] {
  return text.split('\n');
}

function tidy(items: readonly string[]): string[] {
  return [...new Set(items.map((item) => item.trim()).filter((item) => item !== ''))];
}

/** The draft with blank phrases, empty FAQ entries and repeated dates removed. */
export function cleanSettings(draft: Settings): Settings {
  const settings = structuredClone(draft);
  for (const category of CATEGORIES) {
    settings.triggers[category].add = tidy(settings.triggers[category].add);
    settings.triggers[category].mute = tidy(settings.triggers[category].mute);
  }
  settings.knowledgeBase = settings.knowledgeBase.filter(
    (entry) => entry.question.trim() !== '' || entry.answer.trim() !== '',
  );
  settings.businessHours.closedDates = tidy(settings.businessHours.closedDates).sort();
  return settings;
}

/** The settings file the owner downloads: the whole document, readable. */
export function settingsFileText(settings: Settings): string {
  return JSON.stringify(settings, null, 2) + '\n';
}

export function settingsFileName(now: number): string {
  return `escalation-radar-settings-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** The time zones the browser knows, for the time-zone picker (a short list if it cannot say). */
export function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    // Older runtimes lack supportedValuesOf: offer the zones of the markets we know best.
    return ['UTC', 'America/Sao_Paulo', 'Europe/Madrid', 'Europe/London', 'America/Mexico_City'];
  }
}

/** Whether two documents differ (the form shows "unsaved changes"). */
export function isSameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
