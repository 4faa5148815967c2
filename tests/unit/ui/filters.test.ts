import { describe, expect, it } from 'vitest';
import {
  compareLogRows,
  DEFAULT_FILTERS,
  foldText,
  isFiltered,
  rowMatcher,
} from '../../../lib/ui/filters';
import { makeRow, T0 } from './rows';

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

describe('compareLogRows', () => {
  it('puts open rows first, newest first within each group', () => {
    const rows = [
      makeRow({ id: 1, status: 'resolved', detectedAt: T0 + 5 }),
      makeRow({ id: 2, status: 'open', detectedAt: T0 }),
      makeRow({ id: 3, status: 'open', detectedAt: T0 + 1 }),
      makeRow({ id: 4, status: 'dismissed', detectedAt: T0 + 9 }),
    ];
    expect(rows.sort(compareLogRows).map((r) => r.id)).toEqual([3, 2, 4, 1]);
  });
});
