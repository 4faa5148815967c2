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
