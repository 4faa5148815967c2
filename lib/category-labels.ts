/**
 * A category's name in plain words: the `category_<name>` message of the interface catalogue,
 * with English when the catalogue lacks it. The one lookup behind notifications, page marks, the
 * banner and the popup and options components; each caller passes its own translate function
 * (browser.i18n in the extension, the English catalogue in tests). Pure.
 */
import type { Category } from './classifier/types';

const ENGLISH: Record<Category, string> = {
  human_request: 'Asks for a person',
  complaint: 'Complaint',
  emotional: 'Upset or worried',
  high_value: 'Big order',
  knowledge_gap: 'Unanswered question',
};

/** `translate` returns the key itself (or an empty string) when it has no message for it. */
export function categoryLabelFrom(translate: (key: string) => string, category: Category): string {
  const key = `category_${category}`;
  const text = translate(key);
  return text === '' || text === key ? ENGLISH[category] : text;
}
