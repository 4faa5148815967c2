/**
 * Identity for Instagram threads and messages. Threads: `ig:t:<numeric id>` whenever the id is
 * known (row href or the open thread's URL), `ig:e2ee:<id>` for end-to-end-encrypted chats
 * (/direct/e2ee/t/<id>/), else the provisional `ig:name:<normalised display name>` (rows without
 * href), which thread-identity.ts narrows with the avatar and position when two rows share a name. Messages: Instagram puts no message id in the DOM and
 * removes rows scrolled out of view, so a key is a hash of the thread, the direction, the
 * normalised text (plus quote and media marker) and the nearest preceding time break, resolved to
 * an absolute minute so "Today 10:02" and tomorrow's "Yesterday 10:02" give the same key. See
 * README-level notes in adapter.ts for how the runtime treats name keys. Pure functions only.
 */
import { hashText } from '../../hash';
import { normaliseName } from './dom';
import type { ThreadRoute } from './routes';

export const ID_KEY_PREFIX = 'ig:t:';
export const E2EE_KEY_PREFIX = 'ig:e2ee:';
export const NAME_KEY_PREFIX = 'ig:name:';

export function idThreadKey(threadId: string): string {
  return `${ID_KEY_PREFIX}${threadId}`;
}

/** The key of a thread whose address is known, plain or encrypted. */
export function routeThreadKey(route: ThreadRoute): string {
  return route.e2ee ? `${E2EE_KEY_PREFIX}${route.id}` : idThreadKey(route.id);
}

/** Provisional key of a row or thread whose numeric id is not on the page. */
export function nameThreadKey(displayName: string): string {
  return `${NAME_KEY_PREFIX}${normaliseName(displayName)}`;
}

/** True for provisional keys: the runtime should re-key them once the id is known. */
export function isNameThreadKey(threadKey: string): boolean {
  return threadKey.startsWith(NAME_KEY_PREFIX);
}

export interface MessageKeyParts {
  threadKey: string;
  author: 'them' | 'me';
  text: string;
  quoted?: string;
  /** Stable descriptor of media ("media", or the shared post's path); never a CDN URL. */
  media?: string;
  /** The nearest preceding time break, canonical (see time-break.ts), '' when none is rendered. */
  anchor: string;
  /** 1 for the first identical message after the same anchor, 2 for the next, … */
  occurrence: number;
}

/**
 * Text made only of ASCII and Latin-1's letters (U+00C0 to U+00FF, with × and ÷) is its own NFKC
 * form: none of them has a compatibility form, each is already composed, and no two of them
 * compose. Most messages are such text, and skip the normaliser.
 */
const NFKC_AS_IS = /^[\0-\x7f\u00c0-\u00ff]*$/u;

/** NFKC, runs of whitespace as one space, trimmed. */
export function squashed(text: string): string {
  return (NFKC_AS_IS.test(text) ? text : text.normalize('NFKC')).replace(/\s+/gu, ' ').trim();
}

export function messageKey(parts: MessageKeyParts): string {
  const text = squashed(parts.text);
  const quoted = squashed(parts.quoted ?? '');
  const hash = hashText([parts.anchor, text, quoted, parts.media ?? ''].join('\u0000'));
  const suffix = parts.occurrence > 1 ? `:${parts.occurrence}` : '';
  return `${parts.threadKey}|${parts.author}|${hash}${suffix}`;
}
