// @vitest-environment jsdom
/**
 * A group preview's sender ("Priya: see you at 9"), lib/platforms/instagram/sender-prefix.ts: the
 * same answer as the one pattern with Unicode's letter classes that read it before, for every
 * character up to U+02FF and a sample of other scripts in each place of a name; and a whole inbox
 * read of Latin names never runs a pattern with Unicode's classes (building one costs the page a
 * millisecond or more the first time). Counted, never timed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitSenderPrefix } from '../../../lib/platforms/instagram/sender-prefix';
import { inboxReadPatterns } from './fixture';

/** The pattern the preview was read with before (one match: name, then message). */
const UNICODE_PREFIX_RE = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}): (.+)$/su;

function before(preview: string) {
  const match = UNICODE_PREFIX_RE.exec(preview);
  return match ? { sender: match[1], text: match[2] } : undefined;
}

const OTHER_SCRIPTS = ['Ω', 'ω', 'Ж', 'ж', 'ع', '中', 'ǅ', 'Ⅰ', 'ⓐ', '𝐀', 'ϒ', '😀', '\u200e', 'ẞ'];

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a group preview's sender", () => {
  it('is read as the Unicode-class pattern read it, character by character', () => {
    const chars = [
      ...Array.from({ length: 0x300 }, (_, code) => String.fromCharCode(code)),
      ...OTHER_SCRIPTS,
    ];
    for (const c of chars) {
      for (const preview of [
        `${c}na: oi`,
        `A${c}a: oi`,
        `Ana ${c}ima: oi`,
        `Ana Lima ${c}: oi`,
        `Ana${c} Lima: oi`,
        `Ana: ${c}`,
        `${c}: oi`,
        `Ana${c}: oi`,
      ])
        expect(splitSenderPrefix(preview), preview).toEqual(before(preview));
    }
  });

  it('is read as before on whole previews', () => {
    for (const preview of [
      'Priya: See you at 9',
      'Priya Nair: can we move it?',
      'Ana Maria da Silva: oi',
      'Ana Maria Silva Lima: oi',
      "O'Brien-Smith Jr.: ok",
      'José Ñúñez: ¿mañana?',
      'Łukasz: dzięki',
      'Dmitri Иванов: привет',
      'Ana:  two spaces',
      'Ana: line one\nline two',
      'Ana:',
      'Ana: ',
      'Ana:oi',
      ': oi',
      'ana: lower case',
      'Note 2: bring ID',
      'Time: 10:30 works',
      'Hi there: yes: no',
      'no colon at all',
      '',
    ])
      expect(splitSenderPrefix(preview), preview).toEqual(before(preview));
  });

  it('a whole inbox read of Latin names runs no pattern with Unicode classes', () => {
    const { rows, patterns: unicode } = inboxReadPatterns('inbox-2026-links', (re) =>
      re.source.includes('\\p{'),
    );
    // Every row's preview read, a group's sender taken off (before: the pattern ran per preview).
    const previews = rows.map((row) => row.preview);
    expect(previews.filter((text) => text !== '').length).toBeGreaterThan(3);
    expect(rows.find((row) => row.preview === 'See you at 9')?.group).toBe(true);
    expect(unicode).toEqual([]);
  });
});
