/**
 * Honest page states for Instagram DMs. The login form or /accounts/login is `logged_out` (not an
 * error); a /direct/ page whose app frame is not rendered yet is `loading`. "Connected" means the
 * adapter really reads the page: the thread list's rows give a name and a preview, and on a thread
 * page the open conversation gives messages. Otherwise the page is `unrecognised` and `missing`
 * names what could not be read:
 * - `threadList`, `conversation`: neither container is found (unknown layout);
 * - `rowName`: the list shows rows (pictures, row buttons or links) but no row gives a name;
 * - `rowPreview`: rows give names but none a preview;
 * - `conversation`: a thread address with a composer on screen, but no conversation is found;
 * - `messages`: the conversation shows text (not a status line or a time) but no message can be
 *   read from it.
 * An empty inbox, or a thread page still without composer (loading), is not a failure. Pure over
 * the document and the reader functions it is given; the runtime reports every change.
 */
import type { ChatRow, OpenThread, PageHealth } from '../types';
import { queryAll, queryFirst } from '../selector-spec';
import { hasMatch } from './query';
import { isLogin, isThread } from './routes';
import { instagram } from './selectors';
import { textLines } from './dom';
import { isStatusText } from './labels';
import { mainComposer, messageRows } from './thread';
import { isTimeBreakText } from './time-break';
import { readMessages } from './messages';

export function pageUrl(doc: Document): URL {
  // Path and query only: the adapter runs on instagram.com, tests run on jsdom's localhost.
  const location = doc.location as Location | null;
  const path = location ? `${location.pathname}${location.search}` : '/';
  return new URL(path, 'https://www.instagram.com');
}

/** Plain names of what `missing` may hold, for the popup and the badge's tooltip. */
export type InstagramMissing =
  'threadList' | 'conversation' | 'rowName' | 'rowPreview' | 'messages';

export interface HealthReaders {
  listRows(doc: Document): ChatRow[];
  openThread(doc: Document): OpenThread | undefined;
}

/** The list shows something that looks like conversations: row matches with a picture, or pictures. */
function listShowsRows(list: HTMLElement): boolean {
  if (queryAll(list, instagram.threadRow).some((el) => el.querySelector('img') !== null))
    return true;
  return list.querySelectorAll('img').length >= 2;
}

function listMissing(doc: Document, readers: HealthReaders): InstagramMissing[] {
  const list = queryFirst(doc, instagram.threadList);
  if (!list) return [];
  const rows = readers.listRows(doc).filter((row) => row.title !== '');
  if (rows.length === 0) return listShowsRows(list) ? ['rowName', 'rowPreview'] : [];
  return rows.some((row) => row.preview !== '') ? [] : ['rowPreview'];
}

function threadMissing(doc: Document, readers: HealthReaders): InstagramMissing[] {
  if (!isThread(pageUrl(doc))) return [];
  const thread = readers.openThread(doc);
  if (!thread) return mainComposer(doc) ? ['conversation'] : [];
  // Text that is neither a status line ("Seen") nor a time break would be someone's message.
  const hasText = messageRows(thread.root).some((row) =>
    textLines(row).some((line) => !isStatusText(line) && !isTimeBreakText(line)),
  );
  return hasText && readMessages(thread).length === 0 ? ['messages'] : [];
}

export function pageHealth(doc: Document, readers: HealthReaders): PageHealth {
  // One combined selector: a miss scans the whole page once instead of once per selector.
  if (isLogin(pageUrl(doc)) || hasMatch(doc, instagram.loginForm)) return { state: 'logged_out' };
  if (!queryFirst(doc, instagram.appShell)) return { state: 'loading' };
  if (!queryFirst(doc, instagram.threadList) && !readers.openThread(doc))
    return { state: 'unrecognised', missing: ['threadList', 'conversation'] };
  const missing = [...listMissing(doc, readers), ...threadMissing(doc, readers)];
  return missing.length > 0 ? { state: 'unrecognised', missing } : { state: 'connected' };
}
