/**
 * The localized words WhatsApp puts before the owner's own messages: "You:" in chat-list previews
 * and in the hidden sender label of outgoing bubbles (`aria-label="You:"`, "Você:" in pt-BR).
 * Kept as data, not selectors, because they are matched against text. Extend the list when a new
 * UI language is supported; an unknown language falls back to the other direction signals.
 */

/** English, Portuguese (pt-BR "Você", pt-PT "Tu") and Spanish: the languages we support. */
const OWN_WORDS = ['you', 'você', 'voce', 'tú', 'tu'];

const OWN_PREFIX = new RegExp(`^\\s*(${OWN_WORDS.join('|')})\\s*:\\s*`, 'iu');

/** True for a sender label / prefix that names the owner ("You:", "Você", "Tú: "). */
export function isOwnLabel(label: string): boolean {
  return OWN_PREFIX.test(`${label.trim().replace(/:$/, '')}:`);
}

/** Splits "You: text" into the rest; undefined when the text has no own prefix. */
export function stripOwnPrefix(text: string): string | undefined {
  const match = OWN_PREFIX.exec(text);
  return match ? text.slice(match[0].length) : undefined;
}
