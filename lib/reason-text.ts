/**
 * A reason detail said in the owner's words: the catalogue key for it, its English wording when the
 * catalogue lacks one, and the lines the banner, the popup and notifications show. Kept apart from
 * reasons.ts (which reads older reason lines back with the classifier's wordings) so a page that
 * receives reasons already grouped (the content scripts) does not carry the classifier. Pure.
 */
import type { Category } from './classifier/types';

export type ReasonKind =
  | 'said'
  | 'quantity'
  | 'amount'
  | 'unanswered'
  | 'askedAgain'
  | 'waiting'
  | 'wording'
  | 'learned'
  | 'needsMe'
  | 'yourPhrase'
  | 'flagged'
  | 'other';

export interface ReasonDetail {
  kind: ReasonKind;
  /** What the message says or shows: the customer's words, a number, or the reason as written. */
  values: string[];
}

export interface ReasonGroup {
  category: Category;
  details: ReasonDetail[];
}

/** The catalogue key that says a detail in plain words; 'other' is shown as written. */
export function reasonMessageKey(kind: ReasonKind): string | undefined {
  return kind === 'other' || kind === 'flagged' ? undefined : `reason_${kind}`;
}

/** The English wording, used when the catalogue has no message for a detail. */
const ENGLISH: Record<Exclude<ReasonKind, 'other' | 'flagged'>, string> = {
  said: 'wrote “$1”',
  quantity: 'asks for $1 (big from $2)',
  amount: 'mentions $1',
  unanswered: 'asked “$1”, which your FAQ does not answer',
  askedAgain: 'asked again, still unanswered: “$1”',
  waiting: 'wrote $1 messages in a row without a reply',
  wording: 'worded like earlier messages of this kind',
  learned: 'like messages you marked as needing you',
  needsMe: 'you marked this conversation as needing you',
  yourPhrase: 'used your phrase “$1”',
};

/** A detail in the interface language through `t` (the catalogue), or as written. */
export function reasonText(
  detail: ReasonDetail,
  t: (key: string, substitutions?: string[]) => string,
): string {
  const key = reasonMessageKey(detail.kind);
  if (key === undefined || detail.kind === 'other' || detail.kind === 'flagged')
    return detail.values.join(' ');
  const localised = t(key, detail.values);
  if (localised !== key && localised !== '') return localised;
  return ENGLISH[detail.kind].replace(
    /\$(\d)/g,
    (_m, n: string) => detail.values[Number(n) - 1] ?? '',
  );
}

/** One line of the reasons as shown: the category's label and its details in plain words. */
export interface ReasonLine {
  category: Category;
  label: string;
  details: string[];
}

/** Grouped reasons as lines in the interface language through `t` (the catalogue). */
export function linesOfGroups(
  groups: readonly ReasonGroup[],
  t: (key: string, substitutions?: string[]) => string,
  labelOf: (category: Category) => string,
): ReasonLine[] {
  return groups.map((group) => ({
    category: group.category,
    label: labelOf(group.category),
    details: group.details.map((detail) => reasonText(detail, t)),
  }));
}
