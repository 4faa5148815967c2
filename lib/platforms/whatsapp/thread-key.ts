/**
 * Thread identity for WhatsApp Web. Since 2023 no chat id (JID) is exposed on inbox rows, and since
 * April 2026 not in message data-ids either (docs/site-markup.md), so the key is built from the
 * chat's display name, the one value both the inbox row and the open thread's header show:
 * `wa:title:<normalised title>`. Normalisation: Unicode NFC, bidi marks and NBSPs removed,
 * whitespace collapsed, lower case; titles that are phone numbers keep only "+" and digits, so
 * "+55 11 91234-5678" and "+551191234 5678" agree. Known limits: two chats with the same name
 * share a key, and renaming a contact starts a new key.
 */
import { normaliseText } from '../dom-text';

const PHONE = /^\+?[\d\s().-]{6,}$/;

export function normaliseTitle(title: string): string {
  const clean = normaliseText(title.normalize('NFC')).replace(/\s+/g, ' ');
  if (PHONE.test(clean)) return clean.replace(/[^\d+]/g, '');
  return clean.toLowerCase();
}

export function threadKeyFromTitle(title: string): string {
  return `wa:title:${normaliseTitle(title)}`;
}
