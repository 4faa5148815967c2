/**
 * The category colour as a CSS custom property (`--cat`) for a card, pill or stripe, taken from
 * the one colour table the page marks and the badge use, so a category looks the same everywhere.
 */
import { CATEGORY_COLOURS } from '@/lib/category-colours';
import type { Category } from '@/lib/classifier/types';

export function categoryStyle(category: Category): Record<string, string> {
  return { '--cat': CATEGORY_COLOURS[category] };
}
