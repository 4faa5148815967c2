import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  foldText,
  isFiltered,
  pageMatcher,
  rowMatcher,
} from '../../../lib/ui/filters';
import { makeRow } from './rows';

describe('rowMatcher', () => {
  it('matches everything with the default filters', () => {
    expect(rowMatcher(DEFAULT_FILTERS)(makeRow())).toBe(true);
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
  });

  it.each([
    [{ status: 'resolved' as const }, false],
    [{ status: 'open' as const }, true],
    [{ platform: 'instagram' as const }, false],
    [{ category: 'complaint' as const }, true],
    [{ category: 'emotional' as const }, true],
    [{ category: 'high_value' as const }, false],
  ])('applies %o', (change, expected) => {
    const row = makeRow({ categories: ['complaint', 'emotional'] });
    expect(rowMatcher({ ...DEFAULT_FILTERS, ...change })(row)).toBe(expected);
  });

  it('searches customer, excerpt, reasons and draft ignoring case and accents', () => {
    const row = makeRow({ customer: 'João Gonçalves', excerpt: 'Quero falar com ATENDENTE' });
    const search = (text: string) => rowMatcher({ ...DEFAULT_FILTERS, search: text })(row);
    expect(search('joao')).toBe(true);
    expect(search('atendente joão')).toBe(true);
    expect(search('quebrado')).toBe(true); // in the reasons
    expect(search('marta')).toBe(true); // in the draft
    expect(search('refund')).toBe(false);
    expect(search('   ')).toBe(true);
  });

  it('folds accents and case', () => {
    expect(foldText('AÇÃO Ñandú')).toBe('acao nandu');
  });
});

describe('pageMatcher', () => {
  it('has no row test when only the status is chosen (the query picks the index by status)', () => {
    expect(pageMatcher(DEFAULT_FILTERS)).toBeUndefined();
    expect(pageMatcher({ ...DEFAULT_FILTERS, status: 'resolved', search: '  ' })).toBeUndefined();
  });

  it.each([
    { platform: 'instagram' as const },
    { category: 'complaint' as const },
    { search: 'x' },
  ])('tests rows as rowMatcher does for %o', (change) => {
    const filters = { ...DEFAULT_FILTERS, ...change };
    const rows = [
      makeRow(),
      makeRow({ platform: 'instagram', customer: 'x' }),
      makeRow({ category: 'emotional', categories: ['emotional'] }),
    ];
    const match = pageMatcher(filters);
    expect(match).toBeDefined();
    expect(rows.map((row) => match?.(row))).toEqual(rows.map(rowMatcher(filters)));
  });
});
