/**
 * Honest page states for Instagram DMs (dom-reference.md §3.2): the login form or /accounts/login
 * is `logged_out` (not an error); a /direct/ page whose app frame is not rendered yet is `loading`;
 * an app frame in which neither the thread list nor a conversation container can be found is
 * `unrecognised`, naming the missing selector keys; anything else is `connected`. Pure over the
 * document; the runtime decides how many misses in a row make a health report.
 */
import type { PageHealth } from '../types';
import { queryFirst } from '../selector-spec';
import { hasMatch } from './query';
import { isLogin } from './routes';
import { instagram, type InstagramSelectorKey } from './selectors';

export function pageUrl(doc: Document): URL {
  // Path and query only: the adapter runs on instagram.com, tests run on jsdom's localhost.
  const location = doc.location as Location | null;
  const path = location ? `${location.pathname}${location.search}` : '/';
  return new URL(path, 'https://www.instagram.com');
}

export function health(doc: Document): PageHealth {
  // One combined selector: a miss scans the whole page once instead of once per selector.
  if (isLogin(pageUrl(doc)) || hasMatch(doc, instagram.loginForm)) return { state: 'logged_out' };
  if (!queryFirst(doc, instagram.appShell)) return { state: 'loading' };
  const required: InstagramSelectorKey[] = ['threadList', 'conversation'];
  const missing = required.filter((key) => !queryFirst(doc, instagram[key]));
  if (missing.length === required.length) return { state: 'unrecognised', missing };
  return { state: 'connected' };
}
