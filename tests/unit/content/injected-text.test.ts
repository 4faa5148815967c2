// The banner's and "Needs me"'s words are read from the catalogue by a list of names
// (lib/i18n.ts `texts`): every name must be a catalogue key (a missing one would show as the
// key itself).
import { describe, expect, it } from 'vitest';
import { bannerStrings } from '../../../lib/content/banner';
import { needsMeStrings } from '../../../lib/content/needs-me';

describe('the injected UI text', () => {
  it.each([
    ['banner', bannerStrings],
    ['needs me', needsMeStrings],
  ])('of the %s comes from the catalogue, one text per name', (_name, strings) => {
    const text: object = strings();
    for (const [name, value] of Object.entries(text) as [string, string][]) {
      expect(value, name).not.toMatch(/^[A-Za-z]+_[A-Za-z]+$/);
      expect(value.length, name).toBeGreaterThan(0);
    }
  });
});
