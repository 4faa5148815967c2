/**
 * Category names in plain words for notifications, page marks and the banner, through the
 * _locales catalogue, with English as the fallback when a message is missing.
 */
import type { Category } from './classifier/types';
import { t } from './i18n';

const ENGLISH: Record<Category, string> = {
  human_request: 'Asks for a person',
  complaint: 'Complaint',
  emotional: 'Upset or worried',
  high_value: 'Big order',
  knowledge_gap: 'Unanswered question',
};

/** The interface language does not change while a page lives: look each label up once. */
const labels = new Map<Category, string>();

export function categoryLabel(category: Category): string {
  let label = labels.get(category);
  if (label === undefined) {
    const key = `category_${category}`;
    const localised = t(key);
    label = localised === key ? ENGLISH[category] : localised;
    labels.set(category, label);
  }
  return label;
}
