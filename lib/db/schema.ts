/**
 * The escalation log's IndexedDB schema (Dexie). Opened only by the background and the extension's
 * own pages, never by a content script (a content script's IndexedDB belongs to the site).
 * Versions are append-only: a released version's declaration is never edited; a change is a new
 * version, with an upgrade when data must move. Customer text is kept only as a short excerpt.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Category, HistoryTurn, KeyedReason } from '../classifier/types';
import type { Adaptation } from '../learning/types';
import type { Platform } from '../platforms/types';
import { DB_NAME } from './names';

export type EscalationStatus = 'open' | 'resolved' | 'dismissed';
export type PromiseState = 'none' | 'pending' | 'kept' | 'missed';

export interface EscalationRow {
  id?: number;
  platform: Platform;
  /** Conversation identity from the adapter. */
  threadKey: string;
  /** Key of the first message that escalated. */
  messageKey: string;
  /** Customer display name as the site shows it. */
  customer: string;
  category: Category;
  categories: Category[];
  score: number;
  lang: string;
  reasons: string[];
  /**
   * The same reasons keyed, with the customer's words, so pages say them in the owner's language
   * (not indexed; absent on entries logged before reasons were keyed, whose lines are read back).
   */
  keyedReasons?: KeyedReason[];
  /** At most EXCERPT_MAX characters of the message that escalated. */
  excerpt: string;
  /** The drafted handoff reply. */
  draft: string;
  /** Where the escalation was seen: the chat list preview or the open conversation. */
  source: 'preview' | 'thread';
  status: EscalationStatus;
  detectedAt: number;
  /** When the customer sent the message that escalated, when the page says (not indexed). */
  messageAt?: number;
  /** Last time a message of this conversation added to the escalation. */
  updatedAt: number;
  closedAt?: number;
  snoozedUntil?: number;
  /** When the promise made in the draft runs out (absent: nothing specific was promised). */
  promiseDueAt?: number;
  promiseState: PromiseState;
  /** Reminder already sent: 'before' (due soon) and/or 'overdue'. */
  reminded: ('before' | 'overdue')[];
  /**
   * The desktop notification for this escalation, written in the same transaction as the row:
   * 'pending' until it was shown ('shown'), counted in the summary notification ('grouped') or not
   * wanted by the settings ('skipped'). Absent on rows from before this was recorded.
   */
  notify?: NotifyState;
  /** When `notify` left 'pending'. */
  notifiedAt?: number;
}

export type NotifyState = 'pending' | 'shown' | 'grouped' | 'skipped';

/** One row per message key already handled, so a message seen twice is logged once. */
export interface SeenMessageRow {
  /** `${platform}|${key}` */
  key: string;
  escalationId: number;
  seenAt: number;
}

/** Connection state of one tab, as its content script last reported it. */
export interface TabHealthRow {
  tabId: number;
  platform: Platform;
  state: 'connected' | 'logged_out' | 'loading' | 'unrecognised';
  missing: string[];
  /** When the tab reported this (a report that repeats the row is not written). */
  reportedAt: number;
}

/**
 * One owner verdict: "not needed" on an escalation (category null), a corrected category, or
 * "needs me" on a conversation the radar did not flag. Kept to learn from (the newest
 * MAX_VERDICTS), until the owner removes it, forgets what was learned or deletes all data.
 */
export interface VerdictRow {
  id?: number;
  kind: 'not_needed' | 'correction' | 'needs_me';
  /** The customer's message the verdict is about. */
  text: string;
  /** Earlier turns of the conversation, oldest first (empty when not known). */
  history: HistoryTurn[];
  category: Category | null;
  at: number;
  platform: Platform;
  /** The escalation the verdict was given on, if any (reopening it takes the verdict back). */
  escalationId?: number;
  customer: string;
}

/** What the background learned from the verdicts (one row, key 'owner'). */
export interface LearningRow {
  key: 'owner';
  adaptation: Adaptation;
  /** The classifier settings it was learned with; learned again when they change. */
  configKey: string;
  learnedAt: number;
}

export const EXCERPT_MAX = 280;

export type RadarDb = Dexie & {
  escalations: EntityTable<EscalationRow, 'id'>;
  seenMessages: EntityTable<SeenMessageRow, 'key'>;
  tabHealth: EntityTable<TabHealthRow, 'tabId'>;
  verdicts: EntityTable<VerdictRow, 'id'>;
  learning: EntityTable<LearningRow, 'key'>;
};

export interface DbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Declares every version. Version 1 shipped first; never edit it, add versions. */
export function createDb(name = DB_NAME, deps?: DbDeps): RadarDb {
  const db = new Dexie(name, deps) as RadarDb;
  db.version(1).stores({
    escalations: '++id, status, detectedAt, [platform+threadKey], category, platform',
    seenMessages: '&key, seenAt',
    tabHealth: '&tabId',
  });
  // v2: reminders query by due time; rows from v1 get their promise state derived.
  db.version(2)
    .stores({
      escalations:
        '++id, status, detectedAt, [platform+threadKey], category, platform, promiseDueAt',
    })
    .upgrade((tx) =>
      tx
        .table<EscalationRow>('escalations')
        .toCollection()
        .modify((row: Partial<EscalationRow>) => {
          row.reminded ??= [];
          row.promiseState ??= row.promiseDueAt === undefined ? 'none' : 'pending';
        }),
    );
  // v3: the owner's verdicts and what was learned from them; nothing to move.
  db.version(3).stores({
    verdicts: '++id, at, escalationId',
    learning: '&key',
  });
  return db;
}
