/**
 * Reads the text of a WhatsApp "Export chat" file, in two passes over its lines so that nothing
 * but the current message is held: the first decides the day/month/year order from every header
 * (date-order.ts), the second yields one entry per header with its continuation lines (multi-line
 * messages). Entries are messages (text or media, with an author), deleted-message markers and
 * system notices; only the first two are messages. Times are the export's wall-clock times read
 * as UTC (see ChatMessage.at). Lines before the first header are ignored. Every step is linear in
 * the size of the text; lines may come from a string or from chunks of a file being streamed.
 */
import { bodyKind, cleanText, type BodyKind } from './content';
import { DateOrderVote, headerTime, mediaDate, type DateOrder } from './date-order';
import { parseHeader, type Header } from './header';
import type { ChatMessage, ParsedChat } from './types';

export interface ExportEntry {
  /** Wall-clock time as UTC epoch ms. */
  at: number;
  /** null for a notice written without an author. */
  author: string | null;
  kind: BodyKind;
  /** Message text without the media placeholder, lines joined with "\n". */
  text: string;
}

/** Splits text into lines (\n, \r\n or \r) without building an array of them. */
export function* linesOf(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.includes('\r')) yield* line.split('\r');
    else yield line;
  }
}

/** Splits chunks of text (a file read piece by piece) into lines; a line may span chunks. */
export function* linesOfChunks(chunks: Iterable<string>): Generator<string> {
  let carry = '';
  let pendingCr = false;
  for (let chunk of chunks) {
    if (pendingCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    pendingCr = chunk.endsWith('\r');
    const text = carry + chunk;
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    if (lastBreak < 0) {
      carry = text;
      continue;
    }
    yield* linesOf(text.slice(0, lastBreak + 1));
    carry = text.slice(lastBreak + 1);
  }
  if (carry !== '') yield carry;
}

const FIRST_LINE_LIMIT = 400;

/** Pass one: the date order of the file. */
export function decideDateOrder(lines: Iterable<string>, nowYear?: number): DateOrder {
  const vote = new DateOrderVote(nowYear);
  for (const line of lines) {
    const header = parseHeader(line);
    if (header) vote.add(header, mediaDate(header.rest.slice(0, FIRST_LINE_LIMIT)));
  }
  return vote.decide();
}

function splitAuthor(rest: string): { author: string; first: string } | null {
  const colon = rest.indexOf(': ');
  if (colon <= 0) {
    // "Name:" followed by nothing (an empty first line of a multi-line message) still has an author.
    return rest.endsWith(':') && !rest.slice(0, -1).includes(':')
      ? { author: rest.slice(0, -1), first: '' }
      : null;
  }
  return { author: rest.slice(0, colon), first: rest.slice(colon + 2) };
}

const cleanAuthor = (name: string) =>
  name
    .replaceAll('\u0000', '')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .trim();

const VISIBLE = /[^\s\u200e\u200f]/;

function toEntry(
  header: Header,
  more: string[],
  order: DateOrder,
  nowYear: number,
  light: boolean,
): ExportEntry {
  const at = headerTime(header, order, nowYear);
  const parts = splitAuthor(header.rest);
  const author = parts ? cleanAuthor(parts.author) : '';
  if (!parts || author === '') {
    return { at, author: null, kind: 'system', text: cleanText([header.rest, ...more].join('\n')) };
  }
  const kind = bodyKind(parts.first);
  const lines = kind === 'media' ? more : [parts.first, ...more];
  if (light) {
    // Pass one only needs to know whether there is any text.
    const any = kind !== 'deleted' && lines.some((l) => VISIBLE.test(l));
    return { at, author, kind, text: any ? '…' : '' };
  }
  return {
    at,
    author,
    kind,
    text: kind === 'text' || kind === 'media' ? cleanText(lines.join('\n')) : '',
  };
}

/** Pass two: every entry, in file order. */
export function* readEntries(
  lines: Iterable<string>,
  order: DateOrder,
  nowYear = new Date().getUTCFullYear(),
  onHeader?: (header: Header) => void,
  light = false,
): Generator<ExportEntry> {
  let header: Header | null = null;
  let more: string[] = [];
  for (const line of lines) {
    const next = parseHeader(line);
    if (next) {
      onHeader?.(next);
      if (header) yield toEntry(header, more, order, nowYear, light);
      header = next;
      more = [];
    } else if (header) {
      more.push(line);
    }
  }
  if (header) yield toEntry(header, more, order, nowYear, light);
}

/** An entry that is a message: an author, a real date, and text or media. */
export function asMessage(entry: ExportEntry): ChatMessage | null {
  if (entry.author === null || Number.isNaN(entry.at)) return null;
  if (entry.kind === 'media')
    return { at: entry.at, author: entry.author, text: entry.text, hasMedia: true };
  if (entry.kind !== 'text' || entry.text === '') return null;
  return { at: entry.at, author: entry.author, text: entry.text, hasMedia: false };
}

/** What pass one learns about a chat: its date order and who wrote how many messages. */
export interface ChatSurvey {
  order: DateOrder;
  /** In order of their first message. */
  authors: string[];
  counts: Map<string, number>;
}

/** Pass one over the lines: date order and authors, holding one message at a time. */
export function surveyChat(lines: Iterable<string>, nowYear?: number): ChatSurvey {
  const vote = new DateOrderVote(nowYear);
  const counts = new Map<string, number>();
  const onHeader = (h: Header) => vote.add(h, mediaDate(h.rest.slice(0, FIRST_LINE_LIMIT)));
  for (const entry of readEntries(lines, 'dmy', nowYear, onHeader, true)) {
    const message = asMessage({ ...entry, at: 0 });
    if (message) counts.set(message.author, (counts.get(message.author) ?? 0) + 1);
  }
  return { order: vote.decide(), authors: [...counts.keys()], counts };
}

/** Pass two: the messages, in file order. */
export function* messagesOf(
  lines: Iterable<string>,
  order: DateOrder,
  nowYear?: number,
): Generator<ChatMessage> {
  for (const entry of readEntries(lines, order, nowYear)) {
    const message = asMessage(entry);
    if (message) yield message;
  }
}

export function parseChatExport(text: string, nowYear?: number): ParsedChat {
  const survey = surveyChat(linesOf(text), nowYear);
  const messages = [...messagesOf(linesOf(text), survey.order, nowYear)];
  const authors = [...new Set(messages.map((m) => m.author))];
  return { messages, authors };
}

/** True when one of the first non-blank lines of `text` is a WhatsApp message header. */
export function looksLikeChatExport(text: string): boolean {
  let seen = 0;
  for (const line of linesOf(text.slice(0, 64 * 1024))) {
    if (line.trim() === '') continue;
    if (parseHeader(line.replace(/^\ufeff/, ''))) return true;
    if (++seen >= 5) return false;
  }
  return false;
}
