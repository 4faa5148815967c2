/**
 * Interface text looked up once per key: the pages ask for the same few dozen messages hundreds of
 * times while rendering a list (every entry's buttons, labels and category names), and each
 * lookup through the browser's i18n API crosses into native code. The catalogue cannot change
 * while a page is open, so a message found once is the message for the page's lifetime.
 */
export type Lookup = (key: string, substitutions?: string | string[]) => string;

export function rememberedText(lookup: Lookup): Lookup {
  const known = new Map<string, string>();
  return (key, substitutions) => {
    // The unit separator cannot occur in a message key or, in practice, in a substitution.
    const id =
      substitutions === undefined
        ? key
        : `${key}\u001f${typeof substitutions === 'string' ? substitutions : substitutions.join('\u001f')}`;
    let text = known.get(id);
    if (text === undefined) {
      text = lookup(key, substitutions);
      known.set(id, text);
    }
    return text;
  };
}
