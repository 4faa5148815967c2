/**
 * The one message contract between the extension's parts. Direction of each message:
 * CS = content script (a WhatsApp or Instagram tab), BG = background, UI = popup/options.
 *
 *   escalation:report   CS → BG   an escalation found in the tab (only escalations leave a tab)
 *   escalation:listOpen CS → BG   open escalations of the tab's platform, for the page marks
 *   escalation:close    CS|UI → BG  resolve or dismiss (a CS may only close its own platform's)
 *   escalation:reopen   UI → BG
 *   escalation:snooze   UI → BG
 *   escalation:reveal   UI → BG   focus the tab of an escalation and show its conversation
 *   adapter:health      CS → BG   what the adapter recognises on the page
 *   classifier:model    CS → BG   the classifier's weights (kept out of the content bundle)
 *   data:deleteAll      UI → BG   delete every stored escalation, verdict and what was learned
 *   verdict:needsMe     CS|UI → BG  the owner says a conversation that was not flagged needs them
 *   escalation:recategorise UI → BG  the owner corrects an escalation's category
 *   verdict:remove      UI → BG   take back one verdict
 *   learning:model      CS → BG   what was learned from the owner's verdicts (no text)
 *   learning:forget     UI → BG   forget every verdict and what was learned
 *
 *   marks:changed       BG → CS   (tabs.sendMessage) the open escalations changed: refresh marks
 *   thread:reveal       BG → CS   (tabs.sendMessage) scroll the conversation's row into view
 *   learning:changed    BG → CS   (tabs.sendMessage) ask for learning:model again
 */
import type { ModelWeights } from '../classifier/core';
import type { Category, HistoryTurn, KeyedReason } from '../classifier/types';
import type { Adaptation } from '../learning/types';
import type { NewEscalation } from '../db/escalations';
import type { PageHealth, Platform } from '../platforms/types';

/** An escalation found in a tab: the log's new entry, with the full message text instead of the
 * excerpt (the background keeps only a short excerpt of it). */
export type EscalationReport = Omit<NewEscalation, 'excerpt'> & { text: string };

export interface OpenMark {
  id: number;
  threadKey: string;
  category: Category;
  categories: Category[];
  reasons: string[];
  /** The same reasons keyed (absent on entries logged before reasons were keyed). */
  keyedReasons?: KeyedReason[];
  customer: string;
  draft: string;
  promiseDueAt?: number;
}

/** "Needs me" on a conversation the radar did not flag: its last customer message and before. */
export interface NeedsMeVerdict {
  platform: Platform;
  customer: string;
  text: string;
  history: HistoryTurn[];
  category: Category;
}

export interface ProtocolMap {
  'escalation:report': {
    data: EscalationReport;
    result: { id: number; outcome: 'created' | 'merged' | 'duplicate' };
  };
  'escalation:listOpen': { data: { platform: Platform }; result: OpenMark[] };
  'escalation:close': { data: { id: number; status: 'resolved' | 'dismissed' }; result: null };
  'escalation:reopen': { data: { id: number }; result: null };
  'escalation:snooze': { data: { id: number; minutes: number }; result: null };
  'escalation:reveal': { data: { id: number }; result: { revealed: boolean } };
  'adapter:health': { data: { platform: Platform; health: PageHealth }; result: null };
  'classifier:model': { data: Record<string, never>; result: ModelWeights };
  'data:deleteAll': { data: Record<string, never>; result: null };
  'verdict:needsMe': { data: NeedsMeVerdict; result: { id: number } };
  'escalation:recategorise': { data: { id: number; category: Category }; result: null };
  'verdict:remove': { data: { id: number }; result: null };
  'learning:model': { data: Record<string, never>; result: Adaptation };
  'learning:forget': { data: Record<string, never>; result: null };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = ProtocolMap[K]['data'];
export type MessageResult<K extends MessageType> = ProtocolMap[K]['result'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: MessageData<K>;
}

/** Pushed to content scripts when what was learned changed (kept apart from TabMessage). */
export interface LearningChanged {
  type: 'learning:changed';
}

/** Messages the background pushes to content scripts. */
export type TabMessage = { type: 'marks:changed' } | { type: 'thread:reveal'; threadKey: string };

/** Which senders may send which message. */
export const SENDERS: Record<MessageType, readonly ('content' | 'ui')[]> = {
  'escalation:report': ['content'],
  'escalation:listOpen': ['content'],
  'escalation:close': ['content', 'ui'],
  'escalation:reopen': ['ui'],
  'escalation:snooze': ['ui'],
  'escalation:reveal': ['ui'],
  'adapter:health': ['content'],
  'classifier:model': ['content'],
  'data:deleteAll': ['ui'],
  'verdict:needsMe': ['content', 'ui'],
  'escalation:recategorise': ['ui'],
  'verdict:remove': ['ui'],
  'learning:model': ['content'],
  'learning:forget': ['ui'],
};
