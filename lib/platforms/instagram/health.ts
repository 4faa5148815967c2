/**
 * Honest page states for Instagram DMs. The login form (looked for only when no inbox list is
 * shown) or /accounts/login is `logged_out` (not an error); a /direct/ page whose app frame is not
 * rendered yet is `loading`. "Connected" means the adapter really reads the page: the thread
 * list's rows give a name and a preview, and on a thread page the open thread gives messages.
 * Otherwise the page is `unrecognised` and `missing` names what could not be read:
 * - `threadList`, `conversation`: neither container is found (unknown layout);
 * - `rowName`: the list shows rows (pictures, row buttons or links) but no row gives a name;
 * - `rowPreview`: rows give names but none a preview;
 * - `conversation`: a thread address with a composer on screen, but no thread container is found;
 * - `messages`: the newest rows of the thread show text (not a status line or a time) but no
 *   message can be read from them.
 * An empty inbox, or a thread page still without composer (loading), is not a failure. Pure over
 * the document and the reader functions it is given (which reuse what the adapter already read);
 * the runtime reports every change.
 */
import type { InboxRow, OpenThread, PageHealth } from '../types';
import { queryAll, queryFirst } from '../selector-spec';
import { hasMatch } from './query';
import { isLogin, isThread, ORIGIN } from './routes';
import { instagram } from './selectors';
import { mainComposer } from './open-thread';

export function pageUrl(doc: Document): URL {
  // Path and query only: the adapter runs on instagram.com, tests run on jsdom's localhost.
  const location = doc.location as Location | null;
  const path = location ? `${location.pathname}${location.search}` : '/';
  return new URL(path, ORIGIN);
}

/** Plain names of what `missing` may hold, for the popup and the badge's tooltip. */
export type InstagramMissing =
  'threadList' | 'conversation' | 'rowName' | 'rowPreview' | 'messages';

export interface HealthReaders {
  /** The thread list element, if any. */
  threadList(doc: Document): HTMLElement | undefined;
  /** The inbox rows (as last read, when the list is the same). */
  inboxRows(doc: Document): readonly InboxRow[];
  openThread(doc: Document): OpenThread | undefined;
  /** The open thread's newest rows show text but no message can be read from them. */
  unreadableText(thread: OpenThread): boolean;
}

/** The list shows something that looks like threads: row matches with a picture, or pictures. */
function listShowsRows(list: HTMLElement): boolean {
  if (queryAll(list, instagram.threadRow).some((el) => el.querySelector('img') !== null))
    return true;
  return list.querySelectorAll('img').length >= 2;
}

function listMissing(doc: Document, list: HTMLElement, readers: HealthReaders): InstagramMissing[] {
  const rows = readers.inboxRows(doc).filter((row) => row.title !== '');
  if (rows.length === 0) return listShowsRows(list) ? ['rowName', 'rowPreview'] : [];
  return rows.some((row) => row.preview !== '') ? [] : ['rowPreview'];
}

function threadMissing(doc: Document, readers: HealthReaders): InstagramMissing[] {
  if (!isThread(pageUrl(doc))) return [];
  const thread = readers.openThread(doc);
  if (!thread) return mainComposer(doc) ? ['conversation'] : [];
  return readers.unreadableText(thread) ? ['messages'] : [];
}

export function pageHealth(doc: Document, readers: HealthReaders): PageHealth {
  const list = readers.threadList(doc);
  // A shown inbox is a logged-in page: the login form (one combined selector, whose miss walks
  // the whole page) is looked for only without one.
  if (isLogin(pageUrl(doc)) || (!list && hasMatch(doc, instagram.loginForm)))
    return { state: 'logged_out' };
  if (!queryFirst(doc, instagram.appShell)) return { state: 'loading' };
  if (!list && !readers.openThread(doc))
    return { state: 'unrecognised', missing: ['threadList', 'conversation'] };
  const missing = [
    ...(list ? listMissing(doc, list, readers) : []),
    ...threadMissing(doc, readers),
  ];
  return missing.length > 0 ? { state: 'unrecognised', missing } : { state: 'connected' };
}
