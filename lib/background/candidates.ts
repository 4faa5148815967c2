/**
 * From a tab's candidates to escalation reports: each new customer message is classified with the
 * shipped classifier and what was learned from the owner's verdicts, under the owner's settings;
 * an escalation gets its drafted handoff reply (lib/handoff). A "Needs me" candidate escalates
 * with the category the owner chose. Messages that do not escalate give nothing: their text is
 * dropped with the batch, never stored.
 */
import type { Classification, ClassifierConfig, ClassifierInput } from '../classifier/types';
import { draftHandoff } from '../handoff';
import { boundKey, clipText, REPORT_LIMITS as L } from '../limits';
import type { Candidate, EscalationReport } from '../messaging/protocol';
import type { Platform } from '../platforms/types';
import type { Settings } from '../settings/types';

export type Classify = (input: ClassifierInput, config: ClassifierConfig) => Classification;

export interface CandidateContext {
  platform: Platform;
  settings: Settings;
  config: ClassifierConfig;
  classify: Classify;
  now: number;
}

/** The reason line of an escalation the owner asked for with "Needs me". */
export const NEEDS_ME_REASON = 'you marked this conversation as needing you';

/** A first name to greet the customer with, or undefined for phone numbers and empty titles. */
export function firstName(title: string): string | undefined {
  const clean = title.trim();
  if (clean === '' || /^[+\d\s()-]+$/.test(clean)) return undefined;
  return clean.split(/\s+/)[0];
}

/** What the classifier says of a candidate; for "Needs me", the owner's category. */
function resultOf(candidate: Candidate, ctx: CandidateContext): Classification {
  const result = ctx.classify(
    { text: candidate.text, history: candidate.history, group: candidate.group },
    ctx.config,
  );
  const category = candidate.needsMe;
  if (category === undefined) return result;
  return {
    escalate: true,
    category,
    categories: [category],
    score: Math.max(result.score, 0.6),
    lang: result.lang,
    reasons: [NEEDS_ME_REASON],
    keyedReasons: [{ category, key: 'needsMe' }],
  };
}

/**
 * The inbox previews of a batch whose message the same batch also carries from the open
 * conversation (same thread, a key in common: lib/content/keys.ts), each mapped to that twin's
 * index. The tab reads both when the open chat's row still shows unread (the owner has not read
 * it yet). Only the twin is classified: it has the conversation's history, and the preview alone
 * could escalate what the history settles, such as a question the owner already answered.
 */
export function previewTwins(candidates: readonly Candidate[]): Map<number, number> {
  const threadIndex = new Map<string, number>();
  candidates.forEach((c, i) => {
    if (c.source !== 'thread') return;
    for (const key of c.messageKeys) threadIndex.set(`${c.threadKey}\n${key}`, i);
  });
  const twins = new Map<number, number>();
  if (threadIndex.size === 0) return twins;
  candidates.forEach((c, i) => {
    if (c.source !== 'preview') return;
    for (const key of c.messageKeys) {
      const twin = threadIndex.get(`${c.threadKey}\n${key}`);
      if (twin !== undefined) {
        twins.set(i, twin);
        return;
      }
    }
  });
  return twins;
}

/** The escalation a candidate raises, ready to be recorded; undefined when it does not escalate. */
export function reportFor(
  candidate: Candidate,
  ctx: CandidateContext,
): EscalationReport | undefined {
  const result = resultOf(candidate, ctx);
  if (!result.escalate || result.category === null) return undefined;
  const draft = draftHandoff(
    {
      category: result.category,
      lang: result.lang,
      customerName: firstName(candidate.customer),
      now: ctx.now,
    },
    ctx.settings,
  );
  // Clipped to what the log keeps, whatever the owner's templates or the classifier's quotes hold.
  return {
    platform: ctx.platform,
    threadKey: boundKey(candidate.threadKey, L.threadKey),
    messageKeys: candidate.messageKeys
      .slice(0, L.messageKeys)
      .map((k) => boundKey(k, L.messageKey)),
    customer: clipText(candidate.customer, L.customer),
    category: result.category,
    categories: result.categories,
    score: result.score,
    lang: clipText(result.lang, L.lang),
    reasons: result.reasons.slice(0, L.reasons).map((r) => clipText(r, L.reason)),
    keyedReasons: result.keyedReasons
      ?.slice(0, L.reasons)
      .map((r) => (r.quote === undefined ? r : { ...r, quote: clipText(r.quote, L.reason) })),
    text: clipText(candidate.text, L.text),
    draft: clipText(draft.text, L.draft),
    promiseDueAt: draft.dueAt,
    source: candidate.source,
    messageAt: candidate.sentAt,
  };
}
