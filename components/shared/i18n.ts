/**
 * How components get their words: a translate function and the locale, provided once by the page
 * (from browser.i18n) and by tests (from the English catalogue). Components never call the browser.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { categoryLabelFrom } from '@/lib/category-labels';
import type { Category } from '@/lib/classifier/types';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface UiText {
  t: Translate;
  /** BCP 47 tag for dates and numbers, e.g. "pt-BR". */
  locale: string;
}

export const UiTextContext = createContext<UiText>({ t: (key) => key, locale: 'en' });

export function useUiText(): UiText {
  return useContext(UiTextContext);
}

export function categoryText(t: Translate, category: Category): string {
  return categoryLabelFrom(t, category);
}
