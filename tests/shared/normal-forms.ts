import { vi } from 'vitest';

/**
 * How many texts of one or two of the given characters a Unicode normal form changes. A form
 * changes a text only where a character is not its own normal form, or composes with or is
 * reordered against the one before it, so every character and every pair of them covers it.
 */
export function changedByNormalForm(codes: readonly number[], form: 'NFC' | 'NFKC'): number {
  let changed = 0;
  for (const first of codes) {
    const one = String.fromCharCode(first);
    if (one.normalize(form) !== one) changed++;
    for (const second of codes) {
      const two = one + String.fromCharCode(second);
      if (two.normalize(form) !== two) changed++;
    }
  }
  return changed;
}

/** Everyday messages in the three languages, written with Latin letters only. */
export const LATIN_MESSAGES: readonly string[] = [
  'Oi, tudo bem? Só confirmando o horário de amanhã.',
  'Thanks, the bag looks even better in person.',
  'Vale, lo recojo mañana por la tarde.',
  'Perfeito, obrigada!',
];

/** How many times `String.prototype.normalize` runs while `key` keys each list of texts, in turn. */
export function normalizeCalls(
  key: (text: string) => unknown,
  ...lists: readonly (readonly string[])[]
): number[] {
  const normalize = vi.spyOn(String.prototype, 'normalize');
  try {
    return lists.map((texts) => {
      normalize.mockClear();
      for (const text of texts) key(text);
      return normalize.mock.calls.length;
    });
  } finally {
    normalize.mockRestore();
  }
}
