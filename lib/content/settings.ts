/**
 * The little of the owner's settings a tab needs: the business time zone the banner states the
 * promised reply time in. Everything else (triggers, templates, business hours, FAQ) is used by
 * the background, which classifies and drafts; so the tab reads this one field from the stored
 * document instead of carrying the settings validator. A missing or odd value falls back to the
 * browser's own zone, as fresh settings do.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../settings/store';

export interface ContentSettings {
  /** IANA time zone, e.g. "America/Sao_Paulo". */
  timeZone: string;
}

function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // A runtime without time zone data.
    return 'UTC';
  }
}

/** The fields a tab uses, read from a stored settings document (anything at all). */
export function contentSettingsOf(stored: unknown): ContentSettings {
  const hours =
    typeof stored === 'object' && stored !== null
      ? (stored as { businessHours?: unknown }).businessHours
      : undefined;
  const zone =
    typeof hours === 'object' && hours !== null
      ? (hours as { timeZone?: unknown }).timeZone
      : undefined;
  return { timeZone: typeof zone === 'string' && zone !== '' ? zone : browserZone() };
}

export async function loadContentSettings(): Promise<ContentSettings> {
  const record = await browser.storage.local.get(SETTINGS_KEY);
  return contentSettingsOf(record[SETTINGS_KEY]);
}

/** Calls `listener` whenever the stored settings change. Returns the unsubscribe function. */
export function watchContentSettings(listener: (settings: ContentSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    listener(contentSettingsOf(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
  };
}
