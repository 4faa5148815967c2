/**
 * Every CSS selector the WhatsApp Web adapter uses, and nothing else. Each entry is an ordered
 * chain (most stable hook first: data-testid / data-id / id / role / aria, then older-era
 * fallbacks), says what it finds, when it was last checked against docs/site-markup.md
 * (sections 1.2–1.7, which cover three DOM eras: A until mid-2023, B "2.3000" 2023–spring 2026,
 * C 2026) and which fixtures in tests/fixtures/dom/whatsapp/ must match it. Generated atomic class
 * names are never used; the only classes are `message-in`/`message-out` (documented era A/B
 * markers) and `selectable-text`/`quoted-mention` (semantic names unchanged since era A).
 * Entries marked "scoped" are queried inside an element the adapter already found (a row, #main).
 */
import type { SelectorSpec } from '../selector-spec';

const VERIFIED = '2026-09-30';
/** The 2026 variants: svg-title receipts in previews, read-only footers, the send button, drawers. */
const VERIFIED_2026_VARIANTS = '2026-11-30';

const LIST_FIXTURES = ['chat-list-2026', 'chat-list-2024'];
const THREAD_FIXTURES = [
  'thread-2026-1to1',
  'thread-2026-group',
  'thread-2024-eraB',
  'thread-2023-eraA',
];

