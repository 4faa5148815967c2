/**
 * The selector-contract checks shared by both sites: every entry of selectors.ts has a contract in
 * selector-contract.ts and the reverse; every entry is dated, says what it finds and matches at
 * least `min` elements in each fixture it lists; every alternative of every chain has a record of
 * its own, in the chain's order, and is either proven (it matches on its own in each fixture it
 * lists, and where it names a `first` fixture it is the first alternative of the chain to match
 * there) or marked unverified with a reason (and then matches in no fixture of the site, or it
 * would have to be listed as proven).
 */
import { describe, expect, it } from 'vitest';
import type { SelectorContract } from '@/lib/platforms/selector-contract';
import { queryAll, type SelectorSpec } from '@/lib/platforms/selector-spec';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Site {
  readonly name: string;
  readonly selectors: Readonly<Record<string, SelectorSpec>>;
  readonly contract: Readonly<Record<string, SelectorContract>>;
  readonly fixtures: readonly string[];
  readonly load: (fixture: string) => Document;
}

export function describeSelectorContract(site: Site): void {
  const entries = Object.entries(site.contract);
  const chain = (key: string): readonly string[] => site.selectors[key]?.css ?? [];

  describe(`${site.name} selector contract`, () => {
    it('has a contract for every entry of selectors.ts, and no other', () => {
      expect(Object.keys(site.contract).sort()).toEqual(Object.keys(site.selectors).sort());
    });

    it.each(entries)('%s is dated, says what it finds and lists fixtures that exist', (key, c) => {
      expect(chain(key).length).toBeGreaterThan(0);
      expect(c.finds).not.toBe('');
      expect(c.verified).toMatch(DATE);
      for (const fixture of c.fixtures)
        expect(site.fixtures, `${key} → ${fixture}`).toContain(fixture);
    });

    it.each(entries)('%s has one record per alternative, in the order of its chain', (key, c) => {
      expect(Object.keys(c.alternatives)).toEqual([...chain(key)]);
    });

    const cases = entries.flatMap(([key, c]) =>
      c.fixtures.map((fixture) => ({ key, fixture, min: c.min ?? 1 })),
    );
    it.each(cases)('$key matches at least $min in $fixture', ({ key, fixture, min }) => {
      const doc = site.load(fixture);
      expect(queryAll(doc, { css: chain(key) }).length).toBeGreaterThanOrEqual(min);
    });

    const alternatives = entries.flatMap(([key, c]) =>
      Object.entries(c.alternatives).map(([css, record]) => ({ key, css, record })),
    );
    it.each(alternatives)('$key: $css is proven or says why not', ({ key, css, record }) => {
      expect(record.verified).toMatch(DATE);
      if ('unverified' in record) {
        expect(record.unverified.trim()).not.toBe('');
        const matching = site.fixtures.filter((f) => site.load(f).querySelector(css) !== null);
        expect(matching, 'matches here, so list it as proven').toEqual([]);
        return;
      }
      expect(record.fixtures.length).toBeGreaterThan(0);
      for (const fixture of record.fixtures) {
        expect(site.fixtures).toContain(fixture);
        expect(site.load(fixture).querySelector(css), `${css} in ${fixture}`).not.toBeNull();
      }
      if (record.first !== undefined) {
        const doc = site.load(record.first);
        const index = chain(key).indexOf(css);
        expect(index).toBeGreaterThan(0);
        expect(chain(key).findIndex((alt) => doc.querySelector(alt) !== null)).toBe(index);
      }
    });
  });
}
