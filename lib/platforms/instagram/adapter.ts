/**
 * The Instagram web DM adapter: wires routes, health, the thread list, the open thread, messages,
 * composer and banner anchor into the PlatformAdapter contract. Thread keys are `ig:t:<id>` when
 * the numeric id is known and provisional `ig:name:<normalised display name>` otherwise (href-less
 * rows, Aug 2026). The runtime should treat a name key as an alias: once openThread reports an id
 * key whose title normalises to the same name, records under the name key belong to the id key
 * (see `nameThreadKey`). Messages are read only from the open thread, whose key comes from the URL,
 * so message keys are id-based whenever the URL carries the id. Group detection looks at the
 * header's avatars first and only then at sender names in rows (parsed once per row element, see
 * row-cache.ts); listRows needs only the open thread's key and title, so it never parses messages.
 * Reads the DOM; writes nothing.
 */
import type { OpenThread, PlatformAdapter } from '../types';
import { queryFirst } from '../selector-spec';
import { health, pageUrl } from './health';
import { idThreadKey, isNameThreadKey, nameThreadKey } from './keys';
import { hasSenderLabels, readMessages } from './messages';
import { isSupportedUrl, threadIdFromUrl } from './routes';
import { instagram } from './selectors';
import { findConversation, headerAvatarCount, isGridEra, threadParts, threadTitle } from './thread';
import { listRows, type OpenThreadHint } from './thread-list';

/** The open thread's key, title and root, without deciding whether it is a group. */
function openThreadHint(doc: Document): (OpenThreadHint & { root: HTMLElement }) | undefined {
  const root = findConversation(doc);
  if (!root) return undefined;
  const title = threadTitle(root);
  const id = threadIdFromUrl(pageUrl(doc));
  if (!id && title === '') return undefined;
  return { threadKey: id ? idThreadKey(id) : nameThreadKey(title), title, root };
}

export function openThread(doc: Document): OpenThread | undefined {
  const hint = openThreadHint(doc);
  if (!hint) return undefined;
  const { root } = hint;
  return { ...hint, group: headerAvatarCount(root) >= 2 || hasSenderLabels(root) };
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

export const instagramAdapter: PlatformAdapter = {
  platform: 'instagram',
  isSupportedUrl,
  health,
  observeTargets,
  listRows(doc) {
    const open = openThreadHint(doc);
    const hint = open && !isNameThreadKey(open.threadKey) ? open : undefined;
    return listRows(doc, hint);
  },
  openThread,
  readMessages: (thread) => readMessages(thread),
  composer: (doc) => queryFirst(doc, instagram.composer),
  bannerAnchor,
  titleKey: nameThreadKey,
};
