// @vitest-environment jsdom
/**
 * Selector contract: every entry of lib/platforms/instagram/selectors.ts matches at least `min`
 * elements in every fixture it lists, and the fixtures it names exist.
 */
import { describe, expect, it } from 'vitest';
import { queryAll, type SelectorSpec } from '../../../lib/platforms/selector-spec';
import { instagram } from '../../../lib/platforms/instagram/selectors';
import { FIXTURES, loadFixture } from './fixture';

const entries: [string, SelectorSpec][] = Object.entries(instagram);

describe('instagram selector contract', () => {
  it.each(entries)('%s has what the contract needs', (_key, spec) => {
    expect(spec.css.length).toBeGreaterThan(0);
    expect(spec.finds).not.toBe('');
    expect(spec.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const fixture of spec.fixtures) expect(FIXTURES).toContain(fixture);
  });

  const cases = entries.flatMap(([key, spec]) =>
    spec.fixtures.map((fixture) => ({ key, fixture, spec })),
  );
  it.each(cases)('$key matches in $fixture', ({ fixture, spec }) => {
    const doc = loadFixture(fixture);
    const min = spec.min ?? 1;
    expect(queryAll(doc, spec).length).toBeGreaterThanOrEqual(min);
  });

  const proofs = entries.flatMap(([key, spec]) =>
    Object.entries(spec.proofs ?? {}).map(([css, { fixture, verified }]) => ({
      key,
      css,
      fixture,
      verified,
      spec,
    })),
  );
  it.each(proofs)(
    '$key: $fixture proves the alternative $css',
    ({ css, fixture, spec, verified }) => {
      expect(verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(FIXTURES).toContain(fixture);
      const index = spec.css.indexOf(css);
      expect(index).toBeGreaterThan(0);
      const doc = loadFixture(fixture);
      const firstMatching = spec.css.findIndex((alt) => doc.querySelector(alt) !== null);
      expect(firstMatching).toBe(index);
    },
  );

  it('never selects by an obfuscated atomic class', () => {
    for (const [, spec] of entries)
      for (const css of spec.css) expect(css).not.toMatch(/\.x[0-9a-z]{5,8}\b/);
  });
});
