/**
 * Where the settings live: one versioned document under one key of browser.storage.local. Every
 * write is validated first, so storage never holds a document the rest of the code cannot read;
 * a stored document from an older version is migrated on read. Holds no customer data.
 */
import { browser } from 'wxt/browser';
import { logWarn } from '../log';
import { defaultSettings } from './defaults';
import type { Settings } from './types';
import { failed, parseSettingsDocument, type SettingsResult } from './validate';

export const SETTINGS_KEY = 'settings';

/** Upgrades an older stored document to the current version. Version 1 is the first. */
function migrate(stored: unknown): unknown {
  return stored;
}

export async function loadSettings(): Promise<Settings> {
  const record = await browser.storage.local.get(SETTINGS_KEY);
  const stored = record[SETTINGS_KEY];
  if (stored === undefined) return defaultSettings();
  const result = parseSettingsDocument(migrate(stored));
  if (result.ok) return result.settings;
  logWarn('settings', 'stored settings are invalid, using defaults', result.errors);
  return defaultSettings();
}

/**
 * Validates and stores a whole or partial document. On error nothing is written. A failure of the
 * storage itself (quota, disk) is returned as a problem like a validation error, so the page
 * that asked shows it instead of failing silently.
 */
export async function saveSettings(document: unknown): Promise<SettingsResult> {
  const result = parseSettingsDocument(document);
  if (!result.ok) return result;
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: result.settings });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed([
      {
        path: 'settings',
        code: 'storage_failed',
        message: `the settings could not be stored: ${reason}`,
        detail: reason,
      },
    ]);
  }
  return result;
}

/** Calls `listener` with the new settings whenever they change. Returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const result = parseSettingsDocument(migrate(changes[SETTINGS_KEY].newValue ?? {}));
    listener(result.ok ? result.settings : defaultSettings());
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
  };
}
