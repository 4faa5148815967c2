/**
 * Every CSS selector the Instagram adapter uses, and nothing else: ordered chains (most stable
 * first) of ARIA roles/labels, hrefs, dir="auto" and data-* hooks from docs/site-markup.md. Never an
 * obfuscated atomic class (x1n2onr6 …): they change per deploy. Structure that CSS cannot say
 * (the scroller is the first overflow-y:auto descendant, rows are the inner list's children,
 * direction from computed style) lives in code. The selector-contract test walks every entry over
 * the fixtures it lists and checks the minimum match count.
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

const VERIFIED = '2026-11-26';
/** Checked against the public reports of 2026 layouts (link-less rows, unlabelled threads, e2ee). */
const VERIFIED_2026_VARIANTS = '2026-11-30';
const INBOXES = ['inbox-2026-links', 'inbox-2026-buttons', 'inbox-2026-buttonrows'];
const THREADS = ['thread-2026', 'thread-group', 'thread-2025-grid', 'thread-2026-e2ee'];
/** Thread pages whose conversation has no label: found through the composer (structural fallback). */
const UNLABELLED_THREADS = ['thread-2026-unlabelled', 'combined-2026'];

const labelled = (labels: readonly string[], tag = '') =>
  labels.map((label) => `${tag}[aria-label="${label}"]`);

export const instagram = {
  appShell: {
    css: ['[role="main"]', 'main', '[role="navigation"]', 'nav'],
    finds: 'The logged-in app frame (main column or side navigation); absent while loading.',
    verified: VERIFIED,
    fixtures: [...INBOXES, ...THREADS, 'unrecognised'],
  },
  loginForm: {
    css: ['input[name="username"]', 'form#loginForm', 'input[name="password"]'],
    finds: 'The login form shown to a logged-out visitor.',
    verified: VERIFIED,
    fixtures: ['logged-out'],
  },
  threadList: {
    css: [...labelled(THREAD_LIST_LABELS), '[aria-label="Chats"][role="list"]'],
    finds: 'The inbox thread list container (left column on thread pages).',
    verified: VERIFIED,
    fixtures: [...INBOXES, 'thread-2026', 'thread-group'],
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
    finds: 'One row of the thread list (a conversation).',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: INBOXES,
    min: 5,
    proofs: {
      '[role="listitem"] [role="button"]': {
        fixture: 'inbox-2026-buttons',
        verified: VERIFIED_2026_VARIANTS,
      },
      'div[role="button"]': { fixture: 'inbox-2026-buttonrows', verified: VERIFIED_2026_VARIANTS },
    },
  },
  unreadDot: {
    css: labelled(UNREAD_LABELS),
    // Link-less rows (inbox-2026-buttonrows) have no dot: bold text and the title count say it.
    finds: 'The blue unread dot inside a thread row.',
    verified: VERIFIED,
    fixtures: ['inbox-2026-links', 'inbox-2026-buttons'],
  },
  mutedIcon: {
    css: labelled(MUTED_LABELS),
    finds: 'The muted (bell with slash) icon inside a thread row.',
    verified: VERIFIED,
    fixtures: ['inbox-2026-links'],
  },
  avatar: {
    // Link-less rows (2026) label every picture alt="user-profile-picture"; img[alt] covers it.
    css: ['img[alt]', 'img'],
    finds: 'Profile pictures (row avatars, header avatars, sender avatars).',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...INBOXES, 'thread-2026', 'thread-group', ...UNLABELLED_THREADS],
  },
  text: {
    css: ['[dir="auto"]'],
    finds: 'Text runs written by people (names, previews, bubble texts); take the outermost.',
    verified: VERIFIED,
    fixtures: [...INBOXES, ...THREADS],
  },
  conversation: {
    css: [
      ...CONVERSATION_LABEL_PREFIXES.map((p) => `[aria-label^="${p}"]`),
      ...GRID_LABEL_PREFIXES.map((p) => `[role="grid"][aria-label^="${p}"]`),
    ],
    finds: 'The open thread container (2026) or the message grid (until early 2026).',
    verified: VERIFIED,
    fixtures: THREADS,
  },
  messageRowShape: {
    css: ['[role="none"] > [role="presentation"]'],
    finds:
      'A message bubble in its row wrapper; tells the message scroller apart when it is not column-reverse.',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: ['thread-2026', 'thread-2026-e2ee', ...UNLABELLED_THREADS],
  },
  gridRow: {
    css: ['[role="row"]'],
    finds: 'A message row of the role=grid era (until early 2026).',
    verified: VERIFIED,
    fixtures: ['thread-2025-grid'],
    min: 4,
  },
  mainColumn: {
    css: ['[role="main"]', 'main'],
    finds: 'The main column holding the thread header, the conversation and the composer.',
    verified: VERIFIED,
    fixtures: [...THREADS, ...UNLABELLED_THREADS],
  },
  dateBreak: {
    css: ['[data-scope="date_break"]'],
    finds: 'A time separator row inside the message list.',
    verified: VERIFIED,
    fixtures: ['thread-2026', 'thread-group'],
  },
  bubble: {
    css: ['[role="presentation"]', '[aria-label="Double tap to like"]', '[role="none"]'],
    finds: 'The bubble wrapper of one message inside a row (its outermost match).',
    verified: VERIFIED,
    fixtures: THREADS,
    min: 4,
  },
  youSent: {
    css: labelled(YOU_SENT_LABELS),
    finds: 'An aria-label "You sent" on an outgoing bubble (hidden text is checked in code).',
    verified: VERIFIED,
    fixtures: ['thread-2025-grid'],
  },
  media: {
    css: ['img', 'video', 'a[href*="/p/"]', 'a[href*="/reel/"]'],
    finds: 'Images, videos and shared posts or reels inside a message row.',
    verified: VERIFIED,
    fixtures: ['thread-2026'],
  },
  sharedPost: {
    css: ['a[href*="/p/"]', 'a[href*="/reel/"]'],
    finds: 'A shared post or reel inside a message row.',
    verified: VERIFIED,
    fixtures: ['thread-2026'],
  },
  composer: {
    css: [
      ...labelled(COMPOSER_LABELS, 'div[role="textbox"][contenteditable="true"]'),
      '[contenteditable="true"][data-lexical-editor="true"]',
      '[role="main"] [role="textbox"][contenteditable]:not([contenteditable="false"])',
    ],
    finds: 'The Lexical message composer of the open thread.',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...THREADS, ...UNLABELLED_THREADS],
    proofs: {
      '[contenteditable="true"][data-lexical-editor="true"]': {
        fixture: 'combined-2026',
        verified: VERIFIED_2026_VARIANTS,
      },
      '[role="main"] [role="textbox"][contenteditable]:not([contenteditable="false"])': {
        fixture: 'thread-unreadable',
        verified: VERIFIED_2026_VARIANTS,
      },
    },
  },
} as const satisfies Record<string, SelectorSpec>;
