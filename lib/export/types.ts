/**
 * Shapes of a parsed WhatsApp chat export and of a backtest over it. Plain data, shared by the
 * parser, the backtest, the command line and (later) the options page.
 */
import type { Category } from '../classifier/types';

/** How the owner was chosen, as a code the pages translate (the reason text is for the CLI). */
export type OwnerBasis =
  'given' | 'settings' | 'you' | 'account-holder' | 'single' | 'not-starter' | 'busiest';

export interface ChatMessage {
  /**
   * The time written in the export, read as if it were UTC (epoch ms). WhatsApp writes the phone's
   * local wall-clock time with no zone, so `new Date(at).toISOString()` shows exactly what the
   * export said; do not convert it to another zone.
   */
  at: number;
  author: string;
  /** '' for a message that was only media. */
  text: string;
  hasMedia: boolean;
  /** The thread it belongs to, when the export says (Instagram); else the customer's name is used. */
  conversation?: string;
}

export interface ParsedChat {
  messages: ChatMessage[];
  /** Everyone who wrote at least one message, in order of their first message. */
  authors: string[];
}

export interface BacktestHit {
  at: number;
  text: string;
  category: Category | null;
  categories: Category[];
  reasons: string[];
  score: number;
  lang: string;
}

export interface BacktestConversation {
  /** The customer's name as the export shows it. */
  customer: string;
  customerMessages: number;
  /** The customer messages that would escalate, oldest first. */
  escalations: BacktestHit[];
}

export interface BacktestReport {
  /** null when no author could be taken for the owner (everyone is treated as a customer). */
  owner: string | null;
  /** How the owner was chosen, in plain words. */
  ownerReason: string;
  /** The same as a code, for translated text. */
  ownerBasis: OwnerBasis;
  authors: string[];
  conversations: BacktestConversation[];
  customerMessages: number;
  escalations: number;
}
