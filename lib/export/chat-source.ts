/**
 * One chat to backtest, whatever it came from: who wrote how much (for choosing the owner) and
 * its messages in order, which can be read again (a second pass). A WhatsApp export is surveyed
 * once (date order, authors) and its messages are then streamed from the bytes, so only one
 * message is held at a time; an Instagram download is small enough to keep as a list.
 */
import { joinThreads } from './instagram';
import { decodeChunks, type ExportSource } from './read-file';
import { messagesOf, surveyChat } from './parse';
import type { ChatMessage, ParsedChat } from './types';

export interface ChatSource {
  platform: 'whatsapp' | 'instagram';
  /** Everyone who wrote a message, in order of their first message. */
  authors: string[];
  /** Messages per author. */
  counts: Map<string, number>;
  /** Total messages. */
  total: number;
  /** Instagram: the one person in every thread of the download. */
  accountHolder?: string;
  /** A fresh pass over the messages, oldest first. */
  messages: () => Iterable<ChatMessage>;
}

function countAuthors(messages: ChatMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.author, (counts.get(m.author) ?? 0) + 1);
  return counts;
}

export function chatSource(source: ExportSource, nowYear?: number): ChatSource {
  if (source.platform === 'instagram') {
    const joined = joinThreads(source.threads);
    const counts = countAuthors(joined.messages);
    return {
      platform: 'instagram',
      authors: joined.authors,
      counts,
      total: joined.messages.length,
      ...(joined.accountHolder !== undefined ? { accountHolder: joined.accountHolder } : {}),
      messages: () => joined.messages,
    };
  }
  const { bytes } = source;
  const survey = surveyChat(decodeChunks(bytes), nowYear);
  let total = 0;
  for (const n of survey.counts.values()) total += n;
  return {
    platform: 'whatsapp',
    authors: survey.authors,
    counts: survey.counts,
    total,
    messages: () => messagesOf(decodeChunks(bytes), survey.order, nowYear),
  };
}

/** A chat already parsed into memory, as a source. */
export function parsedSource(chat: ParsedChat): ChatSource {
  return {
    platform: 'whatsapp',
    authors: chat.authors,
    counts: countAuthors(chat.messages),
    total: chat.messages.length,
    messages: () => chat.messages,
  };
}
