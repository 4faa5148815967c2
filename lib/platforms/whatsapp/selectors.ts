/**
 * Every CSS selector the WhatsApp Web adapter uses, and nothing else. Each entry is an ordered
 * chain (most stable hook first: data-testid / data-id / id / role / aria, then older-era
 * fallbacks) for the three DOM eras of docs/site-markup.md (A until mid-2023, B "2.3000"
 * 2023–spring 2026, C 2026). Generated atomic class names are never used; the only classes are
 * `message-in`/`message-out` (documented era A/B markers) and `selectable-text`/`quoted-mention`
 * (semantic names unchanged since era A). Entries marked "scoped" in selector-contract.ts are
 * queried inside an element the adapter already found (a row, #main). Only the chains are here,
 * since this module is bundled into the content script; what each entry finds, when each
 * alternative was checked and which fixture proves it are in selector-contract.ts, which the
 * selector-contract test reads.
 */
import type { SelectorSpec } from '../selector-spec';

export const selectors = {
  // ── page ──────────────────────────────────────────────────────────────────────────────────────
  app: {
    css: ['#app'],
  },
  loginScreen: {
    css: ['[data-ref]', 'canvas[aria-label*="scan" i]', '[data-testid="qrcode"]'],
  },
  startupScreen: {
    css: ['#app progress', '#app [role="progressbar"]'],
  },

  // ── chat list ─────────────────────────────────────────────────────────────────────────────────
  chatList: {
    css: [
      '#pane-side [role="grid"]',
      '[data-testid="chat-list"]',
      '#pane-side [role="list"]',
      '#pane-side',
    ],
  },
  chatRow: {
    css: ['[role="row"]', '[role="listitem"]'],
  },
  messageYourselfRow: {
    css: ['[data-testid="message-yourself-row"]'],
  },
  rowTitle: {
    css: [
      '[data-testid="cell-frame-title"] span[title]',
      '[data-testid="cell-frame-title"]',
      'span[dir="auto"][title]',
      'span[title]',
    ],
  },
  rowTitledSpans: {
    css: ['span[title]'],
  },
  rowPreview: {
    css: ['[data-testid="last-msg-status"]', '[data-testid="cell-frame-secondary"] span[title]'],
  },
  rowPreviewSender: {
    css: ['span[dir="auto"]'],
  },
  rowOwnTick: {
    css: [
      '[data-icon="status-dblcheck"], [data-icon="status-check"], [data-icon="status-time"]',
      '[data-testid="status-dblcheck"], [data-testid="status-check"], [data-testid="status-time"]',
      '[data-icon="msg-dblcheck"], [data-icon="msg-check"], [data-icon="msg-time"]',
      'svg title',
    ],
  },
  rowUnread: {
    css: [
      '[data-testid="icon-unread-count"]',
      'span[aria-label*="unread" i]',
      'span[aria-label*="não lid" i]',
      'span[aria-label*="no leíd" i]',
    ],
  },
  rowMuted: {
    css: [
      '[data-testid="mute-notifications-refreshed"], [data-icon="mute-notifications-refreshed"]',
      '[data-icon="muted"], [data-testid="muted"]',
    ],
  },
  rowGroupAvatar: {
    css: [
      '[data-icon="default-group-refreshed"], [data-testid="default-group-refreshed"]',
      '[data-icon="default-group"], [data-testid="default-group"]',
    ],
  },

  // ── open conversation ─────────────────────────────────────────────────────────────────────────
  main: {
    css: ['#main'],
  },
  header: {
    css: ['header[data-testid="conversation-header"]', 'header'],
  },
  headerTitle: {
    css: [
      '[data-testid="conversation-info-header-chat-title"]',
      '[data-testid="chat-title"]',
      '[data-testid="conversation-info-header"] span[dir="auto"]',
      'span[dir="auto"][title]',
      'span[dir="auto"]',
    ],
  },
  headerSubtitle: {
    css: ['[data-testid="chat-subtitle"] span[title]', '[data-testid="chat-subtitle"]'],
  },
  messageList: {
    css: ['[data-testid="conversation-panel-messages"]', '[role="application"]'],
  },
  conversationBody: {
    css: [
      '[data-testid="conversation-panel-body"]',
      '[data-testid="conversation-panel-messages"]',
      '[role="application"]',
    ],
  },
  messageRow: {
    css: ['[data-id]', '[data-testid^="conv-msg-"]'],
  },
  groupMessageId: {
    css: ['[data-id*="@g.us"]'],
  },
  systemMessage: {
    css: ['[data-testid="msg-notification-container"], [data-testid="system_message"]'],
  },
  bubble: {
    css: ['[data-testid="msg-container"]', '.message-in, .message-out', '[data-pre-plain-text]'],
  },
  classOut: {
    css: ['.message-out'],
  },
  classIn: {
    css: ['.message-in'],
  },
  tailOut: {
    css: ['[data-testid="tail-out"], [data-icon="tail-out"]'],
  },
  tailIn: {
    css: ['[data-testid="tail-in"], [data-icon="tail-in"]'],
  },
  senderLabel: {
    css: ['span[aria-label$=":"]'],
  },
  msgMeta: {
    css: ['[data-testid="msg-meta"]'],
  },
  receipt: {
    css: [
      '[data-icon="msg-check"], [data-icon="msg-dblcheck"], [data-icon="msg-dblcheck-ack"], [data-icon="msg-time"]',
      'svg title',
    ],
  },
  prePlainText: {
    css: ['[data-pre-plain-text]'],
  },
  messageText: {
    css: ['[data-testid~="selectable-text"]', '.selectable-text'],
  },
  author: {
    css: ['[data-testid="author"]'],
  },
  quote: {
    css: [
      '[data-testid="quoted-message"]',
      '[role="button"][aria-label="Quoted message" i]',
      '[role="button"][aria-label="Mensagem citada" i]',
      '[role="button"][aria-label="Mensaje citado" i]',
    ],
  },
  quoteText: {
    css: ['.quoted-mention'],
  },
  roleButton: {
    css: ['[role="button"]'],
  },
  media: {
    css: [
      '[data-testid="image-thumb"], [data-testid="media-url-provider"], [data-testid="video-thumb"], [data-testid="document-thumb"], [data-testid="sticker"], [data-testid="ptt-status"], [data-testid="ptt-file"], [data-testid="audio-play"]',
      'img[src^="blob:"], video, audio, [role="slider"]',
    ],
  },
  hiddenInline: {
    css: ['[aria-hidden="true"]'],
  },

  // ── composer and banner ───────────────────────────────────────────────────────────────────────
  composer: {
    css: [
      '#main footer [contenteditable="true"][role="textbox"]',
      '#main footer [data-lexical-editor="true"]',
      '#main [data-testid="conversation-compose-box-input"]',
      '#main footer [contenteditable="true"]',
    ],
  },
  readOnlyNotice: {
    css: ['footer [data-testid="block-message"]', '[data-testid="block-message"]'],
  },
  sendButton: {
    css: [
      'footer button[data-testid="compose-btn-send"]',
      'footer [data-icon="wds-ic-send-filled"]',
      'footer [data-icon="send"]',
    ],
  },
} as const satisfies Record<string, SelectorSpec>;

export type WhatsappSelectorKey = keyof typeof selectors;
