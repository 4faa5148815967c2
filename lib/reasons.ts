/**
 * The classifier's reasons in the owner's words: grouped under their category, the category's
 * name said once, each detail in plain words in the interface language, quoting the customer.
 * Entries and results carry their reasons keyed (`keyedReasons`); entries logged before that
 * carry only lines, which are read back into keys (in any of the interface languages the
 * classifier writes). A line nothing recognises is kept as written, under the primary category.
 * Pure.
 */
import { readReasonLine, reasonLine } from './classifier/reasons';
import { CATEGORIES, UI_LOCALES, type Category, type KeyedReason } from './classifier/types';
import {
  linesOfGroups,
  withEnglishReasons,
  type ReasonDetail,
  type ReasonGroup,
  type ReasonLine,
} from './reason-text';

export { reasonText, type ReasonDetail, type ReasonGroup, type ReasonLine } from './reason-text';

/** Where reasons come from: a log entry, an open mark, a classification. */
export interface ReasonSource {
  category: Category;
  categories: readonly Category[];
  reasons: readonly string[];
  keyedReasons?: readonly KeyedReason[];
}

/** What a keyed reason says, as a detail under its category. */
export function detailOf(reason: KeyedReason): ReasonDetail {
  const quote = reason.quote ?? '';
  const count = reason.count === undefined ? '' : String(reason.count);
  switch (reason.key) {
    case 'person':
    case 'said':
    case 'upset':
    case 'business':
      return { kind: 'said', values: [quote] };
    case 'quantity':
      return { kind: 'quantity', values: [quote, count] };
    case 'amount':
      return { kind: 'amount', values: [quote] };
    case 'gap':
      return { kind: 'unanswered', values: [quote] };
    case 'askedAgain':
      return { kind: 'askedAgain', values: [quote] };
    case 'waiting':
    case 'keepsWriting':
      return { kind: 'waiting', values: [count] };
    case 'ownPhrase':
      return { kind: 'yourPhrase', values: [quote] };
    case 'learned':
      return { kind: 'learned', values: [] };
    case 'needsMe':
      return { kind: 'needsMe', values: [] };
    case 'flagged':
      return { kind: 'flagged', values: [] };
  }
}

/** English wordings of earlier versions, still found in older entries. */
const OLDER_FORMS: { re: RegExp; read: (m: RegExpExecArray) => ReturnType<typeof readReason> }[] = [
  {
    re: /^(.*) \(wording like earlier .* messages\)$/,
    read: (m) => {
      const category = readReasonLine(m[1] ?? '')?.category;
      return category
        ? { category, detail: { kind: 'wording', values: [] } }
        : { detail: { kind: 'other', values: [m[0]] } };
    },
  },
  {
    // The owner's "Needs me": the line names no category, the escalation's primary holds it.
    re: new RegExp(
      `^(?:${UI_LOCALES.map((l) => reasonLine(l, { category: 'complaint', key: 'needsMe' })).join('|')})$`,
    ),
    read: () => ({ detail: { kind: 'needsMe', values: [] } }),
  },
  {
    re: /^a question like ones you marked as needing you$/,
    read: () => ({ category: 'knowledge_gap', detail: { kind: 'learned', values: [] } }),
  },
];

/** Which category a reason line belongs to (if it says) and what it says. */
export function readReason(reason: string): { category?: Category; detail: ReasonDetail } {
  const keyed = readReasonLine(reason);
  if (keyed) return { category: keyed.category, detail: detailOf(keyed) };
  for (const { re, read } of OLDER_FORMS) {
    const match = re.exec(reason);
    if (match) return read(match);
  }
  return { detail: { kind: 'other', values: [reason] } };
}

/**
 * Reasons grouped by category, in precedence order: one group per category of the escalation
 * (even one whose reason was not kept), each detail once. Details that say nothing beyond the
 * category ('flagged') are left out. The keyed reasons are used when the source has them.
 */
export function groupReasons(source: ReasonSource): ReasonGroup[] {
  const primary = source.category;
  const details = new Map<Category, ReasonDetail[]>();
  const add = (category: Category, detail?: ReasonDetail) => {
    const list = details.get(category) ?? [];
    details.set(category, list);
    if (!detail || detail.kind === 'flagged') return;
    const same = (d: ReasonDetail) =>
      d.kind === detail.kind && d.values.join('\u0000') === detail.values.join('\u0000');
    if (!list.some(same)) list.push(detail);
  };
  add(primary);
  for (const category of source.categories) add(category);
  if (source.keyedReasons !== undefined) {
    for (const reason of source.keyedReasons) add(reason.category, detailOf(reason));
  } else {
    for (const reason of source.reasons) {
      const { category, detail } = readReason(reason);
      add(category ?? primary, detail);
    }
  }
  return CATEGORIES.filter((c) => details.has(c)).map((category) => ({
    category,
    details: details.get(category) ?? [],
  }));
}

export function reasonLines(
  source: ReasonSource,
  t: (key: string, substitutions?: string[]) => string,
  labelOf: (category: Category) => string,
): ReasonLine[] {
  return linesOfGroups(groupReasons(source), withEnglishReasons(t), labelOf);
}
