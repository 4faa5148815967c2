/**
 * Instagram's data download: each direct-message thread is a folder
 * `your_instagram_activity/messages/inbox/<thread>/` (older downloads: `messages/inbox/<thread>/`)
 * holding `message_1.json`, `message_2.json`, …: `{participants: [{name}], title, messages:
 * [{sender_name, timestamp_ms, content?, photos?, videos?, audio_files?, gifs?, sticker?, files?,
 * share?, is_unsent?}]}`, newest message first.
 *
 * Instagram writes text as UTF-8 bytes each escaped as a Latin-1 code point ("Ã©" for "é",
 * "Ã°ÂŸÂ˜Â€" for an emoji); fixText() undoes that. Reactions, likes, polls and unsent messages are
 * not messages. Times are UTC (the download gives instants, not the phone's wall clock).
 */
import type { ChatMessage } from './types';

export interface InstagramThread {
  title: string;
  participants: string[];
  /** Oldest first. */
  messages: ChatMessage[];
}

const HIGH = /[\u0080-\u00ff]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Undoes the download's encoding quirk; text that is not such mojibake is returned unchanged. */
export function fixText(text: string): string {
  if (!HIGH.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    bytes[i] = code;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return text;
  }
}

/** Contents Instagram writes for things that are not messages. */
const NOT_MESSAGES = [
  /^reacted .{1,16} to your message\s*$/i,
  /^\S.{0,60} reacted .{1,16} to your message\s*$/i,
  /liked a message$/i,
  / in the poll\.$/i,
  /created a poll: /i,
  /^this poll is no longer available\.$/i,
  /'s poll has multiple updates\.$/i,
  /^you (?:sent|started|missed|ended|changed|named|added|removed|left)\b/i,
];
const ATTACHMENT_NOTE = /^(?:\S.{0,60} )?sent an attachment\.$/i;
const MEDIA_KEYS = ['photos', 'videos', 'audio_files', 'gifs', 'sticker', 'files', 'share'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when `text` looks like an Instagram message_N.json (not a WhatsApp export or JSON Lines). */
export function looksLikeInstagramJson(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  return (
    head.startsWith('{') &&
    /"messages"\s*:/.test(text.slice(0, 1 << 20)) &&
    /"sender_name"|"participants"/.test(head)
  );
}

/** Reads one message_N.json. Throws an Error naming the problem when it is not one. */
export function readInstagramJson(text: string): InstagramThread {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new Error(`not an Instagram messages file (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (!isObject(doc) || !Array.isArray(doc['messages'])) {
    throw new Error('not an Instagram messages file (no "messages" list)');
  }
  const participants = (Array.isArray(doc['participants']) ? doc['participants'] : [])
    .map((p) => (isObject(p) && typeof p['name'] === 'string' ? fixText(p['name']) : ''))
    .filter((name) => name !== '');
  const title = typeof doc['title'] === 'string' ? fixText(doc['title']) : participants.join(', ');
  const messages: ChatMessage[] = [];
  for (const raw of doc['messages'] as unknown[]) {
    if (!isObject(raw) || typeof raw['sender_name'] !== 'string') continue;
    const at = Number(raw['timestamp_ms']);
    if (!Number.isFinite(at) || raw['is_unsent'] === true) continue;
    const media = MEDIA_KEYS.some((k) => raw[k] !== undefined);
    let content = typeof raw['content'] === 'string' ? fixText(raw['content']).trim() : '';
    if (NOT_MESSAGES.some((re) => re.test(content))) continue;
    if (media && ATTACHMENT_NOTE.test(content)) content = '';
    if (content === '' && !media) continue;
    messages.push({
      at,
      author: fixText(raw['sender_name']),
      text: content,
      hasMedia: media,
      conversation: title,
    });
  }
  messages.sort((a, b) => a.at - b.at);
  return { title, participants, messages };
}

/** Paths of a download's message files: `…/messages/inbox/<thread>/message_N.json`. */
export const INSTAGRAM_MESSAGE_FILE =
  /(?:^|\/)messages\/(?:inbox|message_requests)\/([^/]+)\/message_\d+\.json$/;

/**
 * Joins the threads of a download into one list of messages (oldest first), each message naming
 * its thread as its conversation. The account holder is the one person in every thread (when
 * there are at least two threads); the caller may use that as the owner.
 */
export function joinThreads(threads: InstagramThread[]): {
  messages: ChatMessage[];
  authors: string[];
  accountHolder: string | undefined;
} {
  const byTitle = new Map<string, InstagramThread>();
  for (const t of threads) {
    const same = byTitle.get(t.title);
    if (same) same.messages.push(...t.messages);
    else byTitle.set(t.title, { ...t, messages: [...t.messages] });
  }
  const messages = [...byTitle.values()].flatMap((t) => t.messages).sort((a, b) => a.at - b.at);
  const authors = [...new Set(messages.map((m) => m.author))];
  let accountHolder: string | undefined;
  if (byTitle.size >= 2) {
    const everywhere = authors.filter((a) =>
      [...byTitle.values()].every(
        (t) => t.participants.includes(a) || t.messages.some((m) => m.author === a),
      ),
    );
    if (everywhere.length === 1) accountHolder = everywhere[0];
  }
  return { messages, authors, accountHolder };
}
