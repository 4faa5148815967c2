/**
 * Category names for the background and the content scripts, through the browser's _locales
 * catalogue (see category-labels.ts for the lookup and its English fallback).
 */
import { categoryLabelFrom } from './category-labels';
import type { Category } from './classifier/types';
import { t } from './i18n';

/** The interface language does not change while a page lives: look each label up once. */
const labels = new Map<Category, string>();

export function categoryLabel(category: Category): string {
  let label = labels.get(category);
  if (label === undefined) {
    label = categoryLabelFrom(t, category);
    labels.set(category, label);
  }
  return label;
}
