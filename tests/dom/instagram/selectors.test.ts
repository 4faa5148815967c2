// @vitest-environment jsdom
/**
 * Selector contract of lib/platforms/instagram/selectors.ts against its selector-contract.ts and
 * the fixtures (the checks are described in ../selector-contract.ts).
 */
import { describe, expect, it } from 'vitest';
import { instagramContract } from '../../../lib/platforms/instagram/selector-contract';
import { instagram } from '../../../lib/platforms/instagram/selectors';
import { describeSelectorContract } from '../selector-contract';
import { FIXTURES, loadFixture } from './fixture';

describeSelectorContract({
  name: 'instagram',
  selectors: instagram,
  contract: instagramContract,
  fixtures: FIXTURES,
  load: (fixture) => loadFixture(fixture),
});

describe('instagram selectors', () => {
  it('never selects by an obfuscated atomic class', () => {
    for (const spec of Object.values(instagram))
      for (const css of spec.css) expect(css).not.toMatch(/\.x[0-9a-z]{5,8}\b/);
  });
});
