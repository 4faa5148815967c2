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
import { HEAD_LIMIT, mayStartHeader, parseHeader, type Header } from './header';
import { clipText } from '../limits';
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
function* linesOf(text: string): Generator<string> {
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

/**
 * The most text kept of one message, in UTF-16 units (longer than anything WhatsApp lets a person
 * send); the rest of a longer message is still read, to find where the next one starts, but not
 * kept, so one enormous message cannot fill the memory.
 */
export const MESSAGE_TEXT_LIMIT = 100_000;
/** A line is kept up to this length while it spans chunks (its header and its kept text). */
const LINE_LIMIT = MESSAGE_TEXT_LIMIT + HEAD_LIMIT;

const CR = 13;
const LF = 10;
const CRLF = /\r\n?/g;

/** Where the line starting at `from` ends: the next \n or \r, or -1. */
function lineEnd(text: string, from: number, hasCr: boolean): number {
  const lf = text.indexOf('\n', from);
  if (!hasCr) return lf;
  const cr = text.indexOf('\r', from);
  if (cr < 0) return lf;
  return lf < 0 ? cr : Math.min(cr, lf);
}

/** A message header and what follows it up to the next header. */
export type EntrySink = (header: Header, more: string | null) => void;

/**
 * Cuts the text of a chat, fed in chunks of any size, into message headers and the lines after
 * each (null when there are none). Every character is looked at a constant number of times, and
 * only lines that can start a header (long enough, starting with a digit, "[", a mark…) are read
 * as one: the continuation lines of a message are taken as one slice of the chunk, not one by
 * one. What is held at any time is bounded: one message (at most MESSAGE_TEXT_LIMIT of its text)
 * and the unfinished last line of the chunk (at most LINE_LIMIT of it).
 */
export class ChatSplitter {
  private carry = '';
  /** The carried line was longer than LINE_LIMIT: the rest of it is skipped. */
  private carryClipped = false;
  /** The last chunk ended with \r: a \n starting the next one belongs to it. */
  private pendingCr = false;
  private header: Header | null = null;
  private pieces: string[] = [];
  private kept = 0;
  private anyMore = false;
  /** The run of continuation lines not yet taken: [runFrom, runTo) of runText. */
  private runText = '';
  private runFrom = -1;
  private runTo = -1;
  /** Lines read as a possible header (for tests of the work done per line). */
  headerReads = 0;

  constructor(private readonly sink: EntrySink) {}

  /** Characters held between chunks (for tests that memory stays bounded). */
  get held(): number {
    return this.carry.length + this.kept;
  }

  push(chunk: string): void {
    if (chunk === '') return;
    let from = 0;
    if (this.pendingCr && chunk.charCodeAt(0) === LF) from = 1;
    this.pendingCr = false;
    const hasCr = chunk.includes('\r');
    let end = lineEnd(chunk, from, hasCr);
    if (end < 0) {
      this.carryOn(chunk, from, chunk.length);
      return;
    }
    if (this.carry !== '' || this.carryClipped) {
      this.carryOn(chunk, from, end);
      const line = this.carry;
      this.carry = '';
      this.carryClipped = false;
      this.line(line, 0, line.length);
    } else {
      this.line(chunk, from, end);
    }
    for (;;) {
      const next = this.afterBreak(chunk, end);
      if (next >= chunk.length) break;
      end = lineEnd(chunk, next, hasCr);
      if (end < 0) {
        this.takeRun();
        this.carryOn(chunk, next, chunk.length);
        return;
      }
      this.line(chunk, next, end);
    }
    this.takeRun();
  }

  /** The end of the text: the last line and the last entry. */
  end(): void {
    if (this.carry !== '' || this.carryClipped) {
      const line = this.carry;
      this.carry = '';
      this.carryClipped = false;
      this.line(line, 0, line.length);
    }
    this.takeRun();
    this.finishEntry();
  }

  private afterBreak(text: string, at: number): number {
    if (text.charCodeAt(at) !== CR) return at + 1;
    if (at + 1 === text.length) {
      this.pendingCr = true;
      return at + 1;
    }
    return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  }

  /** Adds text[from, to) to the unfinished line, keeping at most LINE_LIMIT of it. */
  private carryOn(text: string, from: number, to: number): void {
    if (this.carryClipped) return;
    const room = LINE_LIMIT - this.carry.length;
    if (to - from > room) {
      this.carry += text.slice(from, from + room);
      this.carryClipped = true;
    } else if (to > from) {
      this.carry += text.slice(from, to);
    }
  }

  /** One line, text[from, to). */
  private line(text: string, from: number, to: number): void {
    if (to - from >= 8 && mayStartHeader(text.charCodeAt(from))) {
      this.headerReads++;
      const header = parseHeader(text.slice(from, Math.min(to, from + LINE_LIMIT)));
      if (header) {
        this.takeRun();
        this.finishEntry();
        this.header = header;
        return;
      }
    }
    if (this.header === null) return;
    this.anyMore = true;
    if (this.runText !== text || this.runFrom < 0) {
      this.takeRun();
      this.runText = text;
      this.runFrom = from;
    }
    this.runTo = to;
  }

  /** Keeps the pending run of continuation lines (up to the limit) as one piece. */
  private takeRun(): void {
    if (this.runFrom < 0) return;
    const room = MESSAGE_TEXT_LIMIT - this.kept;
    if (room > 0) {
      let piece = this.runText.slice(this.runFrom, Math.min(this.runTo, this.runFrom + room));
      if (piece.includes('\r')) piece = piece.replace(CRLF, '\n');
      this.pieces.push(piece);
      this.kept += piece.length + 1;
    }
    this.runText = '';
    this.runFrom = -1;
    this.runTo = -1;
  }

  private finishEntry(): void {
    if (this.header === null) return;
    const more = this.anyMore ? this.pieces.join('\n') : null;
    const header = this.header;
    this.header = null;
    this.pieces = [];
    this.kept = 0;
    this.anyMore = false;
    this.sink(header, more);
  }
}

/** Runs `each` on the entries of `chunks`, chunk by chunk, yielding what it returns. */
function* entriesOf<T>(
  chunks: Iterable<string>,
  each: (header: Header, more: string | null) => T,
): Generator<T> {
  let ready: T[] = [];
  const splitter = new ChatSplitter((header, more) => ready.push(each(header, more)));
  for (const chunk of chunks) {
    splitter.push(chunk);
    if (ready.length > 0) {
      const out = ready;
      ready = [];
      yield* out;
    }
  }
  splitter.end();
  yield* ready;
}

const FIRST_LINE_LIMIT = 400;

const mediaDateOf = (h: Header) => mediaDate(h.rest.slice(0, FIRST_LINE_LIMIT));

/** Pass one: the date order of the file, from the text in chunks (a whole text is one chunk). */
export function decideDateOrder(chunks: Iterable<string>, nowYear?: number): DateOrder {
  const vote = new DateOrderVote(nowYear);
  const splitter = new ChatSplitter((h) => vote.add(h, mediaDateOf(h)));
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
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

/** The first line and the rest of a message as one text, at most MESSAGE_TEXT_LIMIT long. */
function joined(first: string | null, more: string | null): string {
  const text = first === null ? (more ?? '') : more === null ? first : `${first}\n${more}`;
  return clipText(text, MESSAGE_TEXT_LIMIT);
}

function toEntry(
  header: Header,
  more: string | null,
  order: DateOrder,
  nowYear: number,
  light: boolean,
): ExportEntry {
  // Pass one needs no times: it only counts messages.
  const at = light ? 0 : headerTime(header, order, nowYear);
  const parts = splitAuthor(header.rest);
  const author = parts ? cleanAuthor(parts.author) : '';
  if (!parts || author === '') {
    return { at, author: null, kind: 'system', text: cleanText(joined(header.rest, more)) };
  }
  const kind = bodyKind(parts.first);
  const first = kind === 'media' ? null : parts.first;
  if (light) {
    // Pass one only needs to know whether there is any text.
    const any =
      kind !== 'deleted' &&
      ((first !== null && VISIBLE.test(first)) || (more !== null && VISIBLE.test(more)));
    return { at, author, kind, text: any ? '…' : '' };
  }
  return {
    at,
    author,
    kind,
    text: kind === 'text' || kind === 'media' ? cleanText(joined(first, more)) : '',
  };
}

/** Pass two: every entry, in file order, from the text in chunks (a whole text is one chunk). */
export function readEntries(
  chunks: Iterable<string>,
  order: DateOrder,
  nowYear = new Date().getUTCFullYear(),
  onHeader?: (header: Header) => void,
  light = false,
): Generator<ExportEntry> {
  return entriesOf(chunks, (header, more) => {
    onHeader?.(header);
    return toEntry(header, more, order, nowYear, light);
  });
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

/** Pass one over the text: date order and authors, holding one message at a time. */
export function surveyChat(chunks: Iterable<string>, nowYear?: number): ChatSurvey {
  const vote = new DateOrderVote(nowYear);
  const counts = new Map<string, number>();
  const onHeader = (h: Header) => vote.add(h, mediaDateOf(h));
  for (const entry of readEntries(chunks, 'dmy', nowYear, onHeader, true)) {
    const message = asMessage({ ...entry, at: 0 });
    if (message) counts.set(message.author, (counts.get(message.author) ?? 0) + 1);
  }
  return { order: vote.decide(), authors: [...counts.keys()], counts };
}

/** Pass two: the messages, in file order. */
export function* messagesOf(
  chunks: Iterable<string>,
  order: DateOrder,
  nowYear?: number,
): Generator<ChatMessage> {
  for (const entry of readEntries(chunks, order, nowYear)) {
    const message = asMessage(entry);
    if (message) yield message;
  }
}

export function parseChatExport(text: string, nowYear?: number): ParsedChat {
  const survey = surveyChat([text], nowYear);
  const messages = [...messagesOf([text], survey.order, nowYear)];
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
