/**
 * The WhatsApp Web platform adapter: the DOM layer the content runtime (lib/content) calls. It
 * reads the chat list, the open conversation and the page state, and points at the composer and
 * the banner anchor; it never clicks and never sends. Between calls it keeps only caches that
 * MutationObservers keep exact (row-cache.ts: each row's parse; presence.ts: page-wide markers), so
 * a pass after a small change parses only what changed. Selectors live in selectors.ts; the pieces
 * are chat-list.ts, conversation.ts, direction.ts, health.ts.
 */
import type { AdapterOptions, PlatformAdapter } from '../types';
import { incrementalFromWhole } from '../whole-reads';
import { queryFirst } from '../selector-spec';
import { selectors } from './selectors';
import { listRows } from './chat-list';
import { conversationHeader, openThread, readMessages } from './conversation';
import { health } from './health';

export const WHATSAPP_HOST = 'web.whatsapp.com';

/** The chat list, #main and #main's parent (chat switches replace #main); #app when no chat is open. */
function observeTargets(doc: Document): Element[] {
  const targets: Element[] = [];
  const list = queryFirst(doc, selectors.chatList);
  if (list) targets.push(list);
  const main = queryFirst(doc, selectors.main);
  if (main) {
    targets.push(main);
    if (main.parentElement) targets.push(main.parentElement);
  } else {
    const app = queryFirst(doc, selectors.app);
    if (app) targets.push(app);
  }
  return targets;
}

/** The conversation body's top-level block (the child of #main right under the header). */
function bannerAnchor(doc: Document): Element | undefined {
  const main = queryFirst(doc, selectors.main);
  if (!main) return undefined;
  const header = conversationHeader(main);
  const level = header?.parentElement ?? main;
  let anchor: Element | undefined =
    queryFirst(main, selectors.conversationBody) ?? header?.nextElementSibling ?? undefined;
  while (anchor && anchor.parentElement !== level && anchor.parentElement !== main) {
    anchor = anchor.parentElement ?? undefined;
  }
  return anchor;
}

/**
 * The send button of the open chat is enabled: WhatsApp enables it only while its editor holds
 * text, so this confirms an insertion in any interface language. False when the button is absent
 * or disabled; undefined when there is no composer to confirm anything in.
 */
function sendReady(doc: Document): boolean | undefined {
  const main = queryFirst(doc, selectors.main);
  if (!main || !queryFirst(main, selectors.composer)) return undefined;
  const found = queryFirst(main, selectors.sendButton);
  if (!found) return false;
  // The icon alternatives sit inside the button: any disabled box up to #main turns it off.
  for (let el: Element | null = found; el && el !== main; el = el.parentElement) {
    if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return false;
  }
  return true;
}

/** A fresh adapter for one content-script launch. */
export function createWhatsappAdapter(_options: AdapterOptions): PlatformAdapter {
  const reads = incrementalFromWhole({ listRows, allMessages: readMessages });
  return {
    platform: 'whatsapp',
    isSupportedUrl: (url) => url.protocol === 'https:' && url.hostname === WHATSAPP_HOST,
    health,
    observeTargets,
    readInbox: reads.readInbox,
    openThread,
    readMessages: reads.readMessages,
    composer: (doc) => queryFirst(doc, selectors.composer),
    sendReady,
    bannerAnchor,
  };
}
