/**
 * Interface text through browser.i18n (public/_locales/<lang>/messages.json), which follows the
 * browser's language. Returns the key itself when a message is missing, so a gap is visible
 * instead of blank.
 */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  let message = '';
  try {
    // WXT types getMessage with the catalogue's keys; keys here are built at run time.
    const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (
      name: string,
      subs?: string | string[],
    ) => string;
    message = getMessage(key, substitutions);
  } catch {
    // No i18n in this context (unit tests with the fake browser): fall through to the key.
  }
  return message || key;
}

/**
 * The text of each key, from the catalogue's `prefix` + key (`texts('banner_', ['insert'])` reads
 * `banner_insert`): one list of names instead of each name written twice.
 */
export function texts<K extends string>(prefix: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(prefix + key)])) as Record<K, string>;
}

/** The interface language as a BCP 47 tag ("pt-BR"), "en" where the browser cannot say. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    // No i18n in this context (unit tests with the fake browser).
    return 'en';
  }
}
