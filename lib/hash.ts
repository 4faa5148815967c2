/**
 * A small, fast, stable string hash (FNV-1a, 32 bit, base36) for message keys where the site gives
 * no id. Not cryptographic: it only has to keep different texts of one thread apart.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
