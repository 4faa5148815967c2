/**
 * The welcome page's "try a message" box: what the radar would say about a message with the
 * settings being set up (flagged or not, why) and the reply it would draft. Runs the same
 * classifier and drafter as the content scripts, on the page itself. Pure: clock and classifier
 * are passed in.
 */
import type { Classification, ClassifierConfig, ClassifierInput } from '../classifier/types';
import { draftHandoff, type Draft } from '../handoff';
import type { Settings } from '../settings/types';
import { toClassifierConfig } from '../settings/validate';

export interface TryOutcome {
  result: Classification;
  /** The drafted reply, when the message would be flagged. */
  draft?: Draft;
}

export type ClassifyFn = (input: ClassifierInput, config: ClassifierConfig) => Classification;

export function tryMessage(
  text: string,
  settings: Settings,
  now: number,
  classify: ClassifyFn,
  customerName?: string,
): TryOutcome | undefined {
  if (text.trim() === '') return undefined;
  const result = classify({ text }, toClassifierConfig(settings));
  if (!result.escalate || result.category === null) return { result };
  const draft = draftHandoff(
    { category: result.category, lang: result.lang, customerName, now },
    settings,
  );
  return { result, draft };
}
