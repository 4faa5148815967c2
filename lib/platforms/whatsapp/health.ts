/**
 * What the WhatsApp page is showing, as a PageHealth (docs/site-markup.md). A QR / login
 * screen is logged_out; `#app` missing or empty, or the startup progress screen, is loading (never
 * "broken"); an app without a recognisable chat list is unrecognised, and so is a chat list whose
 * rows or titles cannot be read, or an open thread (#main) without a readable header title or message
 * list. `missing` names the selectors.ts keys that failed, so the options page can say what
 * changed. No chat open is still connected.
 */
import type { PageHealth } from '../types';
import { hasAny, listRowsOf, queryFirst } from '../selector-spec';
import { selectors, type WhatsappSelectorKey } from './selectors';
import { headerTitle, threadHeader, type HeaderLookup } from './thread';

export function health(doc: Document, headerOf: HeaderLookup = threadHeader): PageHealth {
  const app = queryFirst(doc, selectors.app);
  const list = app && app.childElementCount > 0 ? queryFirst(doc, selectors.chatList) : undefined;
  // The login screen replaces the app, inbox included: with an inbox on the page the search for
  // it (a walk of the whole document, long with a long thread open) is skipped.
  if (!list && hasAny(doc, selectors.loginScreen)) return { state: 'logged_out' };
  if (!app || app.childElementCount === 0) return { state: 'loading' };
  if (!list) {
    if (hasAny(doc, selectors.startupScreen)) return { state: 'loading' };
    return { state: 'unrecognised', missing: ['chatList'] };
  }
  const missing: WhatsappSelectorKey[] = [];
  // The first row answers both questions unless it has no title: then every row is looked at.
  const first = queryFirst(list, selectors.chatRow);
  if (!first && list.textContent.trim() !== '') missing.push('chatRow');
  if (
    first &&
    !queryFirst(first, selectors.rowTitle) &&
    listRowsOf(list, selectors.chatRow).rows.every((row) => !queryFirst(row, selectors.rowTitle))
  ) {
    missing.push('rowTitle');
  }
  const main = queryFirst(doc, selectors.main);
  if (main) {
    if (headerTitle(headerOf(main)) === undefined) missing.push('headerTitle');
    if (!queryFirst(main, selectors.messageList)) missing.push('messageList');
  }
  return missing.length > 0 ? { state: 'unrecognised', missing } : { state: 'connected' };
}
