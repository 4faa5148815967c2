/**
 * Parses the text of a WhatsApp "Export chat" file into messages. A line that starts with a date
 * header opens a message; any other line continues the previous one (multi-line messages). The
 * day/month order is decided once for the whole file. System notices and deleted messages are
 * left out; media placeholders become `hasMedia: true` with the caption (if any) as text. Times
 * are the export's wall-clock times read as UTC (see ChatMessage.at). Lines before the first
 * header are ignored.
 */
import { bodyKind, cleanText } from './content';
import { dateOrder, headerTime, parseHeader, type Header } from './header';
import type { ChatMessage, ParsedChat } from './types';

interface RawMessage {
  header: Header;
  more: string[];
}

function splitAuthor(rest: string): { author: string; first: string } | null {
  const colon = rest.indexOf(': ');
  if (colon <= 0) {
    // "Name:" followed by nothing (an empty line of a multi-line message) still has an author.
    return rest.endsWith(':') ? { author: rest.slice(0, -1), first: '' } : null;
  }
  return { author: rest.slice(0, colon), first: rest.slice(colon + 2) };
}

export function parseChatExport(text: string): ParsedChat {
  const raws: RawMessage[] = [];
  for (const line of text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)) {
    const header = parseHeader(line);
    if (header) raws.push({ header, more: [] });
    else raws.at(-1)?.more.push(line);
  }
  const order = dateOrder(raws.map((r) => r.header));
  const messages: ChatMessage[] = [];
  const authors: string[] = [];
  for (const { header, more } of raws) {
    const at = headerTime(header, order);
    const parts = splitAuthor(header.rest);
    if (!parts || Number.isNaN(at)) continue;
    const author = parts.author.replace(/[\u200e\u200f]/g, '').trim();
    const kind = bodyKind(parts.first);
    if (kind === 'system' || kind === 'deleted' || author === '') continue;
    const hasMedia = kind === 'media';
    const body = cleanText((hasMedia ? more : [parts.first, ...more]).join('\n'));
    if (!hasMedia && body === '') continue;
    messages.push({ at, author, text: body, hasMedia });
    if (!authors.includes(author)) authors.push(author);
  }
  return { messages, authors };
}

/** True when the first non-blank line of `text` is a WhatsApp message header. */
export function looksLikeChatExport(text: string): boolean {
  const first = text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/, 50)
    .find((line) => line.trim() !== '');
  return first !== undefined && parseHeader(first) !== null;
}
