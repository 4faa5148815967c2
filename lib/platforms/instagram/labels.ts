/**
 * Localised words Instagram's web DMs put on the page (aria-labels, hidden texts, status lines),
 * in English, Portuguese and Spanish, the languages the extension supports (no other language is listed). The adapter never trusts one language: every text
 * check goes through these lists so a pt-BR or es UI reads the same as an English one. This module
 * holds data and small text predicates only; it must never touch the DOM or hold CSS selectors
 * (selectors.ts builds its attribute selectors from the lists here). Entries marked "unverified"
 * are translations we expect but have not seen in a capture (docs/site-markup.md, §5).
 */

/** Prefixes of the open thread container's aria-label (2026) and of the 2025 grid's. */
export const CONVERSATION_LABEL_PREFIXES = [
  'Conversation with',
  'Conversa com',
  'Conversación con',
] as const;
export const GRID_LABEL_PREFIXES = [
  'Messages in conversation with',
  'Mensagens na conversa com', // unverified
  'Mensajes en la conversación con', // unverified
] as const;

/** aria-label of the inbox list container (the Portuguese one from a pt-BR capture). */
export const THREAD_LIST_LABELS = [
  'Thread list',
  'Lista de conversas',
  'Lista de conversaciones', // unverified
] as const;

/** aria-label of the unread dot in a thread row. */
export const UNREAD_LABELS = ['Unread', 'Não lida', 'Não lido', 'No leído', 'No leída'];

/** aria-label of the muted (bell with slash) icon in a thread row. Best effort, unverified. */
export const MUTED_LABELS = ['Muted', 'Silenciada', 'Silenciado'];

/** aria-label of the composer. */
export const COMPOSER_LABELS = ['Message', 'Mensagem', 'Mensaje'] as const;

/** Hidden text (or aria-label) that marks an outgoing bubble. */
export const YOU_SENT_LABELS = ['You sent', 'Você enviou', 'Enviaste', 'Has enviado'] as const;
const YOU_SENT_LOWER: readonly string[] = YOU_SENT_LABELS.map((label) => label.toLowerCase());

/** Texts in a row that are part of the page furniture, never message text (lower-cased). */
const STATUS_RE =
  /^(seen( by .+| .+ ago| just now)?|sent|delivered|active( now| today| yesterday| \d+\s?\w+ ago)?|typing(…|\.\.\.)?|view profile|visto( por .+| há .+)?|enviad[ao]|entreg(ue|ado)|ativo (agora|há .+)|activo (ahora|hace .+)|digitando…?|escribiendo…?|ver perfil)$/u;

export function isStatusText(text: string): boolean {
  return STATUS_RE.test(text.trim().toLowerCase());
}

/** "replied to you", "You replied to Sam", "Ana respondeu a você", "respondió a". */
const REPLY_RE = /replied to|respondeu [aà]|respondió a|respondiste a|has respondido a/iu;

export function isReplyLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length < 120 && REPLY_RE.test(trimmed);
}

/**
 * Whether `text` holds the words of a label ("replied to", "You sent"), anywhere in it. A label is
 * an element's whole text, so a row whose text (spaces collapsed) holds none has no label in it.
 */
export function holdsLabelWords(text: string): boolean {
  const lower = text.toLowerCase();
  return REPLY_RE.test(text) || YOU_SENT_LOWER.some((label) => lower.includes(label));
}

export function isYouSentLabel(text: string): boolean {
  return YOU_SENT_LOWER.includes(text.trim().toLowerCase());
}

/**
 * Preview prefixes (lower case) that mean the last message was the owner's. The first
 * `STRIPPED` are taken off the preview; "You sent an attachment" (the outgoing labels followed by
 * a space) keeps its text, which would be a sentence fragment without it.
 */
const FROM_ME_PREFIXES = [
  'you: ',
  'você: ',
  'tú: ',
  'tu: ',
  ...YOU_SENT_LOWER.map((label) => `${label} `),
];
const STRIPPED = 4;

export function splitFromMePrefix(preview: string): { fromMe: boolean; text: string } {
  const lower = preview.toLowerCase();
  const found = FROM_ME_PREFIXES.findIndex((prefix) => lower.startsWith(prefix));
  if (found < 0) return { fromMe: false, text: preview };
  const prefix = FROM_ME_PREFIXES[found] ?? '';
  return { fromMe: true, text: found < STRIPPED ? preview.slice(prefix.length).trim() : preview };
}

/** Relative times shown after " · " in a row: "2h", "3 d", "1w", "49 sem.", "now", "agora". */
const RELATIVE_TIME =
  '^(\\d{1,3}\\s?[a-zà-ú]{1,6}\\.?|now|just now|agora|ahora|ontem|ayer|yesterday)$';
const RELATIVE_TIME_RE = new RegExp(RELATIVE_TIME, 'iu');
/**
 * The same for lower-cased Latin-1 text, where lower-casing first gives the same answer as
 * ignoring case: a pattern without case closures to build (the one above cost the page about a
 * millisecond on its first use, at load).
 */
const LATIN_RELATIVE_TIME_RE = new RegExp(RELATIVE_TIME);
/** The longest text the pattern takes: three digits, a space, six letters and a dot. */
const RELATIVE_TIME_MAX = 11;
/** A character beyond Latin-1. */
const BEYOND_LATIN_RE = /[\u0100-\uffff]/;

export function isRelativeTime(text: string): boolean {
  const trimmed = text.trim();
  // Most lines asked are previews, far longer than any relative time.
  if (trimmed.length > RELATIVE_TIME_MAX) return false;
  return BEYOND_LATIN_RE.test(trimmed)
    ? RELATIVE_TIME_RE.test(trimmed)
    : LATIN_RELATIVE_TIME_RE.test(trimmed.toLowerCase());
}
