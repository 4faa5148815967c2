// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryAll, type SelectorSpec } from '@/lib/platforms/selector-spec';
import { selectors } from '@/lib/platforms/whatsapp/selectors';
import { fixtureNames, loadFixture } from './fixture';

const entries = Object.entries(selectors) as [string, SelectorSpec][];

describe('whatsapp selector contract', () => {
  const cases = entries.flatMap(([key, spec]) =>
    spec.fixtures.map((fixture) => ({ key, spec, fixture, min: spec.min ?? 1 })),
  );

  it.each(cases)('$key matches at least $min in $fixture', ({ spec, fixture, min }) => {
    const doc = loadFixture(fixture);
    expect(queryAll(doc, spec).length).toBeGreaterThanOrEqual(min);
  });

  it('lists only fixtures that exist, and every entry is dated', () => {
    const existing = new Set(fixtureNames());
    for (const [key, spec] of entries) {
      for (const fixture of spec.fixtures)
        expect(existing, `${key} → ${fixture}`).toContain(fixture);
      expect(spec.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(spec.css.length).toBeGreaterThan(0);
      expect(spec.finds).not.toBe('');
    }
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
      expect(spec.fixtures).toContain(fixture);
      const index = spec.css.indexOf(css);
      expect(index).toBeGreaterThan(0);
      // Scoped entries are looked up inside #main (header, title, send button) or a preview.
      const doc = loadFixture(fixture);
      const firstMatching = spec.css.findIndex((alt) => doc.querySelector(alt) !== null);
      expect(firstMatching).toBe(index);
    },
  );

  it('uses no generated class names beyond the documented era markers', () => {
    const allowed = new Set(['message-in', 'message-out', 'selectable-text', 'quoted-mention']);
    for (const [key, spec] of entries) {
      for (const css of spec.css) {
        for (const match of css.replace(/\[[^\]]*\]/g, '').matchAll(/\.([\w-]+)/g)) {
          expect(allowed, `${key}: ${css}`).toContain(match[1]);
        }
      }
    }
  });

  it('keeps CSS selector strings out of every other file of the platform folder', () => {
    const dir = resolve(process.cwd(), 'lib/platforms/whatsapp') + '/';
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && file !== 'selectors.ts')
      .filter((file) =>
        /(querySelector(All)?|closest|matches)\(\s*['"`]/.test(readFileSync(dir + file, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
