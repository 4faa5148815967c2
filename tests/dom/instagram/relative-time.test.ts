// @vitest-environment jsdom
/**
 * The relative time after a row's preview ("2h", "3 d", "49 sem.", "agora"),
 * lib/platforms/instagram/labels.ts: the same answer as the one case-insensitive pattern that
 * read it before, for every character up to U+02FF and a sample beyond in each place; and a whole
 * inbox read of Latin text runs no case-insensitive Unicode pattern (building its case closures
 * cost the page about a millisecond the first time). Counted, never timed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRelativeTime } from '../../../lib/platforms/instagram/labels';
import { inboxReadPatterns } from './fixture';

/** The pattern the time was read with before. */
const BEFORE_RE = /^(\d{1,3}\s?[a-zà-ú]{1,6}\.?|now|just now|agora|ahora|ontem|ayer|yesterday)$/iu;
const before = (text: string) => BEFORE_RE.test(text.trim());

const BEYOND = ['ſ', 'K', 'İ', 'ẞ', 'Ω', 'ж', 'ع', '中', '😀', '\u200e', '\u3000', '\ufeff'];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a relative time after a preview', () => {
  it('is read as the case-insensitive pattern read it, character by character', () => {
    const chars = [
      ...Array.from({ length: 0x300 }, (_, code) => String.fromCharCode(code)),
      ...BEYOND,
    ];
    for (const c of chars)
      for (const text of [
        `2${c}`,
        `12${c}in`,
        `49 ${c}em.`,
        `3${c}d`,
        `1 semana${c}`,
        `${c}ow`,
        `no${c}`,
        `just${c}now`,
        `YE${c}TERDAY`,
        ` ${c} `,
        `100 ${c}${c}${c}${c}${c}${c}.`,
      ])
        expect(isRelativeTime(text), JSON.stringify(text)).toBe(before(text));
  });

  it('is read as before on whole lines', () => {
    for (const text of [
      '2h',
      '3 d',
      '1w',
      '49 sem.',
      'NOW',
      'Just Now',
      'Agora',
      'ONTEM',
      'Ayer',
      '  5m  ',
      '1234m',
      '12 minutos',
      '2 MÍN.',
      '999 abcdef.',
      '999 abcdefg',
      'Oi, tudo bem? Só confirmando o horário de amanhã.',
      'شكرا، سأمر غدا',
      '',
    ])
      expect(isRelativeTime(text), text).toBe(before(text));
  });

  it('a whole inbox read of Latin text runs no case-insensitive Unicode pattern', () => {
    const { rows, patterns: folded } = inboxReadPatterns(
      'inbox-2026-links',
      (re) => re.ignoreCase && re.unicode,
    );
    // Every preview read, its time taken off (before: the pattern ran per line and time).
    const previews = rows.map((row) => row.preview);
    expect(previews.filter((text) => text !== '').length).toBeGreaterThan(3);
    expect(previews.some((text) => / · \d+\s?\w+$/u.test(text))).toBe(false);
    expect(folded).toEqual([]);
  });
});
