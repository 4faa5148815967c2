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

/** A detail through `t` (the catalogue), or as written ('other', 'flagged'). */
function detailText(
  detail: ReasonDetail,
  t: (key: string, substitutions?: string[]) => string,
): string {
  const key = reasonMessageKey(detail.kind);
  return key === undefined ? detail.values.join(' ') : t(key, detail.values);
}

/**
 * `t` with the English wording of a reason detail where `t` has no message for it (`t` answers
 * the key itself or an empty string): for catalogues that may lack one (tests, the command
 * line). The extension's pages and scripts need none: the browser answers a message the owner's
 * language lacks from the default (English) catalogue, which holds every reason.
 */
export function withEnglishReasons(
  t: (key: string, substitutions?: string[]) => string,
): (key: string, substitutions?: string[]) => string {
  return (key, substitutions = []) => {
    const localised = t(key, substitutions);
    const kind = key.slice('reason_'.length);
    if ((localised !== key && localised !== '') || !Object.hasOwn(ENGLISH, kind)) return localised;
    return ENGLISH[kind as keyof typeof ENGLISH].replace(
      /\$(\d)/g,
      (_m, n: string) => substitutions[Number(n) - 1] ?? '',
    );
  };
}

/** A detail in the interface language through `t` (the catalogue), English where it has none. */
export function reasonText(
  detail: ReasonDetail,
  t: (key: string, substitutions?: string[]) => string,
): string {
  return detailText(detail, withEnglishReasons(t));
}

/** One line of the reasons as shown: the category's label and its details in plain words. */
export interface ReasonLine {
  category: Category;
  label: string;
  details: string[];
}

/**
 * Grouped reasons as lines in the interface language through `t` (the catalogue, which must hold
 * every reason's message: wrap it in `withEnglishReasons` where it may not). The content scripts
 * call this with the browser's catalogue and so carry no English wordings.
 */
export function linesOfGroups(
  groups: readonly ReasonGroup[],
  t: (key: string, substitutions?: string[]) => string,
  labelOf: (category: Category) => string,
): ReasonLine[] {
  return groups.map((group) => ({
    category: group.category,
    label: labelOf(group.category),
    details: group.details.map((detail) => detailText(detail, t)),
  }));
}
