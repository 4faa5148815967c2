/**
 * Category names for the background and the content scripts, through the browser's _locales
 * catalogue. No English fallback (category-labels.ts has one for the pages' components and the
 * tests): the browser answers a message the owner's language lacks from the default (English)
 * catalogue, which holds every category, so these scripts do not carry the names twice.
 */
import type { Category } from './classifier/types';
import { t } from './i18n';

/** The interface language does not change while a page lives: look each label up once. */
const labels = new Map<Category, string>();

export function categoryLabel(category: Category): string {
  let label = labels.get(category);
  if (label === undefined) {
    label = t(`category_${category}`);
    labels.set(category, label);
  }
  return label;
}
