/**
 * The Instagram web DM adapter: wires routes, health, the inbox, the open thread, its messages,
 * composer and banner anchor into the PlatformAdapter contract (types.ts). Thread keys are
 * `ig:t:<id>` when the numeric id is known, `ig:e2ee:<id>` for encrypted chats
 * (/direct/e2ee/t/<id>/), and provisional `ig:name:<normalised display name>` otherwise (rows
 * without href). Messages are read only from the open thread, whose key comes from the URL, so
 * message keys are id-based whenever the URL carries the id. Group detection looks at the
 * header's avatars first and then at sender names in the newest rows.
 *
 * `createInstagramAdapter({ signal })` makes one adapter per content-script launch. Everything it
 * remembers lives in that instance: the inbox reader (inbox rows), the thread reader (message
 * rows), the thread locator (container, scroller, list, header) and the thread identity (which
 * link-less row is which thread). It starts no observer, timer or listener of its own; when the
 * signal aborts, all of it is forgotten and every read finds nothing. Reads the DOM; writes
 * nothing.
 */
import type {
  AdapterOptions,
  InboxRead,
  OpenThread,
  PageChanges,
  PageHealth,
  PlatformAdapter,
} from '../types';
import { queryFirst } from '../selector-spec';
import { pageHealth, pageUrl } from './health';
import { InboxReader } from './inbox-rows';
import { isNameThreadKey, nameThreadKey, routeThreadKey } from './keys';
import { avatarCountOf, avatarOf, isGridEra, ThreadLocator, type HeaderInfo } from './open-thread';
import { isSupportedUrl, threadRouteFromUrl, type ThreadRoute } from './routes';
import { instagram } from './selectors';
import { ThreadIdentity, type OpenThreadHint } from './thread-identity';
import { ThreadReader } from './thread-messages';

export function createInstagramAdapter({ signal }: AdapterOptions): PlatformAdapter {
  const locator = new ThreadLocator();
  const inbox = new InboxReader(new ThreadIdentity());
  const reader = new ThreadReader(locator);
  let lastRows: InboxRead = { rows: [], fresh: [] };
  let rowsList: HTMLElement | undefined;

  signal.addEventListener(
    'abort',
    () => {
      inbox.clear();
      reader.clear();
      locator.forget();
      lastRows = { rows: [], fresh: [] };
      rowsList = undefined;
      found = undefined;
    },
    { once: true },
  );

  let url: string | undefined;
  let route: ThreadRoute | undefined;
  /** The address's thread, parsed again only when the address changed (not per new message). */
  function routeOf(doc: Document): ThreadRoute | undefined {
    if (doc.URL !== url) {
      url = doc.URL;
      route = threadRouteFromUrl(pageUrl(doc));
    }
    return route;
  }

  /**
   * The open thread's key, title, avatar and root, without deciding whether it is a group; the
   * header is checked once for all of them (its text read once per new message).
   */
  function openThreadHint(
    doc: Document,
  ): (OpenThreadHint & { root: HTMLElement; header: HeaderInfo }) | undefined {
    const root = locator.findContainer(doc);
    if (!root) return undefined;
    const header = locator.header(root);
    const { title } = header;
    const route = routeOf(doc);
    if (!route && title === '') return undefined;
    const threadKey = route ? routeThreadKey(route) : nameThreadKey(title);
    return { threadKey, title, avatar: avatarOf(header), root, header };
  }

  /** The open thread as last found, with the address, header and message list it was found with. */
  let found: { thread: OpenThread; url: string; header: HeaderInfo; list: Element } | undefined;

  /**
   * The open thread. While only rows of its message list changed, at the same address and under
   * the same header (checked, so a renamed thread is still seen on its next message), it is the
   * one found last: only its group flag may come up, from sender names read since.
   */
  function openThread(doc: Document, changes?: PageChanges): OpenThread | undefined {
    if (signal.aborted) return undefined;
    const last = found;
    const senders =
      last &&
      changes &&
      doc.URL === last.url &&
      last.list.isConnected &&
      changes.targets.every((node) => last.list.contains(node)) &&
      locator.header(last.thread.root) === last.header
        ? reader.sendersSeen(last.thread, last.list)
        : undefined;
    if (last && senders !== undefined) {
      if (senders && !last.thread.group) last.thread = { ...last.thread, group: true };
      return last.thread;
    }
    found = undefined;
    const hint = openThreadHint(doc);
    if (!hint) return undefined;
    const { threadKey, title, root, header } = hint;
    const thread: OpenThread = { threadKey, title, root, group: false };
    thread.group = avatarCountOf(header) >= 2 || reader.showsSenders(thread);
    const list = isGridEra(root) ? root : locator.threadParts(root).list;
    found = { thread, url: doc.URL, header, list };
    return thread;
  }

  const readInbox: PlatformAdapter['readInbox'] = (doc, changes) => {
    if (signal.aborted) return { rows: [], fresh: [] };
    lastRows = inbox.read(doc, changes, () => {
      const open = openThreadHint(doc);
      return open && !isNameThreadKey(open.threadKey) ? open : undefined;
    });
    rowsList = inbox.listElement(doc);
    return lastRows;
  };

  function health(doc: Document): PageHealth {
    return pageHealth(doc, {
      threadList: (d) => inbox.listElement(d),
      // The rows as last read while the list is the same element; else read now.
      inboxRows: (d) =>
        rowsList !== undefined && rowsList === inbox.listElement(d)
          ? lastRows.rows
          : readInbox(d, undefined).rows,
      openThread,
      unreadableText: (thread) => reader.unreadableText(thread),
    });
  }

  function observeTargets(doc: Document): Element[] {
    if (signal.aborted) return [];
    const container = locator.findContainer(doc);
    const targets = [
      inbox.listElement(doc),
      // The parent sees the container being replaced on a thread switch.
      container?.parentElement ?? queryFirst(doc, instagram.mainColumn),
    ].filter((el): el is HTMLElement => el !== undefined);
    return targets.length > 0 ? [...new Set(targets)] : [doc.body];
  }

  function bannerAnchor(doc: Document): Element | undefined {
    const container = locator.findContainer(doc);
    if (!container) return undefined;
    // Grid era: the grid is the scroller's content; the banner goes just above the grid.
    return isGridEra(container) ? container : locator.threadParts(container).scroller;
  }

  return {
    platform: 'instagram',
    isSupportedUrl,
    health,
    observeTargets,
    readInbox,
    openThread,
    readMessages: (thread, request) =>
      signal.aborted ? { messages: [], fromScratch: true } : reader.readMessages(thread, request),
    composer: (doc) => queryFirst(doc, instagram.composer),
    bannerAnchor,
    titleKey: nameThreadKey,
  };
}
