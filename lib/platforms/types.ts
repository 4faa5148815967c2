/**
 * The contract every platform adapter implements. The content runtime (lib/content) knows only
 * this interface. Adapters read and write the site's DOM and nothing else: no storage, no
 * messaging, no classifier.
 */

export type Platform = 'whatsapp' | 'instagram';

export const PLATFORMS: readonly Platform[] = ['whatsapp', 'instagram'];

export interface IncomingMessage {
  /** Stable across re-renders and reloads: the same message always gets the same key. */
  key: string;
  /** The conversation this message belongs to (same value as ChatRow.threadKey). */
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

/** One rendered row of the site's chat list (inbox). */
export interface ChatRow {
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

export interface PlatformAdapter {
  readonly platform: Platform;
  /** Whether the URL is one where the adapter should run (inbox or thread pages). */
  isSupportedUrl(url: URL): boolean;
  health(doc: Document): PageHealth;
  /** Elements the runtime observes for changes (chat list, conversation panel and its parent). */
  observeTargets(doc: Document): Element[];
  listRows(doc: Document): ChatRow[];
  openThread(doc: Document): OpenThread | undefined;
  /** Messages currently rendered in the open thread, oldest first. */
  readMessages(thread: OpenThread): IncomingMessage[];
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
