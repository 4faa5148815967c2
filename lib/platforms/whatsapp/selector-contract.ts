/**
 * The contract of lib/platforms/whatsapp/selectors.ts (shape in ../selector-contract.ts): for every
 * entry, what it finds, when it was last checked against docs/site-markup.md (which covers three
 * DOM eras: A until mid-2023, B "2.3000" 2023–spring 2026, C 2026), the fixtures in
 * tests/fixtures/dom/whatsapp/ where the chain must match, and for every alternative of the chain
 * the fixtures that prove it or why none does yet. Entries "scoped" are queried inside an element
 * the adapter already found (a row, #main). Read by tests/dom/whatsapp/selectors.test.ts and the
 * docs, never by the content script.
 */
import { proven, unverified, type SelectorContract } from '../selector-contract';
import type { selectors } from './selectors';

const VERIFIED = '2026-09-30';
/** The 2026 variants: svg-title receipts in previews, read-only footers, the send button, drawers. */
const VERIFIED_2026_VARIANTS = '2026-11-30';
/** When the unverified alternatives' reasons were last reviewed. */
const REVIEWED = '2026-12-01';

const LIST_FIXTURES = ['chat-list-2026', 'chat-list-2024'];
const THREAD_FIXTURES = [
  'thread-2026-1to1',
  'thread-2026-group',
  'thread-2024-eraB',
  'thread-2023-eraA',
];

