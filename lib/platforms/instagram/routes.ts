/**
 * Instagram web DM routes, github-url-detection style: one small predicate per page kind, each
 * with example URLs beside it (the routes test walks every example list through every predicate,
 * positive and cross-negative). Routes are from docs/site-markup.md. This module only looks at
 * URLs; it must never read the DOM.
 */

/** The site's origin, the base of the addresses the adapter reads (one string in the bundle). */
export const ORIGIN = 'https://www.instagram.com';

const HOSTS: ReadonlySet<string> = new Set(['www.instagram.com', 'instagram.com']);

function directPath(url: URL): string | undefined {
  if (!HOSTS.has(url.hostname)) return undefined;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return path.startsWith('/direct/') ? path : undefined;
}

export const inboxExamples = [
  'https://www.instagram.com/direct/inbox/',
  'https://www.instagram.com/direct/inbox',
  'https://instagram.com/direct/inbox/?hl=pt-br',
];
/** Primary tab of the inbox. */
export function isInbox(url: URL): boolean {
  return directPath(url) === '/direct/inbox/';
}

export const generalExamples = ['https://www.instagram.com/direct/general/'];
/** General tab (professional and creator accounts). */
export function isGeneral(url: URL): boolean {
  return directPath(url) === '/direct/general/';
}

export const requestsExamples = [
  'https://www.instagram.com/direct/requests/',
  'https://www.instagram.com/direct/requests/hidden/',
];
/** Message requests, including the hidden-requests folder: new customers often land here. */
export function isRequests(url: URL): boolean {
  const path = directPath(url);
  return path === '/direct/requests/' || path === '/direct/requests/hidden/';
}

export const newMessageExamples = ['https://www.instagram.com/direct/new/'];
export function isNewMessage(url: URL): boolean {
  return directPath(url) === '/direct/new/';
}

export const threadExamples = [
  'https://www.instagram.com/direct/t/17842340125581234/',
  'https://www.instagram.com/direct/t/340282366841710300949128137443944319108',
  'https://instagram.com/direct/t/17842340125581234/?hl=es',
  'https://www.instagram.com/direct/e2ee/t/17849112233445566/',
  'https://www.instagram.com/direct/e2ee/t/17849112233445566',
];

/** Where an open thread lives: its id, and whether it is an end-to-end-encrypted chat. */
export interface ThreadRoute {
  id: string;
  e2ee: boolean;
}

// Plain threads have numeric ids; encrypted chats (/direct/e2ee/t/<id>/, seen in 2026) are
// accepted with any id made of letters, digits, "_" and "-", since their format is not confirmed.
const THREAD_RE = /^\/direct\/(?:t\/(\d+)|e2ee\/t\/([\w-]+))\/$/u;

function routeOf(path: string): ThreadRoute | undefined {
  const match = THREAD_RE.exec(path);
  if (!match) return undefined;
  // One of the two alternatives matched.
  const [, plain, encrypted] = match;
  return plain === undefined ? { id: encrypted as string, e2ee: true } : { id: plain, e2ee: false };
}

/** An open thread, plain or encrypted. */
export function isThread(url: URL): boolean {
  return threadRouteFromUrl(url) !== undefined;
}

/** The thread of /direct/t/<id>/ or /direct/e2ee/t/<id>/, else undefined. */
export function threadRouteFromUrl(url: URL): ThreadRoute | undefined {
  const path = directPath(url);
  return path === undefined ? undefined : routeOf(path);
}

/** The thread id of the address (plain or encrypted), else undefined. */
export function threadIdFromUrl(url: URL): string | undefined {
  return threadRouteFromUrl(url)?.id;
}

/** The thread a row's href points to ("/direct/t/<id>/", "/direct/e2ee/t/<id>/"), relative or absolute. */
export function threadRouteFromHref(href: string): ThreadRoute | undefined {
  const match = /^(?:https:\/\/(?:www\.)?instagram\.com)?(\/direct\/[^?#]*?)\/?(?:[?#].*)?$/u.exec(
    href,
  );
  return match ? routeOf(`${match[1]}/`) : undefined;
}

/** The thread id in a row's href, relative or absolute (plain or encrypted). */
export function threadIdFromHref(href: string): string | undefined {
  return threadRouteFromHref(href)?.id;
}

/** Any inbox tab: the thread list is the main thing on the page. */
export function isInboxTab(url: URL): boolean {
  return isInbox(url) || isGeneral(url) || isRequests(url);
}

export const loginExamples = [
  'https://www.instagram.com/accounts/login/',
  'https://www.instagram.com/accounts/login/?next=%2Fdirect%2Finbox%2F',
];
export function isLogin(url: URL): boolean {
  return HOSTS.has(url.hostname) && url.pathname.startsWith('/accounts/login');
}

export const otherExamples = [
  'https://www.instagram.com/',
  'https://www.instagram.com/sam.rivera/',
  'https://www.instagram.com/p/C0dEfGhIjK/',
  'https://www.instagram.com/directory/',
  'https://web.whatsapp.com/',
  'https://www.example.com/direct/inbox/',
];

/** Where the adapter runs: any /direct/ page of instagram.com. */
export function isSupportedUrl(url: URL): boolean {
  return directPath(url) !== undefined;
}
