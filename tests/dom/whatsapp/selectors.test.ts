// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whatsappContract } from '@/lib/platforms/whatsapp/selector-contract';
import { selectors } from '@/lib/platforms/whatsapp/selectors';
import { describeSelectorContract } from '../selector-contract';
import { fixtureNames, loadFixture } from './fixture';

const entries = Object.entries(selectors);

describeSelectorContract({
  name: 'whatsapp',
  selectors,
  contract: whatsappContract,
  fixtures: fixtureNames(),
  load: loadFixture,
});

describe('whatsapp selectors', () => {
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
