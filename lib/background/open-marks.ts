/**
 * What a tab gets for each open escalation of its site (escalation:listOpen): enough to mark the
 * chat row and show the banner, said in the owner's language where the background can say it, so
 * the content scripts carry neither the reason readers nor the promise wording: the reasons
 * grouped by category (lib/reasons.ts), and the promise worded like the draft ("You promised a
 * reply today by 14:30") in the business time zone. The tab fetches them again when they change
 * and at least every half hour, so "today" and "tomorrow" stay right.
 */
import type { EscalationRow } from '../db/schema';
import { draftLang } from '../handoff/draft';
import { dueAtPhrase } from '../handoff/promise';
import type { OpenMark } from '../messaging/protocol';
import { groupReasons } from '../reasons';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** "You promised a reply today by 14:30", in the interface language, worded like the draft. */
export function promiseText(
  dueAt: number | undefined,
  now: number,
  timeZone: string,
  uiLanguage: string,
  translate: Translate,
): string | undefined {
  if (dueAt === undefined) return undefined;
  const phrase = dueAtPhrase(dueAt, now, timeZone, draftLang(uiLanguage));
  const text = translate('banner_promiseDue', phrase);
  return text === 'banner_promiseDue' || text === '' ? `You promised a reply ${phrase}` : text;
}

export function openMarkOf(
  row: EscalationRow,
  now: number,
  timeZone: string,
  uiLanguage: string,
  translate: Translate,
): OpenMark {
  return {
    id: row.id ?? 0,
    threadKey: row.threadKey,
    category: row.category,
    categories: row.categories,
    reasonGroups: groupReasons(row),
    customer: row.customer,
    draft: row.draft,
    promiseText: promiseText(row.promiseDueAt, now, timeZone, uiLanguage, translate),
  };
}
