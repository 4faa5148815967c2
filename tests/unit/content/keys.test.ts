/**
 * Content keys: the same message keys the same however its accents were typed, and text that is
 * composed already is not normalised again.
 */
import { describe, expect, it } from 'vitest';
import { contentKey } from '@/lib/content/keys';
import { hashText } from '@/lib/hash';
import { changedByNormalForm, LATIN_MESSAGES, normalizeCalls } from '../../shared/normal-forms';

/** The characters a text may hold without being normalised. */
const plain = (code: number) => code >= 0x9 && code < 0x300;

describe('content keys', () => {
  it('key a text the same whether its accents are composed or typed apart', () => {
    expect(contentKey('t', 'Cafe\u0301 amanha\u0303')).toBe(contentKey('t', 'Café amanhã'));
    expect(contentKey('t', 'Café amanhã')).toBe(`c:t:${hashText('café amanhã')}`);
    // Alef and hamza above, typed apart and composed (U+0623).
    expect(contentKey('t', '\u0627\u0654مر')).toBe(contentKey('t', '\u0623مر'));
    expect(contentKey('t', '  Vale,\n lo RECOJO  ')).toBe(`c:t:${hashText('vale, lo recojo')}`);
  });

  it('normalise only text with a character beyond Latin letters', () => {
    // The old key normalised every text: four calls for the first list.
    expect(
      normalizeCalls((text) => contentKey('t', text), LATIN_MESSAGES, [
        'Cafe\u0301',
        'Obrigada 🙏',
        'Ελπίζω',
        'شكرا، سأمر غدا',
      ]),
    ).toEqual([0, 4]);
  });

  it('skip normalising only where it changes nothing: each such character, alone and after another', () => {
    const codes: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (plain(code)) codes.push(code);
    expect(codes).toHaveLength(0x300 - 9);
    expect(changedByNormalForm(codes, 'NFC')).toBe(0);
  });
});