export const selectors = {
  // ── page ──────────────────────────────────────────────────────────────────────────────────────
  app: {
    css: ['#app'],
    finds: 'the app root (absent or empty while loading)',
    verified: VERIFIED,
    fixtures: ['chat-list-2026', 'chat-list-2024', 'logged-out-qr', 'loading', 'unrecognised'],
  },
  loginScreen: {
    css: ['[data-ref]', 'canvas[aria-label*="scan" i]', '[data-testid="qrcode"]'],
    finds: 'the QR / login screen (data-ref carries the QR payload)',
    verified: VERIFIED,
    fixtures: ['logged-out-qr'],
  },
  startupScreen: {
    css: ['#app progress', '#app [role="progressbar"]'],
    finds: 'the "loading your chats" progress screen shown before the chat list',
    verified: VERIFIED,
    fixtures: [],
  },

  // ── chat list ─────────────────────────────────────────────────────────────────────────────────
  chatList: {
    css: [
      '#pane-side [role="grid"]',
      '[data-testid="chat-list"]',
      '#pane-side [role="list"]',
      '#pane-side',
    ],
    finds: 'the virtualised chat list container (rows are its descendants)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
  },
  chatRow: {
    css: ['[role="row"]', '[role="listitem"]'],
    finds: 'scoped to chatList: rendered rows (2026 and early 2024 role=row; 2.3000 role=listitem)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
    min: 5,
  },
  messageYourselfRow: {
    css: ['[data-testid="message-yourself-row"]'],
    finds: 'scoped to a row: marks the "Message yourself" row (notes to self, never a customer)',
    verified: VERIFIED,
    fixtures: ['chat-list-2026'],
  },
  rowTitle: {
    css: [
      '[data-testid="cell-frame-title"] span[title]',
      '[data-testid="cell-frame-title"]',
      'span[dir="auto"][title]',
      'span[title]',
    ],
    finds: 'scoped to a row: the chat name (full name in the title attribute)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
    min: 5,
  },
  rowTitledSpans: {
    css: ['span[title]'],
    finds: 'scoped to a row, era B: the titled spans, in DOM order [name, preview]',
    verified: VERIFIED,
    fixtures: ['chat-list-2024'],
    min: 5,
  },
  rowPreview: {
    css: ['[data-testid="last-msg-status"]', '[data-testid="cell-frame-secondary"] span[title]'],
    finds: 'scoped to a row, 2026: the last-message preview',
    verified: VERIFIED,
    fixtures: ['chat-list-2026'],
    min: 5,
  },
  rowPreviewSender: {
    css: ['span[dir="auto"]'],
    finds:
      'scoped to a preview: candidate sender element; the adapter keeps only a direct child followed by ": " ([L] structure of group/"You" previews assumed)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
  },
  rowOwnTick: {
    css: [
      '[data-icon="status-dblcheck"], [data-icon="status-check"], [data-icon="status-time"]',
      '[data-testid="status-dblcheck"], [data-testid="status-check"], [data-testid="status-time"]',
      '[data-icon="msg-dblcheck"], [data-icon="msg-check"], [data-icon="msg-time"]',
      'svg title',
    ],
    finds:
      'scoped to a preview: the delivery tick shown when the last message is the owner’s (svg titles are kept only when they name a wds-ic-* receipt)',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...LIST_FIXTURES, 'chat-list-2026-receipts'],
    proofs: { 'svg title': { fixture: 'chat-list-2026-receipts', verified: '2026-11-30' } },
  },
  rowUnread: {
    css: [
      '[data-testid="icon-unread-count"]',
      'span[aria-label*="unread" i]',
      'span[aria-label*="não lid" i]',
      'span[aria-label*="no leíd" i]',
    ],
    finds: 'scoped to a row: the unread badge (number, or empty for "marked as unread")',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
  },
  rowMuted: {
    css: [
      '[data-testid="mute-notifications-refreshed"], [data-icon="mute-notifications-refreshed"]',
      '[data-icon="muted"], [data-testid="muted"]',
    ],
    finds: 'scoped to a row: the muted-chat icon',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
  },
  rowGroupAvatar: {
    css: [
      '[data-icon="default-group-refreshed"], [data-testid="default-group-refreshed"]',
      '[data-icon="default-group"], [data-testid="default-group"]',
    ],
    finds: 'scoped to a row: the default group avatar (groups without a picture)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
  },

  // ── open conversation ─────────────────────────────────────────────────────────────────────────
  main: {
    css: ['#main'],
    finds: 'the open conversation panel (replaced on chat switch)',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
  },
  header: {
    css: ['header[data-testid="conversation-header"]', 'header'],
    finds:
      'scoped to #main: the conversation header; of bare headers the adapter keeps the one beside the message list (a drawer inside #main has its own header)',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...THREAD_FIXTURES, 'thread-2026-readonly'],
    proofs: { header: { fixture: 'thread-2026-readonly', verified: '2026-11-30' } },
  },
  headerTitle: {
    css: [
      '[data-testid="conversation-info-header-chat-title"]',
      '[data-testid="chat-title"]',
      '[data-testid="conversation-info-header"] span[dir="auto"]',
      'span[dir="auto"][title]',
      'span[dir="auto"]',
    ],
    finds: 'scoped to the header: the chat name (never the "Profile details" avatar button)',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...THREAD_FIXTURES, 'thread-2026-readonly'],
    proofs: {
      '[data-testid="chat-title"]': { fixture: 'thread-2026-readonly', verified: '2026-11-30' },
    },
  },
  headerSubtitle: {
    css: ['[data-testid="chat-subtitle"] span[title]', '[data-testid="chat-subtitle"]'],
    finds: 'scoped to the header: subtitle (participants of a group, or online / last seen)',
    verified: VERIFIED,
    fixtures: ['thread-2026-group'],
  },
  messageList: {
    css: ['[data-testid="conversation-panel-messages"]', '[role="application"]'],
    finds: 'scoped to #main: the message list',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
  },
  conversationBody: {
    css: [
      '[data-testid="conversation-panel-body"]',
      '[data-testid="conversation-panel-messages"]',
      '[role="application"]',
    ],
    finds: 'scoped to #main: the body under the header, where the banner goes before',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
  },
  messageRow: {
    css: ['[data-id]', '[data-testid^="conv-msg-"]'],
    finds: 'scoped to the message list: one message (data-id and conv-msg-* are the same element)',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
    min: 4,
  },
  groupMessageId: {
    css: ['[data-id*="@g.us"]'],
    finds: 'scoped to #main, era A/B: a message whose data-id names a group JID',
    verified: VERIFIED,
    fixtures: ['thread-2023-eraA'],
  },
  systemMessage: {
    css: ['[data-testid="msg-notification-container"], [data-testid="system_message"]'],
    finds: 'scoped to a message: a system notice (security code, added to group, Meta notice)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
  },
  bubble: {
    css: ['[data-testid="msg-container"]', '.message-in, .message-out', '[data-pre-plain-text]'],
    finds: 'scoped to a message: the bubble (absent on separators)',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
    min: 4,
  },
  classOut: {
    css: ['.message-out'],
    finds: 'scoped to a message, era A/B: outgoing marker class (removed in 2026)',
    verified: VERIFIED,
    fixtures: ['thread-2024-eraB', 'thread-2023-eraA'],
  },
  classIn: {
    css: ['.message-in'],
    finds: 'scoped to a message, era A/B: incoming marker class (removed in 2026)',
    verified: VERIFIED,
    fixtures: ['thread-2024-eraB', 'thread-2023-eraA'],
  },
  tailOut: {
    css: ['[data-testid="tail-out"], [data-icon="tail-out"]'],
    finds: 'scoped to a message: outgoing tail (only the first message of a run)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
  },
  tailIn: {
    css: ['[data-testid="tail-in"], [data-icon="tail-in"]'],
    finds: 'scoped to a message: incoming tail (only the first message of a run)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
  },
  senderLabel: {
    css: ['span[aria-label$=":"]'],
    finds: 'scoped to a message: hidden sender label "You:" / "Você:" / "<name>:"',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
  },
  msgMeta: {
    css: ['[data-testid="msg-meta"]'],
    finds: 'scoped to a message: time + receipt block',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
  },
  receipt: {
    css: [
      '[data-icon="msg-check"], [data-icon="msg-dblcheck"], [data-icon="msg-dblcheck-ack"], [data-icon="msg-time"]',
      'svg title',
    ],
    finds: 'scoped to msgMeta: delivery receipt (svg titles are filtered to wds-ic-* receipts)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group', 'thread-2024-eraB'],
  },
  prePlainText: {
    css: ['[data-pre-plain-text]'],
    finds: 'scoped to a message: the copyable-text block with "[time, date] Sender: "',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
  },
  messageText: {
    css: ['[data-testid~="selectable-text"]', '.selectable-text'],
    finds:
      'scoped to a message: the text span (also image captions: "image-caption selectable-text")',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
  },
  author: {
    css: ['[data-testid="author"]'],
    finds: 'scoped to a message: group sender name above the first message of a run',
    verified: VERIFIED,
    fixtures: ['thread-2026-group'],
  },
  quote: {
    css: [
      '[data-testid="quoted-message"]',
      '[role="button"][aria-label="Quoted message" i]',
      '[role="button"][aria-label="Mensagem citada" i]',
      '[role="button"][aria-label="Mensaje citado" i]',
    ],
    finds: 'scoped to a message: the quoted-reply block',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2024-eraB'],
  },
  quoteText: {
    css: ['.quoted-mention'],
    finds: 'scoped to a quote (or a message, as a fallback anchor): the quoted text',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2024-eraB'],
  },
  roleButton: {
    css: ['[role="button"]'],
    finds: 'closest clickable block around a quoted text (fallback quote container)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1'],
  },
  media: {
    css: [
      '[data-testid="image-thumb"], [data-testid="media-url-provider"], [data-testid="video-thumb"], [data-testid="document-thumb"], [data-testid="sticker"], [data-testid="ptt-status"], [data-testid="ptt-file"], [data-testid="audio-play"]',
      'img[src^="blob:"], video, audio, [role="slider"]',
    ],
    finds: 'scoped to a message: image / video / document / sticker / voice note',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
  },
  hiddenInline: {
    css: ['[aria-hidden="true"]'],
    finds:
      'scoped to a message: hidden inline furniture (time inside text) skipped by text fallback',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1'],
  },

  // ── composer and banner ───────────────────────────────────────────────────────────────────────
  composer: {
    css: [
      '#main footer [contenteditable="true"][role="textbox"]',
      '#main footer [data-lexical-editor="true"]',
      '#main [data-testid="conversation-compose-box-input"]',
      '#main footer [contenteditable="true"]',
    ],
    finds: 'the message composer of the open chat (never the chat-list search box)',
    verified: VERIFIED,
    fixtures: ['composer', 'thread-2026-1to1'],
  },
  readOnlyNotice: {
    css: ['footer [data-testid="block-message"]', '[data-testid="block-message"]'],
    finds:
      'scoped to #main: the notice shown instead of the composer in a chat the owner cannot write to',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: ['thread-2026-readonly'],
  },
  sendButton: {
    css: [
      'footer button[data-testid="compose-btn-send"]',
      'footer [data-icon="wds-ic-send-filled"]',
      'footer [data-icon="send"]',
    ],
    finds:
      'scoped to #main: the send button (or its icon), enabled only while the editor holds text; never clicked',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: ['composer'],
  },
} as const satisfies Record<string, SelectorSpec>;

export type WhatsappSelectorKey = keyof typeof selectors;
