/**
 * The sender's name before a group thread's inbox preview ("Priya Nair: see you at 5"): one to
 * three words, each starting with a capital letter and made of letters, apostrophes, dots and
 * hyphens, then ": " and the message. Names written in Latin-1 letters alone (most of them) are
 * checked with classes of those letters; only a name with other characters is checked with
 * Unicode's letter classes, a pattern whose first use costs the page a millisecond or more to
 * build. Both say the same of any Latin-1 name: within Latin-1, the capitals are A-Z, À-Ö and
 * Ø-Þ, the letters those, a-z, ª, µ, º, ß-ö and ø-ÿ. Pure.
 */

const NAME_RE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;
const LATIN_NAME_RE =
  /^[A-ZÀ-ÖØ-Þ][A-Za-zªµºÀ-ÖØ-öø-ÿ'’.-]*(?: [A-ZÀ-ÖØ-Þ][A-Za-zªµºÀ-ÖØ-öø-ÿ'’.-]*){0,2}$/;
/** A character outside Latin-1's printable part (the apostrophe ’ aside): neither pattern takes controls. */
const BEYOND_LATIN_RE = /[^\u0020-\u00ff’]/;

/**
 * The name and the message of a preview that starts with a sender's name, else undefined. A name
 * holds no colon, so it is all that comes before the first one.
 */
export function splitSenderPrefix(preview: string): { sender: string; text: string } | undefined {
  const colon = preview.indexOf(':');
  if (colon < 0 || preview[colon + 1] !== ' ' || preview.length <= colon + 2) return undefined;
  const sender = preview.slice(0, colon);
  const pattern = BEYOND_LATIN_RE.test(sender) ? NAME_RE : LATIN_NAME_RE;
  return pattern.test(sender) ? { sender, text: preview.slice(colon + 2) } : undefined;
}
