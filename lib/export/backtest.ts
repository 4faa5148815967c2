/**
 * Backtest: runs the classifier over a chat export to show which customer messages would have
 * escalated. Each customer is one conversation (a one-to-one WhatsApp export has one; a group has
 * one per customer; an Instagram download has one per thread). Every customer message with text
 * is classified with the last HISTORY_TURNS turns of its conversation as history (the shared
 * history builder in lib/classifier/history); media-only messages are counted but not classified.
 * Memory stays bounded: messages are read one at a time from the source, authors are counted in a
 * map, and each conversation keeps only its history window. Pure and browser-safe.
 */
import { classify } from '../classifier/index';
import { HistoryWindows } from '../classifier/history';
import type { Classification, ClassifierConfig, ClassifierInput } from '../classifier/types';
import { parsedSource, type ChatSource } from './chat-source';
import { chooseOwner } from './owner';
import type { BacktestConversation, BacktestReport, ChatMessage, ParsedChat } from './types';

/** One message as the backtest saw it, for the message-by-message output. */
export interface MessageVerdict {
  message: ChatMessage;
  conversation: string;
  role: 'owner' | 'customer';
  /** The classification of a customer message with text; null for the owner's and for media only. */
  result: Classification | null;
}

export interface BacktestOptions {
  /** The owner's name as it appears in the export; throws when nobody has that name. */
  owner?: string | undefined;
  /** Names that probably belong to the owner (settings' ownerName and businessName). */
  ownerHints?: string[];
  /** Called for every message, in order. */
  onMessage?: (verdict: MessageVerdict) => void;
  /** Called every PROGRESS_EVERY messages with how many are done out of the total. */
  onProgress?: (done: number, total: number) => void;
  /** The classifier to run (default: the shipped one); the command line's --feedback adds the owner's layer. */
  classify?: (input: ClassifierInput, config: ClassifierConfig) => Classification;
}

export const PROGRESS_EVERY = 500;

export function backtestSource(
  source: ChatSource,
  config: ClassifierConfig,
  options: BacktestOptions = {},
): BacktestReport {
  const { owner, reason, basis } = chooseOwner(
    source.authors,
    source.counts,
    options.owner,
    options.ownerHints,
    source.accountHolder,
  );
  const customers = source.authors.filter((a) => a !== owner);
  const onlyCustomer = customers.length === 1 ? customers[0] : undefined;
  // A chat with several customers and no threads is a group, as the tab reads it: its questions
  // are the members' to each other, not for the FAQ (lib/classifier/types.ts, ClassifierInput).
  const group = customers.length > 1;
  const conversations = new Map<string, BacktestConversation>();
  const histories = new HistoryWindows();
  let customerMessages = 0;
  let escalations = 0;
  let done = 0;
  let lastCustomerConversation = onlyCustomer ?? '';
  const classifier = options.classify ?? classify;
  for (const message of source.messages()) {
    done++;
    if (options.onProgress && done % PROGRESS_EVERY === 0) options.onProgress(done, source.total);
    if (message.author === owner) {
      // An owner message without a thread name belongs to every conversation of the chat.
      const conversation = message.conversation ?? lastCustomerConversation;
      if (message.text !== '') {
        histories.add(message.conversation ?? null, { from: 'owner', text: message.text });
      }
      options.onMessage?.({ message, conversation, role: 'owner', result: null });
      continue;
    }
    const key = message.conversation ?? message.author;
    lastCustomerConversation = key;
    let conversation = conversations.get(key);
    if (!conversation) {
      conversation = { customer: key, customerMessages: 0, escalations: [] };
      conversations.set(key, conversation);
    }
    conversation.customerMessages++;
    customerMessages++;
    if (message.text === '') {
      options.onMessage?.({ message, conversation: key, role: 'customer', result: null });
      continue;
    }
    const result = classifier(
      {
        text: message.text,
        history: histories.historyOf(key),
        ...(group && message.conversation === undefined && { group }),
      },
      config,
    );
    histories.add(key, { from: 'customer', text: message.text });
    options.onMessage?.({ message, conversation: key, role: 'customer', result });
    if (!result.escalate) continue;
    escalations++;
    conversation.escalations.push({
      at: message.at,
      text: message.text,
      category: result.category,
      categories: result.categories,
      reasons: result.reasons,
      score: result.score,
      lang: result.lang,
    });
  }
  options.onProgress?.(done, source.total);
  return {
    owner,
    ownerReason: reason,
    ownerBasis: basis,
    authors: source.authors,
    conversations: [...conversations.values()],
    customerMessages,
    escalations,
  };
}

export function backtestExport(
  chat: ParsedChat,
  config: ClassifierConfig,
  options: BacktestOptions = {},
): BacktestReport {
  return backtestSource(parsedSource(chat), config, options);
}