export const whatsappContract: Record<keyof typeof selectors, SelectorContract> = {
  // ── page ──────────────────────────────────────────────────────────────────────────────────────
  app: {
    finds: 'the app root (absent or empty while loading)',
    verified: VERIFIED,
    fixtures: ['chat-list-2026', 'chat-list-2024', 'logged-out-qr', 'loading', 'unrecognised'],
    alternatives: {
      '#app': proven(VERIFIED, ['chat-list-2026', 'chat-list-2024', 'logged-out-qr']),
    },
  },
  loginScreen: {
    finds: 'the QR / login screen (data-ref carries the QR payload)',
    verified: VERIFIED,
    fixtures: ['logged-out-qr'],
    alternatives: {
      '[data-ref]': proven(VERIFIED, ['logged-out-qr']),
      'canvas[aria-label*="scan" i]': proven(VERIFIED, ['logged-out-qr']),
      '[data-testid="qrcode"]': unverified(REVIEWED, 'era A login screen; no era A capture of it'),
    },
  },
  startupScreen: {
    finds: 'the "loading your chats" progress screen shown before the chat list',
    verified: VERIFIED,
    fixtures: [],
    alternatives: {
      '#app progress': unverified(
        REVIEWED,
        'startup progress screen; no capture of it (loading shows an empty #app)',
      ),
      '#app [role="progressbar"]': unverified(
        REVIEWED,
        'startup progress screen; no capture of it (loading shows an empty #app)',
      ),
    },
  },

  // ── chat list ─────────────────────────────────────────────────────────────────────────────────
  chatList: {
    finds: 'the virtualised chat list container (rows are its descendants)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
    alternatives: {
      '#pane-side [role="grid"]': proven(VERIFIED, ['chat-list-2026', 'chat-list-2024']),
      '[data-testid="chat-list"]': proven(VERIFIED, ['chat-list-2026']),
      '#pane-side [role="list"]': unverified(
        REVIEWED,
        'era B list as role=list, reported; our era B capture has role=grid',
      ),
      '#pane-side': proven(VERIFIED, ['chat-list-2026', 'chat-list-2024']),
    },
  },
  chatRow: {
    finds: 'scoped to chatList: rendered rows (2026 and early 2024 role=row; 2.3000 role=listitem)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
    min: 5,
    alternatives: {
      '[role="row"]': proven(VERIFIED, ['chat-list-2026']),
      '[role="listitem"]': proven(VERIFIED, ['chat-list-2024']),
    },
  },
  messageYourselfRow: {
    finds: 'scoped to a row: marks the "Message yourself" row (notes to self, never a customer)',
    verified: VERIFIED,
    fixtures: ['chat-list-2026'],
    alternatives: {
      '[data-testid="message-yourself-row"]': proven(VERIFIED, ['chat-list-2026']),
    },
  },
  rowTitle: {
    finds: 'scoped to a row: the chat name (full name in the title attribute)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
    min: 5,
    alternatives: {
      '[data-testid="cell-frame-title"] span[title]': proven(VERIFIED, ['chat-list-2026']),
      '[data-testid="cell-frame-title"]': proven(VERIFIED, ['chat-list-2026']),
      'span[dir="auto"][title]': proven(VERIFIED, ['chat-list-2026', 'chat-list-2024']),
      'span[title]': proven(VERIFIED, ['chat-list-2026', 'chat-list-2024']),
    },
  },
  rowTitledSpans: {
    finds: 'scoped to a row, era B: the titled spans, in DOM order [name, preview]',
    verified: VERIFIED,
    fixtures: ['chat-list-2024'],
    min: 5,
    alternatives: {
      'span[title]': proven(VERIFIED, ['chat-list-2024']),
    },
  },
  rowPreview: {
    finds: 'scoped to a row, 2026: the last-message preview',
    verified: VERIFIED,
    fixtures: ['chat-list-2026'],
    min: 5,
    alternatives: {
      '[data-testid="last-msg-status"]': proven(VERIFIED, ['chat-list-2026']),
      '[data-testid="cell-frame-secondary"] span[title]': proven(VERIFIED, ['chat-list-2026']),
    },
  },
  rowPreviewSender: {
    finds:
      'scoped to a preview: candidate sender element; the adapter keeps only a direct child followed by ": " ([L] structure of group/"You" previews assumed)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
    alternatives: {
      'span[dir="auto"]': proven(VERIFIED, ['chat-list-2026', 'chat-list-2024']),
    },
  },
  rowOwnTick: {
    finds:
      'scoped to a preview: the delivery tick shown when the last message is the owner’s (svg titles are kept only when they name a wds-ic-* receipt)',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...LIST_FIXTURES, 'chat-list-2026-receipts'],
    alternatives: {
      '[data-icon="status-dblcheck"], [data-icon="status-check"], [data-icon="status-time"]':
        proven(VERIFIED_2026_VARIANTS, ['chat-list-2026', 'chat-list-2024']),
      '[data-testid="status-dblcheck"], [data-testid="status-check"], [data-testid="status-time"]':
        unverified(REVIEWED, 'era A tick hooks; no era A chat-list capture'),
      '[data-icon="msg-dblcheck"], [data-icon="msg-check"], [data-icon="msg-time"]': proven(
        VERIFIED_2026_VARIANTS,
        ['thread-2023-eraA', 'thread-2024-eraB'],
      ),
      'svg title': proven(
        VERIFIED_2026_VARIANTS,
        ['chat-list-2026-receipts', 'chat-list-2026'],
        'chat-list-2026-receipts',
      ),
    },
  },
  rowUnread: {
    finds: 'scoped to a row: the unread badge (number, or empty for "marked as unread")',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
    alternatives: {
      '[data-testid="icon-unread-count"]': proven(VERIFIED, ['chat-list-2026']),
      'span[aria-label*="unread" i]': proven(VERIFIED, ['chat-list-2026', 'chat-list-2024']),
      'span[aria-label*="não lid" i]': unverified(
        REVIEWED,
        'Portuguese translation we expect; no capture in this language yet',
      ),
      'span[aria-label*="no leíd" i]': unverified(
        REVIEWED,
        'Spanish translation we expect; no capture in this language yet',
      ),
    },
  },
  rowMuted: {
    finds: 'scoped to a row: the muted-chat icon',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
    alternatives: {
      '[data-testid="mute-notifications-refreshed"], [data-icon="mute-notifications-refreshed"]':
        proven(VERIFIED, ['chat-list-2026']),
      '[data-icon="muted"], [data-testid="muted"]': proven(VERIFIED, ['chat-list-2024']),
    },
  },
  rowGroupAvatar: {
    finds: 'scoped to a row: the default group avatar (groups without a picture)',
    verified: VERIFIED,
    fixtures: LIST_FIXTURES,
    alternatives: {
      '[data-icon="default-group-refreshed"], [data-testid="default-group-refreshed"]': proven(
        VERIFIED,
        ['chat-list-2026'],
      ),
      '[data-icon="default-group"], [data-testid="default-group"]': proven(VERIFIED, [
        'chat-list-2024',
      ]),
    },
  },

  // ── open conversation ─────────────────────────────────────────────────────────────────────────
  main: {
    finds: 'the open conversation panel (replaced on chat switch)',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
    alternatives: {
      '#main': proven(VERIFIED, ['thread-2026-1to1', 'thread-2026-group', 'thread-2024-eraB']),
    },
  },
  header: {
    finds:
      'scoped to #main: the conversation header; of bare headers the adapter keeps the one beside the message list (a drawer inside #main has its own header)',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...THREAD_FIXTURES, 'thread-2026-readonly'],
    alternatives: {
      'header[data-testid="conversation-header"]': proven(VERIFIED_2026_VARIANTS, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2023-eraA',
      ]),
      header: proven(
        VERIFIED_2026_VARIANTS,
        ['thread-2026-readonly', 'thread-2026-1to1', 'thread-2026-group'],
        'thread-2026-readonly',
      ),
    },
  },
  headerTitle: {
    finds: 'scoped to the header: the chat name (never the "Profile details" avatar button)',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...THREAD_FIXTURES, 'thread-2026-readonly'],
    alternatives: {
      '[data-testid="conversation-info-header-chat-title"]': proven(VERIFIED_2026_VARIANTS, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2023-eraA',
      ]),
      '[data-testid="chat-title"]': proven(
        VERIFIED_2026_VARIANTS,
        ['thread-2026-readonly'],
        'thread-2026-readonly',
      ),
      '[data-testid="conversation-info-header"] span[dir="auto"]': proven(VERIFIED_2026_VARIANTS, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2023-eraA',
      ]),
      'span[dir="auto"][title]': proven(VERIFIED_2026_VARIANTS, [
        'thread-2024-eraB',
        'thread-2023-eraA',
        'thread-2026-readonly',
      ]),
      'span[dir="auto"]': proven(VERIFIED_2026_VARIANTS, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2024-eraB',
      ]),
    },
  },
  headerSubtitle: {
    finds: 'scoped to the header: subtitle (participants of a group, or online / last seen)',
    verified: VERIFIED,
    fixtures: ['thread-2026-group'],
    alternatives: {
      '[data-testid="chat-subtitle"] span[title]': proven(VERIFIED, ['thread-2026-group']),
      '[data-testid="chat-subtitle"]': proven(VERIFIED, ['thread-2026-group']),
    },
  },
  messageList: {
    finds: 'scoped to #main: the message list',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
    alternatives: {
      '[data-testid="conversation-panel-messages"]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2023-eraA',
      ]),
      '[role="application"]': proven(VERIFIED, ['thread-2026-1to1', 'thread-2024-eraB']),
    },
  },
  conversationBody: {
    finds: 'scoped to #main: the body under the header, where the banner goes before',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
    alternatives: {
      '[data-testid="conversation-panel-body"]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2023-eraA',
      ]),
      '[data-testid="conversation-panel-messages"]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2023-eraA',
      ]),
      '[role="application"]': proven(VERIFIED, ['thread-2026-1to1', 'thread-2024-eraB']),
    },
  },
  messageRow: {
    finds: 'scoped to the message list: one message (data-id and conv-msg-* are the same element)',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
    min: 4,
    alternatives: {
      '[data-id]': proven(VERIFIED, ['thread-2026-1to1', 'thread-2026-group', 'thread-2024-eraB']),
      '[data-testid^="conv-msg-"]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2023-eraA',
      ]),
    },
  },
  groupMessageId: {
    finds:
      'scoped to the newest message (the message list when its last children hold none), era A/B: a message whose data-id names a group JID',
    verified: VERIFIED,
    fixtures: ['thread-2023-eraA'],
    alternatives: {
      '[data-id*="@g.us"]': proven(VERIFIED, ['thread-2023-eraA']),
    },
  },
  systemMessage: {
    finds: 'scoped to a message: a system notice (security code, added to group, Meta notice)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
    alternatives: {
      '[data-testid="msg-notification-container"], [data-testid="system_message"]': proven(
        VERIFIED,
        ['thread-2026-1to1', 'thread-2026-group'],
      ),
    },
  },
  bubble: {
    finds: 'scoped to a message: the bubble (absent on separators)',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
    min: 4,
    alternatives: {
      '[data-testid="msg-container"]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2023-eraA',
      ]),
      '.message-in, .message-out': proven(VERIFIED, ['thread-2024-eraB', 'thread-2023-eraA']),
      '[data-pre-plain-text]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2024-eraB',
      ]),
    },
  },
  classOut: {
    finds: 'scoped to a message, era A/B: outgoing marker class (removed in 2026)',
    verified: VERIFIED,
    fixtures: ['thread-2024-eraB', 'thread-2023-eraA'],
    alternatives: {
      '.message-out': proven(VERIFIED, ['thread-2024-eraB', 'thread-2023-eraA']),
    },
  },
  classIn: {
    finds: 'scoped to a message, era A/B: incoming marker class (removed in 2026)',
    verified: VERIFIED,
    fixtures: ['thread-2024-eraB', 'thread-2023-eraA'],
    alternatives: {
      '.message-in': proven(VERIFIED, ['thread-2024-eraB', 'thread-2023-eraA']),
    },
  },
  tailOut: {
    finds: 'scoped to a message: outgoing tail (only the first message of a run)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
    alternatives: {
      '[data-testid="tail-out"], [data-icon="tail-out"]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
      ]),
    },
  },
  tailIn: {
    finds: 'scoped to a message: incoming tail (only the first message of a run)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
    alternatives: {
      '[data-testid="tail-in"], [data-icon="tail-in"]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
      ]),
    },
  },
  senderLabel: {
    finds: 'scoped to a message: hidden sender label "You:" / "Você:" / "<name>:"',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
    alternatives: {
      'span[aria-label$=":"]': proven(VERIFIED, ['thread-2026-1to1', 'thread-2026-group']),
    },
  },
  msgMeta: {
    finds: 'scoped to a message: time + receipt block',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
    alternatives: {
      '[data-testid="msg-meta"]': proven(VERIFIED, ['thread-2026-1to1', 'thread-2026-group']),
    },
  },
  receipt: {
    finds: 'scoped to msgMeta: delivery receipt (svg titles are filtered to wds-ic-* receipts)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group', 'thread-2024-eraB'],
    alternatives: {
      '[data-icon="msg-check"], [data-icon="msg-dblcheck"], [data-icon="msg-dblcheck-ack"], [data-icon="msg-time"]':
        proven(VERIFIED, ['thread-2024-eraB']),
      'svg title': proven(VERIFIED, ['thread-2026-1to1', 'thread-2026-group']),
    },
  },
  prePlainText: {
    finds: 'scoped to a message: the copyable-text block with "[time, date] Sender: "',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
    alternatives: {
      '[data-pre-plain-text]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2024-eraB',
      ]),
    },
  },
  messageText: {
    finds:
      'scoped to a message: the text span (also image captions: "image-caption selectable-text")',
    verified: VERIFIED,
    fixtures: THREAD_FIXTURES,
    alternatives: {
      '[data-testid~="selectable-text"]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
      ]),
      '.selectable-text': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2026-group',
        'thread-2024-eraB',
      ]),
    },
  },
  author: {
    finds: 'scoped to a message: group sender name above the first message of a run',
    verified: VERIFIED,
    fixtures: ['thread-2026-group'],
    alternatives: {
      '[data-testid="author"]': proven(VERIFIED, ['thread-2026-group']),
    },
  },
  quote: {
    finds: 'scoped to a message: the quoted-reply block',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2024-eraB'],
    alternatives: {
      '[data-testid="quoted-message"]': unverified(
        REVIEWED,
        'era A quote hook; our captures carry the quote label instead',
      ),
      '[role="button"][aria-label="Quoted message" i]': proven(VERIFIED, [
        'thread-2026-1to1',
        'thread-2024-eraB',
      ]),
      '[role="button"][aria-label="Mensagem citada" i]': unverified(
        REVIEWED,
        'Portuguese translation we expect; no capture in this language yet',
      ),
      '[role="button"][aria-label="Mensaje citado" i]': unverified(
        REVIEWED,
        'Spanish translation we expect; no capture in this language yet',
      ),
    },
  },
  quoteText: {
    finds: 'scoped to a quote (or a message, as a fallback anchor): the quoted text',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2024-eraB'],
    alternatives: {
      '.quoted-mention': proven(VERIFIED, ['thread-2026-1to1', 'thread-2024-eraB']),
    },
  },
  roleButton: {
    finds: 'closest clickable block around a quoted text (fallback quote container)',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1'],
    alternatives: {
      '[role="button"]': proven(VERIFIED, ['thread-2026-1to1']),
    },
  },
  media: {
    finds: 'scoped to a message: image / video / document / sticker / voice note',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1', 'thread-2026-group'],
    alternatives: {
      '[data-testid="image-thumb"], [data-testid="media-url-provider"], [data-testid="video-thumb"], [data-testid="document-thumb"], [data-testid="sticker"], [data-testid="ptt-status"], [data-testid="ptt-file"], [data-testid="audio-play"]':
        proven(VERIFIED, ['thread-2026-1to1', 'thread-2026-group']),
      'img[src^="blob:"], video, audio, [role="slider"]': proven(VERIFIED, ['thread-2026-1to1']),
    },
  },
  hiddenInline: {
    finds:
      'scoped to a message: hidden inline furniture (time inside text) skipped by text fallback',
    verified: VERIFIED,
    fixtures: ['thread-2026-1to1'],
    alternatives: {
      '[aria-hidden="true"]': proven(VERIFIED, ['thread-2026-1to1']),
    },
  },

  // ── composer and banner ───────────────────────────────────────────────────────────────────────
  composer: {
    finds: 'the message composer of the open chat (never the chat-list search box)',
    verified: VERIFIED,
    fixtures: ['composer', 'thread-2026-1to1'],
    alternatives: {
      '#main footer [contenteditable="true"][role="textbox"]': proven(VERIFIED, [
        'composer',
        'thread-2026-1to1',
      ]),
      '#main footer [data-lexical-editor="true"]': proven(VERIFIED, [
        'composer',
        'thread-2026-1to1',
      ]),
      '#main [data-testid="conversation-compose-box-input"]': proven(VERIFIED, [
        'thread-2023-eraA',
      ]),
      '#main footer [contenteditable="true"]': proven(VERIFIED, ['composer', 'thread-2026-1to1']),
    },
  },
  readOnlyNotice: {
    finds:
      'scoped to #main outside the message list: the notice shown instead of the composer in a chat the owner cannot write to',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: ['thread-2026-readonly'],
    alternatives: {
      'footer [data-testid="block-message"]': proven(VERIFIED_2026_VARIANTS, [
        'thread-2026-readonly',
      ]),
      '[data-testid="block-message"]': proven(VERIFIED_2026_VARIANTS, ['thread-2026-readonly']),
    },
  },
  sendButton: {
    finds:
      'scoped to #main: the send button (or its icon), enabled only while the editor holds text; never clicked',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: ['composer'],
    alternatives: {
      'footer button[data-testid="compose-btn-send"]': proven(VERIFIED_2026_VARIANTS, ['composer']),
      'footer [data-icon="wds-ic-send-filled"]': proven(VERIFIED_2026_VARIANTS, ['composer']),
      'footer [data-icon="send"]': unverified(
        REVIEWED,
        'send icon of older markup; no capture of it',
      ),
    },
  },
};
