/**
 * One colour per category, shared by the toolbar badge, the marks on the sites' chat lists, the
 * banner, the popup, the options page and the stats bars, so the owner sees the same colour for the
 * same reason everywhere (the pages' stylesheet repeats these values; a unit test keeps them
 * equal). Each is a fill under white text, at least 4.5:1 against white, and at least 3:1 against
 * the dark backgrounds it sits on, so one colour serves light and dark themes. Pure data.
 */
import type { Category } from './classifier/types';

export const CATEGORY_COLOURS: Record<Category, string> = {
  human_request: '#c62828',
  complaint: '#b84a00',
  emotional: '#8f4bbf',
  high_value: '#2e7d32',
  knowledge_gap: '#1565c0',
};
