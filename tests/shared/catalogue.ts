// The extension's message catalogues, read from public/_locales the way browser.i18n reads them
// (named placeholders whose content is $1, $2, …), for tests that check text in each language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export type CatalogueLocale = 'en' | 'pt_BR' | 'es';

const loaded = new Map<CatalogueLocale, Catalogue>();

function catalogue(locale: CatalogueLocale): Catalogue {
  let found = loaded.get(locale);
  if (!found) {
    const path = join(import.meta.dirname, `../../public/_locales/${locale}/messages.json`);
    found = JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
    loaded.set(locale, found);
  }
  return found;
}

/** browser.i18n.getMessage over one catalogue: '' for a missing key, as the browser answers. */
export function getMessageIn(
  locale: CatalogueLocale,
): (key: string, substitutions?: string | string[]) => string {
  return (key, substitutions = []) => {
    const entry = catalogue(locale)[key];
    if (!entry) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}

/** Like getMessageIn, but a missing key comes back as itself (the pages' `t`). */
export function translatorIn(
  locale: CatalogueLocale,
): (key: string, substitutions?: string | string[]) => string {
  const get = getMessageIn(locale);
  return (key, substitutions) => get(key, substitutions) || key;
}
