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
