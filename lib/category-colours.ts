/**
 * One colour per category, shared by the toolbar badge, the marks on the sites' chat lists and
 * the banner, so the owner sees the same colour for the same reason everywhere. Pure data.
 */
import type { Category } from './classifier/types';

export const CATEGORY_COLOURS: Record<Category, string> = {
  human_request: '#c62828',
  complaint: '#d84315',
  emotional: '#7b1fa2',
  high_value: '#2e7d32',
  knowledge_gap: '#1565c0',
};
