/**
 * The contract of lib/platforms/instagram/selectors.ts (shape in ../selector-contract.ts): for
 * every entry, what it finds, when it was last checked, the fixtures in tests/fixtures/dom/instagram/
 * where the chain must match, and for every alternative of the chain the fixtures that prove it or
 * why none does yet. Read by tests/dom/instagram/selectors.test.ts and the docs, never by the
 * content script.
 */
import { proven, unverified, type SelectorContract } from '../selector-contract';
import type { instagram } from './selectors';

const VERIFIED = '2026-11-26';
/** Checked against the public reports of 2026 layouts (link-less rows, unlabelled threads, e2ee). */
const VERIFIED_2026_VARIANTS = '2026-11-30';
const INBOXES = ['inbox-2026-links', 'inbox-2026-buttons', 'inbox-2026-buttonrows'];
const THREADS = ['thread-2026', 'thread-group', 'thread-2025-grid', 'thread-2026-e2ee'];
/** Thread pages whose conversation has no label: found through the composer (structural fallback). */
const UNLABELLED_THREADS = ['thread-2026-unlabelled', 'combined-2026'];
/** When the unverified alternatives' reasons were last reviewed. */
const REVIEWED = '2026-12-01';

export const instagramContract: Record<keyof typeof instagram, SelectorContract> = {
  appShell: {
    finds: 'The logged-in app frame (main column or side navigation); absent while loading.',
    verified: VERIFIED,
    fixtures: [...INBOXES, ...THREADS, 'unrecognised'],
    alternatives: {
      '[role="main"]': proven(VERIFIED, [
        'inbox-2026-links',
        'inbox-2026-buttons',
        'inbox-2026-buttonrows',
      ]),
      main: proven(VERIFIED, ['logged-out']),
      '[role="navigation"]': proven(VERIFIED, [
        'inbox-2026-links',
        'inbox-2026-buttons',
        'inbox-2026-buttonrows',
      ]),
      nav: unverified(
        REVIEWED,
        'older markup of the side navigation; every capture labels it role=navigation',
      ),
    },
  },
  loginForm: {
    finds: 'The login form shown to a logged-out visitor.',
    verified: VERIFIED,
    fixtures: ['logged-out'],
    alternatives: {
      'input[name="username"]': proven(VERIFIED, ['logged-out']),
      'form#loginForm': proven(VERIFIED, ['logged-out']),
      'input[name="password"]': proven(VERIFIED, ['logged-out']),
    },
  },
  threadList: {
    finds: 'The inbox thread list container (left column on thread pages).',
    verified: VERIFIED,
    fixtures: [...INBOXES, 'thread-2026', 'thread-group'],
    alternatives: {
      '[aria-label="Thread list"]': proven(VERIFIED, [
        'inbox-2026-links',
        'inbox-2026-buttonrows',
        'thread-2026',
      ]),
      '[aria-label="Lista de conversas"]': proven(VERIFIED, ['inbox-2026-buttons']),
      '[aria-label="Lista de conversaciones"]': unverified(
        REVIEWED,
        'Spanish translation we expect; no capture in this language yet',
      ),
      '[aria-label="Chats"][role="list"]': proven(VERIFIED, [
        'inbox-2026-links',
        'thread-2026',
        'thread-group',
      ]),
    },
  },
  threadRow: {
    // Anchors until mid 2026 (plain and encrypted-chat addresses in one alternative, so a list
    // mixing both is read whole); then rows without href: buttons inside listitems, and bare
    // div[role=button] rows directly in the list (reported from Feb 2026). The adapter keeps only
    // outermost matches with an avatar and a text line.
    finds: 'One row of the thread list (a conversation).',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: INBOXES,
    min: 5,
    alternatives: {
      'a[href^="/direct/t/"], a[href^="/direct/e2ee/t/"], a[href^="https://www.instagram.com/direct/"]':
        proven(VERIFIED_2026_VARIANTS, ['inbox-2026-links']),
      '[role="listitem"] [role="button"]': proven(
        VERIFIED_2026_VARIANTS,
        ['inbox-2026-buttons'],
        'inbox-2026-buttons',
      ),
      '[role="listitem"]': proven(VERIFIED_2026_VARIANTS, [
        'inbox-2026-links',
        'inbox-2026-buttons',
      ]),
      'div[role="button"]': proven(
        VERIFIED_2026_VARIANTS,
        ['inbox-2026-buttonrows', 'inbox-2026-links', 'inbox-2026-buttons'],
        'inbox-2026-buttonrows',
      ),
    },
  },
  unreadDot: {
    // Link-less rows (inbox-2026-buttonrows) have no dot: bold text and the title count say it.
    finds: 'The blue unread dot inside a thread row.',
    verified: VERIFIED,
    fixtures: ['inbox-2026-links', 'inbox-2026-buttons'],
    alternatives: {
      '[aria-label="Unread"]': proven(VERIFIED, ['inbox-2026-links']),
      '[aria-label="Não lida"]': proven(VERIFIED, ['inbox-2026-buttons']),
      '[aria-label="Não lido"]': unverified(
        REVIEWED,
        'Portuguese translation we expect; no capture in this language yet',
      ),
      '[aria-label="No leído"]': unverified(
        REVIEWED,
        'Spanish translation we expect; no capture in this language yet',
      ),
      '[aria-label="No leída"]': unverified(
        REVIEWED,
        'Spanish translation we expect; no capture in this language yet',
      ),
    },
  },
  mutedIcon: {
    finds: 'The muted (bell with slash) icon inside a thread row.',
    verified: VERIFIED,
    fixtures: ['inbox-2026-links'],
    alternatives: {
      '[aria-label="Muted"]': proven(VERIFIED, ['inbox-2026-links']),
      '[aria-label="Silenciada"]': unverified(
        REVIEWED,
        'Portuguese translation we expect; no capture in this language yet',
      ),
      '[aria-label="Silenciado"]': unverified(
        REVIEWED,
        'Portuguese translation we expect; no capture in this language yet',
      ),
    },
  },
  avatar: {
    // Link-less rows (2026) label every picture alt="user-profile-picture"; img[alt] covers it.
    finds: 'Profile pictures (row avatars, header avatars, sender avatars).',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...INBOXES, 'thread-2026', 'thread-group', ...UNLABELLED_THREADS],
    alternatives: {
      'img[alt]': proven(VERIFIED_2026_VARIANTS, [
        'inbox-2026-links',
        'inbox-2026-buttons',
        'inbox-2026-buttonrows',
      ]),
      img: proven(VERIFIED_2026_VARIANTS, [
        'inbox-2026-links',
        'inbox-2026-buttons',
        'inbox-2026-buttonrows',
      ]),
    },
  },
  text: {
    finds: 'Text runs written by people (names, previews, bubble texts); take the outermost.',
    verified: VERIFIED,
    fixtures: [...INBOXES, ...THREADS],
    alternatives: {
      '[dir="auto"]': proven(VERIFIED, [
        'inbox-2026-links',
        'inbox-2026-buttons',
        'inbox-2026-buttonrows',
      ]),
    },
  },
  conversation: {
    finds: 'The open thread container (2026) or the message grid (until early 2026).',
    verified: VERIFIED,
    fixtures: THREADS,
    alternatives: {
      '[aria-label^="Conversation with"]': proven(VERIFIED, ['thread-2026', 'thread-2026-e2ee']),
      '[aria-label^="Conversa com"]': proven(VERIFIED, ['thread-group']),
      '[aria-label^="Conversación con"]': unverified(
        REVIEWED,
        'Spanish translation we expect; no capture in this language yet',
      ),
      '[role="grid"][aria-label^="Messages in conversation with"]': proven(VERIFIED, [
        'thread-2025-grid',
      ]),
      '[role="grid"][aria-label^="Mensagens na conversa com"]': unverified(
        REVIEWED,
        'Portuguese translation we expect; no capture in this language yet (role=grid era, until early 2026)',
      ),
      '[role="grid"][aria-label^="Mensajes en la conversación con"]': unverified(
        REVIEWED,
        'Spanish translation we expect; no capture in this language yet (role=grid era, until early 2026)',
      ),
    },
  },
  messageRowShape: {
    finds:
      'A message bubble in its row wrapper; tells the message scroller apart when it is not column-reverse.',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: ['thread-2026', 'thread-2026-e2ee', ...UNLABELLED_THREADS],
    alternatives: {
      '[role="none"] > [role="presentation"]': proven(VERIFIED_2026_VARIANTS, [
        'thread-2026',
        'thread-2026-e2ee',
        'thread-2026-unlabelled',
      ]),
    },
  },
  gridRow: {
    finds: 'A message row of the role=grid era (until early 2026).',
    verified: VERIFIED,
    fixtures: ['thread-2025-grid'],
    min: 4,
    alternatives: {
      '[role="row"]': proven(VERIFIED, ['thread-2025-grid']),
    },
  },
  mainColumn: {
    finds: 'The main column holding the thread header, the conversation and the composer.',
    verified: VERIFIED,
    fixtures: [...THREADS, ...UNLABELLED_THREADS],
    alternatives: {
      '[role="main"]': proven(VERIFIED, ['thread-2026', 'thread-group', 'thread-2025-grid']),
      main: proven(VERIFIED, ['logged-out']),
    },
  },
  dateBreak: {
    finds: 'A time separator row inside the message list.',
    verified: VERIFIED,
    fixtures: ['thread-2026', 'thread-group'],
    alternatives: {
      '[data-scope="date_break"]': proven(VERIFIED, ['thread-2026', 'thread-group']),
    },
  },
  bubble: {
    finds: 'The bubble wrapper of one message inside a row (its outermost match).',
    verified: VERIFIED,
    fixtures: THREADS,
    min: 4,
    alternatives: {
      '[role="presentation"]': proven(VERIFIED, [
        'thread-2026',
        'thread-group',
        'thread-2026-e2ee',
      ]),
      '[aria-label="Double tap to like"]': unverified(
        REVIEWED,
        'bubble label reported for older layouts; no capture of it',
      ),
      '[role="none"]': proven(VERIFIED, ['thread-2026', 'thread-group', 'thread-2025-grid']),
    },
  },
  youSent: {
    finds: 'An aria-label "You sent" on an outgoing bubble (hidden text is checked in code).',
    verified: VERIFIED,
    fixtures: ['thread-2025-grid'],
    alternatives: {
      '[aria-label="You sent"]': proven(VERIFIED, ['thread-2025-grid']),
      '[aria-label="Você enviou"]': unverified(
        REVIEWED,
        'Portuguese translation we expect; no capture in this language yet',
      ),
      '[aria-label="Enviaste"]': unverified(
        REVIEWED,
        'Spanish translation we expect; no capture in this language yet',
      ),
      '[aria-label="Has enviado"]': unverified(
        REVIEWED,
        'Spanish translation we expect; no capture in this language yet',
      ),
    },
  },
  media: {
    finds: 'Images, videos and shared posts or reels inside a message row.',
    verified: VERIFIED,
    fixtures: ['thread-2026'],
    alternatives: {
      img: proven(VERIFIED, ['thread-2026']),
      video: proven(VERIFIED, ['thread-2025-grid']),
      'a[href*="/p/"]': proven(VERIFIED, ['thread-2026']),
      'a[href*="/reel/"]': unverified(
        REVIEWED,
        'a shared reel: the shared-post markup with /reel/ in the address; no capture shares a reel',
      ),
    },
  },
  sharedPost: {
    finds: 'A shared post or reel inside a message row.',
    verified: VERIFIED,
    fixtures: ['thread-2026'],
    alternatives: {
      'a[href*="/p/"]': proven(VERIFIED, ['thread-2026']),
      'a[href*="/reel/"]': unverified(
        REVIEWED,
        'a shared reel: the shared-post markup with /reel/ in the address; no capture shares a reel',
      ),
    },
  },
  composer: {
    finds: 'The Lexical message composer of the open thread.',
    verified: VERIFIED_2026_VARIANTS,
    fixtures: [...THREADS, ...UNLABELLED_THREADS],
    alternatives: {
      'div[role="textbox"][contenteditable="true"][aria-label="Message"]': proven(
        VERIFIED_2026_VARIANTS,
        ['thread-2026', 'thread-2026-e2ee', 'thread-2026-unlabelled'],
      ),
      'div[role="textbox"][contenteditable="true"][aria-label="Mensagem"]': proven(
        VERIFIED_2026_VARIANTS,
        ['thread-group'],
      ),
      'div[role="textbox"][contenteditable="true"][aria-label="Mensaje"]': proven(
        VERIFIED_2026_VARIANTS,
        ['thread-2025-grid'],
      ),
      '[contenteditable="true"][data-lexical-editor="true"]': proven(
        VERIFIED_2026_VARIANTS,
        ['combined-2026', 'thread-2026', 'thread-group'],
        'combined-2026',
      ),
      '[role="main"] [role="textbox"][contenteditable]:not([contenteditable="false"])': proven(
        VERIFIED_2026_VARIANTS,
        ['thread-unreadable', 'thread-2026', 'thread-group'],
        'thread-unreadable',
      ),
    },
  },
};
