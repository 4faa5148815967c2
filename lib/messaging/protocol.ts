/**
 * The one message contract between the extension's parts. Direction of each message:
 * CS = content script (a WhatsApp or Instagram tab), BG = background, UI = popup/options.
 *
 *   candidates:classify CS → BG   new customer messages of the tab, to be classified; the
 *                                 background records the escalations among them and answers
 *                                 with the site's open escalations when it logged any
 *   escalation:listOpen CS → BG   open escalations of the tab's platform, for the page marks
 *   escalation:close    CS|UI → BG  resolve or dismiss (a CS may only close its own platform's)
 *   escalation:reopen   UI → BG
 *   escalation:snooze   UI → BG
 *   escalation:reveal   UI → BG   focus the tab of an escalation and show its conversation
 *   adapter:health      CS → BG   what the adapter recognises on the page
 *   data:deleteAll      UI → BG   delete every stored escalation, verdict and what was learned
 *   verdict:needsMe     CS|UI → BG  the owner says a conversation that was not flagged needs them
 *   escalation:recategorise UI → BG  the owner corrects an escalation's category
 *   verdict:remove      UI → BG   take back one verdict
 *   learning:forget     UI → BG   forget every verdict and what was learned
 *
 *   marks:changed       BG → CS   (tabs.sendMessage) the open escalations changed: refresh marks
 *                                 (not sent to the tab whose classify answer carries them)
 *   thread:reveal       BG → CS   (tabs.sendMessage) scroll the conversation's row into view
 *
 * The pages send with runtime.sendMessage. A content script sends over one port per launch
 * (runtime.connect, named PORT_NAME): each request carries an id, and the background's answer
 * repeats it with the result or the error (PortReply). The requests made in one task are posted
 * together, as a list (PortRequests). The background posts answers as a list
 * (PortAnswers). The answer to a lazy request waits for the next answer the background posts on
 * that port (at most PORT_HELD_ANSWERS_MAX wait): no timer sends it, so nothing reaches a tab
 * while nothing changes in it. A lazy request whose port closed at least PORT_IDLE_STOP_MS after
 * it was posted fails with HELD_ANSWER_LOST (the background had it and held a routine answer);
 * any other request on a closed port fails with DISCONNECTED.
 */
import type { Category, HistoryTurn } from '../classifier/types';
import type { NewEscalation } from '../db/escalations';
import type { PageHealth, Platform } from '../platforms/types';
import type { ReasonGroup } from '../reason-text';

/** An escalation as the background builds it from a candidate: the log's new entry, with the
 * full message text instead of the excerpt (only a short excerpt of it is stored). */
export type EscalationReport = Omit<NewEscalation, 'excerpt'> & { text: string };

/**
 * A customer message the tab has not handled yet. The tab reads it from the page; the background
 * classifies it (with the owner's learned adaptation and settings) and, when it escalates, drafts
 * the reply and records it. Nothing of a candidate is stored unless it escalates.
 */
export interface Candidate {
  threadKey: string;
  /** The message's own key first, then its content key (lib/content/keys.ts). */
  messageKeys: string[];
  /** The customer as the page names them ("sender (group)" in a group). */
  customer: string;
  text: string;
  /** The turns before it in its conversation, oldest first (lib/classifier/history.ts). */
  history: HistoryTurn[];
  /** Read from the chat list's preview or from the open conversation. */
  source: 'preview' | 'thread';
  /** Written in a group chat (its questions are not for the FAQ). */
  group?: boolean;
  /** When the page says the customer sent it. */
  sentAt?: number;
  /** The owner's "Needs me": escalate with this category whatever the classifier says. */
  needsMe?: Category;
}

/** What became of each candidate of a batch, in order: not an escalation, or the log's answer. */
export type CandidateOutcome = 'none' | 'created' | 'merged' | 'duplicate';

