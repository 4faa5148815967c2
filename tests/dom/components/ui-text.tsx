// Renders components with the English catalogue, read from public/_locales the way browser.i18n
// reads it (named placeholders whose content is $1, $2, …).
import { render } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentChildren } from 'preact';
import { UiTextContext, type UiText } from '../../../components/shared/i18n';
import { translatorIn, type CatalogueLocale } from '../../shared/catalogue';

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

const catalogue = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Catalogue;

export function translate(key: string, substitutions: string | string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return key;
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

export const englishText: UiText = { t: translate, locale: 'en-GB' };

export function renderUi(children: ComponentChildren) {
  return render(<UiTextContext.Provider value={englishText}>{children}</UiTextContext.Provider>);
}

/** Renders with one of the real catalogues and its language's conventions. */
export function renderUiIn(locale: CatalogueLocale, children: ComponentChildren) {
  const text: UiText = {
    t: translatorIn(locale),
    locale: locale === 'pt_BR' ? 'pt-BR' : locale,
  };
  return render(<UiTextContext.Provider value={text}>{children}</UiTextContext.Provider>);
}
