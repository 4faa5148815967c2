/**
 * Which parts of the page a batch of mutations touched, so a pass re-reads only what changed:
 * - a part (the chat list, the open conversation) is `changed` when some mutation target lies
 *   inside it and it is still the element the last pass read, `unknown` when that element is gone
 *   or was never read (read it from scratch), else `unchanged`;
 * - `elsewhere`: some target lies outside both, or nothing is known (the page's health and which
 *   thread is open must be looked at again).
 * Pure DOM containment checks; no reads of layout or style.
 */
import type { PageChanges } from '../platforms/types';

export type PartState = 'unchanged' | 'changed' | 'unknown';

export interface ChangedParts {
  inbox: PartState;
  thread: PartState;
  elsewhere: boolean;
}

export const EVERYTHING: ChangedParts = { inbox: 'unknown', thread: 'unknown', elsewhere: true };

/** `changes` (per observed element) undefined means "anything may have changed". */
export function changedParts(
  changes: readonly PageChanges[] | undefined,
  inboxRoot: Element | undefined,
  threadRoot: Element | undefined,
): ChangedParts {
  if (changes === undefined) return EVERYTHING;
  const inbox = inboxRoot?.isConnected ? inboxRoot : undefined;
  const thread = threadRoot?.isConnected ? threadRoot : undefined;
  const parts: ChangedParts = {
    inbox: inbox ? 'unchanged' : 'unknown',
    thread: thread ? 'unchanged' : 'unknown',
    elsewhere: !inbox || !thread,
  };
  for (const part of changes) {
    for (const node of part.targets) {
      if (inbox?.contains(node)) parts.inbox = 'changed';
      else if (thread?.contains(node)) parts.thread = 'changed';
      else parts.elsewhere = true;
    }
  }
  return parts;
}

/** The changes of several observed elements as one (one element's are its own). */
export function allChanges(changes: readonly PageChanges[]): PageChanges {
  return changes.length === 1
    ? (changes[0] as PageChanges)
    : {
        targets: changes.flatMap((part) => part.targets),
        added: changes.flatMap((part) => part.added),
        removed: changes.flatMap((part) => part.removed),
      };
}
