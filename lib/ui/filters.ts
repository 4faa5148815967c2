/**
 * What the popup's filter bar selects, and the pure test of one log row against it. The database
 * query (lib/db/log-queries.ts) picks the index from the status; everything else is this predicate.
 * Search ignores case and accents and looks at customer, excerpt, reasons and draft.
 */
import type { Category } from '../classifier/types';
import type { EscalationRow, EscalationStatus } from '../db/schema';
import type { Platform } from '../platforms/types';

export type StatusFilter = 'all' | EscalationStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'open', 'resolved', 'dismissed'];

export interface LogFilters {
  status: StatusFilter;
  category: Category | 'all';
  platform: Platform | 'all';
  search: string;
}

export const DEFAULT_FILTERS: LogFilters = {
  status: 'all',
  category: 'all',
  platform: 'all',
  search: '',
};

export type FilterableRow = Pick<
  EscalationRow,
  'status' | 'category' | 'categories' | 'platform' | 'customer' | 'excerpt' | 'reasons' | 'draft'
>;

/** Lower case without diacritics, so "AÇÃO" finds "acao". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function isFiltered(filters: LogFilters): boolean {
  return (
    filters.status !== 'all' ||
    filters.category !== 'all' ||
    filters.platform !== 'all' ||
    filters.search.trim() !== ''
  );
}

/** A predicate for `filters`, with the search text folded once rather than per row. */
export function rowMatcher(filters: LogFilters): (row: FilterableRow) => boolean {
  const words = foldText(filters.search).split(/\s+/).filter(Boolean);
  return (row) => {
    if (filters.status !== 'all' && row.status !== filters.status) return false;
    if (filters.platform !== 'all' && row.platform !== filters.platform) return false;
    if (
      filters.category !== 'all' &&
      row.category !== filters.category &&
      !row.categories.includes(filters.category)
    ) {
      return false;
    }
    if (words.length === 0) return true;
    const haystack = foldText([row.customer, row.excerpt, row.draft, ...row.reasons].join('\n'));
    return words.every((word) => haystack.includes(word));
  };
}

/**
 * The row test a page query needs beyond the status (which picks the index), or undefined when
 * every row of that status matches: the query can then read rows without testing each.
 */
export function pageMatcher(filters: LogFilters): ((row: FilterableRow) => boolean) | undefined {
  return isFiltered({ ...filters, status: 'all' }) ? rowMatcher(filters) : undefined;
}
