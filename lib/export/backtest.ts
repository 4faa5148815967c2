/**
 * Backtest: runs the classifier over a parsed chat export to show which customer messages would
 * have escalated. Each customer author is one conversation (a one-to-one export has one; a group
 * has one per customer). Every customer message with text is classified with the conversation's
 * earlier turns as history (that customer's messages and the owner's, the last HISTORY_TURNS);
 * media-only messages are counted but not classified. Pure and browser-safe.
 */
import { classify } from '../classifier/index';
import type { ClassifierConfig, HistoryTurn } from '../classifier/types';
import { chooseOwner } from './owner';
import type { BacktestConversation, BacktestReport, ParsedChat } from './types';

export const HISTORY_TURNS = 10;

export interface BacktestOptions {
  /** The owner's name as it appears in the export; throws when nobody has that name. */
  owner?: string;
  /** Names that probably belong to the owner (settings' ownerName and businessName). */
  ownerHints?: string[];
}

export function backtestExport(
  chat: ParsedChat,
  config: ClassifierConfig,
  options: BacktestOptions = {},
): BacktestReport {
  const { owner, reason, basis } = chooseOwner(
    chat.authors,
    chat.messages,
    options.owner,
    options.ownerHints,
  );
  const conversations = new Map<string, BacktestConversation>();
  const histories = new Map<string, HistoryTurn[]>();
  let customerMessages = 0;
  let escalations = 0;
  const ownerTurns: HistoryTurn[] = [];
  for (const message of chat.messages) {
    if (message.author === owner) {
      if (message.text === '') continue;
      ownerTurns.push({ from: 'owner', text: message.text });
      if (ownerTurns.length > HISTORY_TURNS) ownerTurns.shift();
      for (const history of histories.values()) history.push({ from: 'owner', text: message.text });
      continue;
    }
    let conversation = conversations.get(message.author);
    let history = histories.get(message.author);
    if (!conversation || !history) {
      conversation = { customer: message.author, customerMessages: 0, escalations: [] };
      history = ownerTurns.slice(-HISTORY_TURNS);
      conversations.set(message.author, conversation);
      histories.set(message.author, history);
    }
    conversation.customerMessages++;
    customerMessages++;
    if (message.text === '') continue;
    const result = classify({ text: message.text, history: history.slice(-HISTORY_TURNS) }, config);
    history.push({ from: 'customer', text: message.text });
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
  return {
    owner,
    ownerReason: reason,
    ownerBasis: basis,
    authors: chat.authors,
    conversations: [...conversations.values()],
    customerMessages,
    escalations,
  };
}