export interface OpenMark {
  id: number;
  threadKey: string;
  category: Category;
  categories: Category[];
  /** The reasons grouped by category (lib/reasons.ts), ready to be said in the owner's language. */
  reasonGroups: ReasonGroup[];
  customer: string;
  draft: string;
  /** The promise in the owner's words, e.g. "You promised a reply today by 14:30". */
  promiseText?: string;
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
  'candidates:classify': {
    data: { platform: Platform; candidates: Candidate[] };
    /**
     * With `open`, the site's open escalations after the batch (as escalation:listOpen answers),
     * when some candidate is in the log; the sending tab is not told of that change otherwise.
     */
    result: { outcomes: CandidateOutcome[]; open?: OpenMark[] };
  };
  'escalation:listOpen': { data: { platform: Platform }; result: OpenMark[] };
  'escalation:close': { data: { id: number; status: 'resolved' | 'dismissed' }; result: null };
  'escalation:reopen': { data: { id: number }; result: null };
  'escalation:snooze': { data: { id: number; minutes: number }; result: null };
  'escalation:reveal': { data: { id: number }; result: { revealed: boolean } };
  'adapter:health': { data: { platform: Platform; health: PageHealth }; result: null };
  'data:deleteAll': { data: Record<string, never>; result: null };
  'verdict:needsMe': { data: NeedsMeVerdict; result: { id: number } };
  'escalation:recategorise': { data: { id: number; category: Category }; result: null };
  'verdict:remove': { data: { id: number }; result: null };
  'learning:forget': { data: Record<string, never>; result: null };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = ProtocolMap[K]['data'];
export type MessageResult<K extends MessageType> = ProtocolMap[K]['result'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: MessageData<K>;
}

/** The name of a content script's port to the background; a port by any other name is refused. */
export const PORT_NAME = 'radar';

/**
 * A request on the port: an envelope and the id its answer repeats. `lazy`: the tab does not wait
 * on the answer (a batch of routine messages nothing on screen depends on), so the background
 * holds it back and posts it with the next answer it posts on the port, however late; an error,
 * or a batch that logged an escalation (its answer carries the open ones), is answered at once.
 */
export type PortRequest<K extends MessageType = MessageType> = Envelope<K> & {
  id: number;
  lazy?: true;
};

/** What a tab posts on the port: the requests it made in one task, in the order made. */
export type PortRequests = readonly PortRequest[];

/** How many lazy answers the background holds on a port; the one past it goes with them all. */
export const PORT_HELD_ANSWERS_MAX = 16;

/**
 * Chrome stops an extension's service worker after 30 s without an event, which closes its
 * ports. A request arriving is an event, and a request the background has handled is answered at
 * once unless its answer is a routine one held back: so a lazy request whose port closed at least
 * this long after it was posted was handled, and only its held answer was lost.
 */
export const PORT_IDLE_STOP_MS = 30_000;

/** Why a lazy request failed when its answer was held back and lost with its port. */
export const HELD_ANSWER_LOST = 'answer lost';

/** Why a request failed when its port closed first, or its sender stopped before it went. */
export const DISCONNECTED = 'disconnected';

/** The background's answer on the port to the request with the same id. */
export type PortReply = { id: number; result: unknown } | { id: number; error: string };

/** What the background posts on the port: the answers to one or more requests. */
export type PortAnswers = readonly PortReply[];

/** Messages the background pushes to content scripts. */
export type TabMessage = { type: 'marks:changed' } | { type: 'thread:reveal'; threadKey: string };

/** Which senders may send which message. */
export const SENDERS: Record<MessageType, readonly ('content' | 'ui')[]> = {
  'candidates:classify': ['content'],
  'escalation:listOpen': ['content'],
  'escalation:close': ['content', 'ui'],
  'escalation:reopen': ['ui'],
  'escalation:snooze': ['ui'],
  'escalation:reveal': ['ui'],
  'adapter:health': ['content'],
  'data:deleteAll': ['ui'],
  'verdict:needsMe': ['content', 'ui'],
  'escalation:recategorise': ['ui'],
  'verdict:remove': ['ui'],
  'learning:forget': ['ui'],
};
