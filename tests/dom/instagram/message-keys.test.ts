/**
 * Instagram's message keys: a text's key is made from its NFKC form, and text that is its own NFKC
 * form (ASCII and Latin-1's letters) is not run through the normaliser for it.
 */
import { describe, expect, it } from 'vitest';
import { hashText } from '@/lib/hash';
import { messageKey, squashed } from '@/lib/platforms/instagram/keys';
import { changedByNormalForm, LATIN_MESSAGES, normalizeCalls } from '../../shared/normal-forms';

/** The characters a text may hold without being normalised. */
const asIs = (code: number) => code <= 0x7f || (code >= 0xc0 && code <= 0xff);

const key = (text: string) =>
  messageKey({ threadKey: 'ig:t:1', author: 'them', text, anchor: '', occurrence: 1 });

describe('Instagram message keys', () => {
  it('key a text by its NFKC form, spaces squashed', () => {
    expect(key('  Obrigada,\n  até amanhã ')).toBe(
      `ig:t:1|them|${hashText(['', 'Obrigada, até amanhã', '', ''].join('\u0000'))}`,
    );
    // A ligature, a no-break space and an accent typed apart are their NFKC forms.
    expect(squashed('e\u0301 \ufb01m\u00a0x')).toBe('é fim x');
    expect(key('Cafe\u0301')).toBe(key('Café'));
  });

  it('normalise only text with a character beyond ASCII and Latin-1’s letters', () => {
    // The old key normalised every text and every (empty) quote: eight calls for the first list.
    expect(
      normalizeCalls(key, LATIN_MESSAGES, [
        'Cafe\u0301',
        '½ dozen',
        'Obrigada 🙏',
        'شكرا، سأمر غدا',
      ]),
    ).toEqual([0, 4]);
  });

  it('skip normalising only where it changes nothing: each such character, alone and after another', () => {
    const codes: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (asIs(code)) codes.push(code);
    expect(codes).toHaveLength(0x80 + 0x40);
    expect(changedByNormalForm(codes, 'NFKC')).toBe(0);
  });
});
