/**
 * The contract every platform adapter implements. The content runtime (lib/content) knows only
 * this interface. Adapters read and write the site's DOM and nothing else: no storage, no
 * messaging, no classifier.
 *
 * The incremental contract (docs/architecture.md, "From a mutation to a mark"):
 * - One adapter per content-script launch: `create<Site>Adapter({ signal })`. Whatever it keeps
 *   between calls (element caches, what it already handed over) lives in that instance, never at
 *   module level, and every observer, timer and listener it starts ends when `signal` aborts.
 * - The runtime observes only `observeTargets(doc)` (asked again after every pass; the elements'
 *   ancestors are watched for a replaced target, e.g. a thread switch) and hands each read the
 *   mutations since the previous pass as `PageChanges`. `undefined` means "anything may have
 *   changed" (first pass, a target replaced, too many changes): read from scratch. Changes with
 *   no nodes mean nothing changed since the adapter's own last read (a health check may have read
 *   the inbox just before): hand that reading back, or read from scratch if there is none.
 * - `readInbox(doc, changes)` re-reads only the rows the changes touch and returns every rendered
 *   row (unchanged rows as the same objects) plus `fresh`, the rows read anew.
 * - `readMessages(thread, request)` returns what the runtime has not been given yet. From scratch
 *   (a thread seen for the first time, or its message list replaced) it reads the message
 *   rows from the newest backwards and stops at the first message for which `request.stopAt` is
 *   true (the owner's last reply, or the last message already handled), so a long history costs
 *   nothing; later reads return only the messages appended at the end. Messages that appear above
 *   the known ones (older history loaded by scrolling up) are remembered, never returned. Either
 *   way up to `request.history` earlier messages come first, as context.
 */

export type Platform = 'whatsapp' | 'instagram';

export const PLATFORMS: readonly Platform[] = ['whatsapp', 'instagram'];

export interface IncomingMessage {
  /** Stable across re-renders and reloads: the same message always gets the same key. */
  key: string;
  /** The thread this message belongs to (same value as InboxRow.threadKey). */
  threadKey: string;
  author: 'them' | 'me';
  /** Group chats: the display name of the author of an incoming message. */
  sender?: string;
  /** The message's own text (emoji images turned back into emoji), without any quoted reply. */
  text: string;
  /** The text of the message this one replies to, kept apart. */
  quoted?: string;
  /** True when the message carries media (image, audio, video, document, sticker). */
  hasMedia: boolean;
  /** Epoch ms when the page says when it was sent, if it does. */
  sentAt?: number;
}

/** One rendered row of the site's inbox (the list of threads). */
export interface InboxRow {
  element: HTMLElement;
  threadKey: string;
  /** Display name of the contact or group. */
  title: string;
  /** Last-message preview as shown in the list, without "You:" / sender prefixes. */
  preview: string;
  /** The last message shown in the preview was sent by the owner. */
  previewFromMe: boolean;
  /** Number of unread messages; 1 when the row is unread without a number. 0 when read. */
  unreadCount: number;
  muted: boolean;
  group: boolean;
}

export interface OpenThread {
  threadKey: string;
  title: string;
  group: boolean;
  /** The element that holds the thread; replaced by the site when the owner switches chats. */
  root: HTMLElement;
  /**
   * The owner cannot write in this chat (the site shows a notice where the composer would be):
   * the banner offers no Insert reply.
   */
  readOnly?: boolean;
}

/**
 * What the adapter sees on the page:
 * - connected: the app is there and recognised;
 * - logged_out: the login / QR screen (not an error);
 * - loading: the app shell is not rendered yet;
 * - unrecognised: the app is there but required markup is missing (`missing` names it).
 */
export type PageHealth =
  | { state: 'connected' }
  | { state: 'logged_out' }
  | { state: 'loading' }
  | { state: 'unrecognised'; missing: string[] };

/**
 * What changed in the observed parts of the page since the previous pass, from the runtime's
 * MutationObserver (child lists and text only: attribute-only changes are not observed).
 */
export interface PageChanges {
  /**
   * Nodes whose children or text changed (the mutation records' targets); a node listed again
   * only when records of other nodes came between its own.
   */
  readonly targets: readonly Node[];
  /** Roots of the subtrees added (some may have been removed again since). */
  readonly added: readonly Node[];
  /** Roots of the subtrees removed (detached now, or moved elsewhere). */
  readonly removed: readonly Node[];
}

/** The inbox as one read found it. */
export interface InboxRead {
  /** Every rendered row; rows the changes did not touch are the same objects as last time. */
  readonly rows: readonly InboxRow[];
  /** The rows read anew by this call (new row elements, or rows whose content changed). */
  readonly fresh: readonly InboxRow[];
}

export interface MessagesRequest {
  /** The mutations since the previous read; undefined: read from scratch. */
  readonly changes: PageChanges | undefined;
  /**
   * From scratch, reading backwards from the newest message stops at (and includes) the first
   * message this is true for; without one, the whole rendered thread is read.
   */
  readonly stopAt: (message: IncomingMessage) => boolean;
  /** How many messages before the returned new ones to include as context (history). */
  readonly history: number;
}

export interface MessagesRead {
  /**
   * Oldest first: up to `history` earlier messages, then the messages new to the caller (from
   * scratch: from the stop message on; later: the ones appended since the previous read).
   */
  readonly messages: readonly IncomingMessage[];
  /** This read started over: first look at this thread, or its message list was replaced. */
  readonly fromScratch: boolean;
}

/** What an adapter is created with: the launch's lifetime. */
export interface AdapterOptions {
  readonly signal: AbortSignal;
}

export interface PlatformAdapter {
  readonly platform: Platform;
  /** Whether the URL is one where the adapter should run (inbox or thread pages). */
  isSupportedUrl(url: URL): boolean;
  health(doc: Document): PageHealth;
  /**
   * The elements the runtime observes (subtree, child lists and text): the inbox and the open
   * thread, or a container that will receive them. The runtime also watches their
   * ancestors' child lists, so a replaced target (thread switch) is noticed and read from scratch.
   */
  observeTargets(doc: Document): Element[];
  /** The chat list's rows, re-reading only what `changes` touched (everything when undefined). */
  readInbox(doc: Document, changes: PageChanges | undefined): InboxRead;
  /**
   * The open thread. With `changes` (the mutations inside the thread since the previous call) the
   * adapter may return its previous answer when they cannot have altered it (e.g. only messages
   * were added); without, it looks again from scratch.
   */
  openThread(doc: Document, changes?: PageChanges): OpenThread | undefined;
  /** The messages of the open thread the caller has not been given yet (see the contract above). */
  readMessages(thread: OpenThread, request: MessagesRequest): MessagesRead;
  /** The message composer of the open thread, if any. */
  composer(doc: Document): HTMLElement | undefined;
  /**
   * Whether the site's send button is enabled (it is only while the composer holds text), which
   * confirms an insertion whatever the interface language; undefined where the adapter cannot
   * tell. The button is never clicked.
   */
  sendReady?(doc: Document): boolean | undefined;
  /** Where the banner for the open thread is mounted (its host is inserted before this element). */
  bannerAnchor(doc: Document): Element | undefined;
  /**
   * The provisional key a row gets when the site shows only the contact's name (Instagram rows
   * without a thread link). The runtime matches such rows to escalations by the customer's name.
   */
  titleKey?(title: string): string;
}
