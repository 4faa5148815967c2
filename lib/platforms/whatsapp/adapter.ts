/**
 * The WhatsApp Web platform adapter: the DOM layer the content runtime (lib/content) calls. It
 * reads the inbox (inbox.ts), the open thread (thread.ts) and the page state (health.ts), and
 * points at the composer and the banner anchor; it never clicks and never sends. One adapter per
 * content-script launch (`createWhatsappAdapter({ signal })`): what it remembers between reads
 * (each row element's reading, how far the open thread was handed over) lives in that adapter's
 * two readers. It starts no observer, timer or listener of its own (the runtime observes the
 * targets it names); when the launch ends it lets go of every element it remembers and reads
 * nothing more. Selectors live in selectors.ts.
 */
import type { AdapterOptions, OpenThread, PlatformAdapter } from '../types';
import { queryFirst } from '../selector-spec';
import { selectors } from './selectors';
import { createInboxReader } from './inbox';
import { threadHeader, createThreadReader, openThread, type HeaderLookup } from './thread';
import { health } from './health';

export const WHATSAPP_HOST = 'web.whatsapp.com';

/**
 * The inbox, and #main's parent (a thread switch replaces #main, so the parent sees it); #app
 * when no chat is open (it will receive #main).
 */
function observeTargets(doc: Document): Element[] {
  const targets: Element[] = [];
  const list = queryFirst(doc, selectors.chatList);
  if (list) targets.push(list);
  const main = queryFirst(doc, selectors.main);
  const panel = main ? (main.parentElement ?? main) : queryFirst(doc, selectors.app);
  if (panel && main && list && panel.contains(list)) targets.push(main);
  else if (panel) targets.push(panel);
  return targets;
}

/** The thread body's top-level block (the child of #main right under the header). */
function bannerAnchor(doc: Document, headerOf: HeaderLookup): Element | undefined {
  const main = queryFirst(doc, selectors.main);
  if (!main) return undefined;
  const header = headerOf(main);
  const level = header?.parentElement ?? main;
  let anchor: Element | undefined =
    queryFirst(main, selectors.conversationBody) ?? header?.nextElementSibling ?? undefined;
  while (anchor && anchor.parentElement !== level && anchor.parentElement !== main) {
    anchor = anchor.parentElement ?? undefined;
  }
  return anchor;
}

/**
 * The send button of the open thread is enabled: WhatsApp enables it only while its editor holds
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

/** A fresh adapter for one content-script launch; `signal` ends it. */
export function createWhatsappAdapter({ signal }: AdapterOptions): PlatformAdapter {
  let readers:
    | {
        inbox: ReturnType<typeof createInboxReader>;
        thread: ReturnType<typeof createThreadReader>;
        /** The last open thread looked up from scratch. */
        lastThread?: OpenThread | undefined;
        /** The banner anchor last found, and the #main it was found in. */
        anchor?: { main: HTMLElement; anchor: Element } | undefined;
        /** The thread header last found, and the #main it was found in. */
        header?: { main: HTMLElement; header: HTMLElement } | undefined;
      }
    | undefined = {
    inbox: createInboxReader(),
    thread: createThreadReader(),
  };
  signal.addEventListener(
    'abort',
    () => {
      readers = undefined;
    },
    { once: true },
  );
  if (signal.aborted) readers = undefined;
  // Listing #main's headers walks all of #main (thousands of messages), and the health check, the
  // open thread and the banner anchor each need the header: the one found stays the answer while
  // it is still inside the same #main.
  const headerOf: HeaderLookup = (main) => {
    const last = readers?.header;
    if (last?.main === main && main.contains(last.header)) return last.header;
    const header = threadHeader(main);
    if (readers) readers.header = header ? { main, header } : undefined;
    return header;
  };
  return {
    platform: 'whatsapp',
    isSupportedUrl: (url) => url.protocol === 'https:' && url.hostname === WHATSAPP_HOST,
    health: (doc) => health(doc, headerOf),
    observeTargets,
    readInbox: (doc, changes) => readers?.inbox.read(doc, changes) ?? { rows: [], fresh: [] },
    openThread: (doc, changes) => {
      if (!readers) return openThread(doc);
      const last = readers.lastThread;
      const main = queryFirst(doc, selectors.main);
      const list = main && queryFirst(main, selectors.messageList);
      // Inside #main only messages changed: nothing the header, the group test or the footer
      // say can differ.
      if (
        changes &&
        last?.root === main &&
        list &&
        changes.targets.every((t) => !main.contains(t) || list.contains(t))
      )
        return last;
      readers.lastThread = openThread(doc, headerOf);
      return readers.lastThread;
    },
    readMessages: (thread, request) =>
      readers?.thread.read(thread, request) ?? { messages: [], fromScratch: false },
    composer: (doc) => queryFirst(doc, selectors.composer),
    sendReady,
    bannerAnchor: (doc) => {
      // Finding the header walks #main (thousands of messages): the anchor found stays valid
      // while it is still inside the same #main.
      const main = queryFirst(doc, selectors.main);
      const last = readers?.anchor;
      if (main && last?.main === main && main.contains(last.anchor)) return last.anchor;
      const anchor = bannerAnchor(doc, headerOf);
      if (readers) readers.anchor = main && anchor ? { main, anchor } : undefined;
      return anchor;
    },
  };
}
