/**
 * Decides which author of an export is the business owner; everyone else is a customer. In order:
 * 1. the name the caller gives (--owner), matched ignoring case and accents, or as part of a name;
 * 2. an author whose name matches a hint (the owner's or business's name from the settings);
 * 3. an author WhatsApp calls "You" / "Você" / "Tú", or the account holder of an Instagram
 *    download (the one person in every thread);
 * 4. with two authors, the one who did not write first (customers usually open the chat);
 * 5. with three or more (a group), the one who wrote the most messages.
 * With a single author nobody is taken for the owner.
 */
import type { ChatMessage, OwnerBasis } from './types';

export interface OwnerChoice {
  owner: string | null;
  reason: string;
  basis: OwnerBasis;
}

const YOU = new Set(['you', 'voce', 'tu', 'yo', 'eu']);

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function findByName(authors: string[], name: string): string | undefined {
  const wanted = fold(name);
  if (wanted === '') return undefined;
  const exact = authors.find((a) => fold(a) === wanted);
  if (exact !== undefined) return exact;
  const partial = authors.filter((a) => fold(a).includes(wanted));
  return partial.length === 1 ? partial[0] : undefined;
}

/** Throws when `requested` names nobody in the chat, listing the authors. */
export function chooseOwner(
  authors: string[],
  messages: ChatMessage[] | Map<string, number>,
  requested: string | undefined,
  hints: string[] = [],
  accountHolder?: string,
): OwnerChoice {
  if (requested !== undefined) {
    const owner = findByName(authors, requested);
    if (owner === undefined) {
      throw new Error(
        `owner "${requested}" is not one of the chat's authors: ${authors.join(', ')}`,
      );
    }
    return { owner, reason: 'given by name', basis: 'given' };
  }
  for (const hint of hints) {
    const owner = findByName(authors, hint);
    if (owner !== undefined)
      return { owner, reason: `matches "${hint}" from the settings`, basis: 'settings' };
  }
  const you = authors.find((a) => YOU.has(fold(a)));
  if (you !== undefined)
    return { owner: you, reason: 'WhatsApp calls this author "you"', basis: 'you' };
  if (accountHolder !== undefined && authors.includes(accountHolder)) {
    return {
      owner: accountHolder,
      reason: 'the account holder: in every Instagram thread',
      basis: 'account-holder',
    };
  }
  if (authors.length < 2)
    return {
      owner: null,
      reason: 'only one person wrote; treated as a customer',
      basis: 'single',
    };
  if (authors.length === 2) {
    return {
      owner: authors[1] ?? null,
      reason: 'guessed: the one who did not start the chat',
      basis: 'not-starter',
    };
  }
  let counts: Map<string, number>;
  if (messages instanceof Map) counts = messages;
  else {
    counts = new Map<string, number>();
    for (const m of messages) counts.set(m.author, (counts.get(m.author) ?? 0) + 1);
  }
  let busiest: string | undefined;
  for (const a of authors) {
    if (busiest === undefined || (counts.get(a) ?? 0) > (counts.get(busiest) ?? 0)) busiest = a;
  }
  return {
    owner: busiest ?? null,
    reason: 'guessed: the one who wrote the most messages',
    basis: 'busiest',
  };
}
