/**
 * Every CSS selector the Instagram adapter uses, and nothing else: ordered chains (most stable
 * first) of ARIA roles/labels, hrefs, dir="auto" and data-* hooks from docs/site-markup.md. Never an
 * obfuscated atomic class (x1n2onr6 …): they change per deploy. Structure that CSS cannot say
 * (the scroller is the first overflow-y:auto descendant, rows are the inner list's children,
 * direction from computed style) lives in code. Only the chains are here, since this module is
 * bundled into the content script; what each entry finds, when each alternative was checked and
 * which fixture proves it are in selector-contract.ts, which the selector-contract test reads.
 */
import type { SelectorSpec } from '../selector-spec';
import {
  COMPOSER_LABELS,
  CONVERSATION_LABEL_PREFIXES,
  GRID_LABEL_PREFIXES,
  MUTED_LABELS,
  THREAD_LIST_LABELS,
  UNREAD_LABELS,
  YOU_SENT_LABELS,
} from './labels';

const labelled = (labels: readonly string[], tag = '') =>
  labels.map((label) => `${tag}[aria-label="${label}"]`);

const MAIN = ['[role="main"]', 'main'];
const SHARED_POST = ['a[href*="/p/"]', 'a[href*="/reel/"]'];

export const instagram = {
  appShell: {
    css: [...MAIN, '[role="navigation"]', 'nav'],
  },
  loginForm: {
    css: ['input[name="username"]', 'form#loginForm', 'input[name="password"]'],
  },
  threadList: {
    css: [...labelled(THREAD_LIST_LABELS), '[aria-label="Chats"][role="list"]'],
  },
  threadRow: {
    // Anchors until mid 2026 (plain and encrypted-chat addresses in one alternative, so a list
    // mixing both is read whole); then rows without href: buttons inside listitems, and bare
    // div[role=button] rows directly in the list (reported from Feb 2026). The adapter keeps only
    // outermost matches with an avatar and a text line.
    css: [
      'a[href^="/direct/t/"], a[href^="/direct/e2ee/t/"], a[href^="https://www.instagram.com/direct/"]',
      '[role="listitem"] [role="button"]',
      '[role="listitem"]',
      'div[role="button"]',
    ],
  },
  unreadDot: {
    css: labelled(UNREAD_LABELS),
    // Link-less rows (inbox-2026-buttonrows) have no dot: bold text and the title count say it.
  },
  mutedIcon: {
    css: labelled(MUTED_LABELS),
  },
  avatar: {
    // Link-less rows (2026) label every picture alt="user-profile-picture"; img[alt] covers it.
    css: ['img[alt]', 'img'],
  },
  text: {
    css: ['[dir="auto"]'],
  },
  conversation: {
    css: [
      ...CONVERSATION_LABEL_PREFIXES.map((p) => `[aria-label^="${p}"]`),
      ...GRID_LABEL_PREFIXES.map((p) => `[role="grid"][aria-label^="${p}"]`),
    ],
  },
  messageRowShape: {
    css: ['[role="none"] > [role="presentation"]'],
  },
  gridRow: {
    css: ['[role="row"]'],
  },
  mainColumn: {
    css: MAIN,
  },
  dateBreak: {
    css: ['[data-scope="date_break"]'],
  },
  bubble: {
    css: ['[role="presentation"]', '[aria-label="Double tap to like"]', '[role="none"]'],
  },
  youSent: {
    css: labelled(YOU_SENT_LABELS),
  },
  media: {
    css: ['img', 'video', ...SHARED_POST],
  },
  sharedPost: {
    css: SHARED_POST,
  },
  composer: {
    css: [
      ...labelled(COMPOSER_LABELS, 'div[role="textbox"][contenteditable="true"]'),
      '[contenteditable="true"][data-lexical-editor="true"]',
      '[role="main"] [role="textbox"][contenteditable]:not([contenteditable="false"])',
    ],
  },
} as const satisfies Record<string, SelectorSpec>;
