/**
 * The classifier's reasons in the owner's words. The classifier writes each reason as one plain
 * English line ("complaint: 'arrived broken'"); this reads which category it belongs to and what
 * it says (a quote, a count), so the banner and the popup can group reasons under their category,
 * without repeating the category's name, and say them in the interface language. A reason this
 * does not recognise is kept as written, under the escalation's primary category. Pure.
 */
import { CATEGORIES, type Category } from './classifier/types';

export type ReasonKind =
  | 'said'
  | 'quantity'
  | 'amount'
  | 'unanswered'
  | 'askedAgain'
  | 'waiting'
  | 'wording'
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

/** How the classifier names each category inside a reason. */
const NAMES: Record<Category, string> = {
  human_request: 'asks for a person',
  complaint: 'complaint',
  emotional: 'upset or going through something',
  high_value: 'big or business order',
  knowledge_gap: 'question your FAQ does not answer',
};

const QUOTE = "'(.*)'";

const PATTERNS: { re: RegExp; category: Category; kind: ReasonKind }[] = [
  { re: new RegExp(`^asks for a person: ${QUOTE}$`), category: 'human_request', kind: 'said' },
  { re: new RegExp(`^complaint: ${QUOTE}$`), category: 'complaint', kind: 'said' },
  {
    re: new RegExp(`^upset or going through something: ${QUOTE}$`),
    category: 'emotional',
    kind: 'said',
  },
  { re: new RegExp(`^business or custom order: ${QUOTE}$`), category: 'high_value', kind: 'said' },
  {
    re: new RegExp(`^large quantity: ${QUOTE} \\(bulk from (\\d+)\\)$`),
    category: 'high_value',
    kind: 'quantity',
  },
  { re: new RegExp(`^large amount: ${QUOTE}$`), category: 'high_value', kind: 'amount' },
  {
    re: new RegExp(`^question your FAQ does not answer: ${QUOTE}$`),
    category: 'knowledge_gap',
    kind: 'unanswered',
  },
  {
    re: new RegExp(`^asked again with no answer yet: ${QUOTE}$`),
    category: 'knowledge_gap',
    kind: 'askedAgain',
  },
  {
    re: /^(?:still waiting for a reply|keeps writing without a reply): (\d+) messages in a row$/,
    category: 'complaint',
    kind: 'waiting',
  },
];

function categoryNamed(name: string): Category | undefined {
  return CATEGORIES.find((c) => NAMES[c] === name);
}

/** Which category a reason belongs to (if it says) and what it says. */
export function readReason(reason: string): { category?: Category; detail: ReasonDetail } {
  for (const { re, category, kind } of PATTERNS) {
    const match = re.exec(reason);
    if (match) return { category, detail: { kind, values: match.slice(1) } };
  }
  const wording = /^(.*) \(wording like earlier .* messages\)$/.exec(reason);
  const wordingOf = wording?.[1] === undefined ? undefined : categoryNamed(wording[1]);
  if (wordingOf) return { category: wordingOf, detail: { kind: 'wording', values: [] } };
  const phrase = new RegExp(`^matches your phrase for (.*): ${QUOTE}$`).exec(reason);
  const phraseOf = phrase?.[1] === undefined ? undefined : categoryNamed(phrase[1]);
  if (phraseOf) {
    return { category: phraseOf, detail: { kind: 'yourPhrase', values: [phrase?.[2] ?? ''] } };
  }
  const bare = categoryNamed(reason.trim());
  if (bare) return { category: bare, detail: { kind: 'flagged', values: [] } };
  return { detail: { kind: 'other', values: [reason] } };
}

/**
 * Reasons grouped by category, in precedence order: one group per category of the escalation
 * (even one whose reason was not kept), each detail once. Details that say nothing beyond the
 * category ('flagged') are left out.
 */
export function groupReasons(
  primary: Category,
  categories: readonly Category[],
  reasons: readonly string[],
): ReasonGroup[] {
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
  for (const category of categories) add(category);
  for (const reason of reasons) {
    const { category, detail } = readReason(reason);
    add(category ?? primary, detail);
  }
  return CATEGORIES.filter((c) => details.has(c)).map((category) => ({
    category,
    details: details.get(category) ?? [],
  }));
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

export function reasonLines(
  primary: Category,
  categories: readonly Category[],
  reasons: readonly string[],
  t: (key: string, substitutions?: string[]) => string,
  labelOf: (category: Category) => string,
): ReasonLine[] {
  return groupReasons(primary, categories, reasons).map((group) => ({
    category: group.category,
    label: labelOf(group.category),
    details: group.details.map((detail) => reasonText(detail, t)),
  }));
}
