/**
 * The Instagram web DM adapter: wires routes, health, the thread list, the open thread, messages,
 * composer and banner anchor into the PlatformAdapter contract. Thread keys are `ig:t:<id>` when
 * the numeric id is known, `ig:e2ee:<id>` for encrypted chats (/direct/e2ee/t/<id>/), and
 * provisional `ig:name:<normalised display name>` otherwise (rows without href). Each adapter
 * created by `createInstagramAdapter` owns a ThreadIdentity: once the owner opens a thread whose
 * address gives the id, its link-less row keeps that id key, also back on the inbox. Messages are
 * read only from the open thread, whose key comes from the URL, so message keys are id-based
 * whenever the URL carries the id. Group detection looks at the header's avatars first and only
 * then at sender names in rows (parsed once per row element, see row-cache.ts); listRows needs
 * only the open thread's key, title and avatar, so it never parses messages. Reads the DOM; writes
 * nothing.
 */
import type { AdapterOptions, OpenThread, PlatformAdapter } from '../types';
import { incrementalFromWhole } from '../whole-reads';
import { queryFirst } from '../selector-spec';
import { pageHealth, pageUrl } from './health';
import { isNameThreadKey, nameThreadKey, routeThreadKey } from './keys';
import { hasSenderLabels, readMessages } from './messages';
import { isSupportedUrl, threadRouteFromUrl } from './routes';
import { instagram } from './selectors';
import {
  findConversation,
  headerAvatar,
  headerAvatarCount,
  isGridEra,
  threadParts,
  threadTitle,
} from './thread';
import { ThreadIdentity, type OpenThreadHint } from './thread-identity';
import { listRows } from './thread-list';

/** The open thread's key, title, avatar and root, without deciding whether it is a group. */
function openThreadHint(doc: Document): (OpenThreadHint & { root: HTMLElement }) | undefined {
  const root = findConversation(doc);
  if (!root) return undefined;
  const title = threadTitle(root);
  const route = threadRouteFromUrl(pageUrl(doc));
  if (!route && title === '') return undefined;
  const threadKey = route ? routeThreadKey(route) : nameThreadKey(title);
  return { threadKey, title, avatar: headerAvatar(root), root };
}

function openThread(doc: Document): OpenThread | undefined {
  const hint = openThreadHint(doc);
  if (!hint) return undefined;
  const { threadKey, title, root } = hint;
  return { threadKey, title, root, group: headerAvatarCount(root) >= 2 || hasSenderLabels(root) };
}

function observeTargets(doc: Document): Element[] {
  const conversation = findConversation(doc);
  const targets = [
    queryFirst(doc, instagram.threadList),
    // The parent sees the container being replaced on a thread switch.
    conversation?.parentElement ?? queryFirst(doc, instagram.mainColumn),
  ].filter((el): el is HTMLElement => el !== undefined);
  return targets.length > 0 ? [...new Set(targets)] : [doc.body];
}

function bannerAnchor(doc: Document): Element | undefined {
  const conversation = findConversation(doc);
  if (!conversation) return undefined;
  // Grid era: the grid is the scroller's content; the banner goes just above the grid.
  return isGridEra(conversation) ? conversation : threadParts(conversation).scroller;
}

/**
 * A fresh adapter with its own thread identity memory (one per content-script launch). It keeps
 * no observer, timer or listener, so the launch's signal has nothing to end; its reads are whole
 * reads made incremental by lib/platforms/whole-reads.ts.
 */
export function createInstagramAdapter(_options: AdapterOptions): PlatformAdapter {
  const identity = new ThreadIdentity();
  const rows = (doc: Document) => {
    const open = openThreadHint(doc);
    return listRows(doc, open && !isNameThreadKey(open.threadKey) ? open : undefined, identity);
  };
  const reads = incrementalFromWhole({ listRows: rows, allMessages: readMessages });
  return {
    platform: 'instagram',
    isSupportedUrl,
    health: (doc) => pageHealth(doc, { listRows: rows, openThread }),
    observeTargets,
    readInbox: reads.readInbox,
    openThread,
    readMessages: reads.readMessages,
    composer: (doc) => queryFirst(doc, instagram.composer),
    bannerAnchor,
    titleKey: nameThreadKey,
  };
}
