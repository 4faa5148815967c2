import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, foldText, isFiltered, rowMatcher } from '../../../lib/ui/filters';
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
