/**
 * A classifier with the owner's layer on top: the shipped classifier decides first, then the
 * layer may add a category the owner taught it or drop one the owner said was not needed.
 * Categories the owner switched off stay off. With no verdicts it returns the classifier's
 * result unchanged.
 */
import {
  CATEGORIES,
  type Category,
  type Classification,
  type ClassifierConfig,
  type ClassifierInput,
} from '../classifier/types';
import { contextFeatures, messageFeatures, triggerKey } from './features';
import {
  adjustScores,
  baseScores,
  compileAdaptation,
  isEmpty,
  type CompiledAdaptation,
} from './layer';
import type { Adaptation } from './types';

type Classify = (input: ClassifierInput, config: ClassifierConfig) => Classification;

const LEARNED_REASON: Record<Category, string> = {
  human_request: 'asks for a person, like messages you marked as needing you',
  complaint: 'complaint, like messages you marked as needing you',
  emotional: 'upset or going through something, like messages you marked as needing you',
  high_value: 'big or business order, like messages you marked as needing you',
  knowledge_gap: 'a question like ones you marked as needing you',
};

/** Applies a compiled adaptation to one result. */
function adjustClassification(
  result: Classification,
  text: string,
  adaptation: CompiledAdaptation,
  config: ClassifierConfig,
): Classification {
  const ids = messageFeatures(text);
  const context = contextFeatures(text, result.reasons);
  // The learned corrections may lower a category the classifier raised only when the owner once
  // dismissed that category's trigger phrase (or it was raised without one): two "not needed"
  // on "60 croissants" from a regular never quieten "wrong name on the cake".
  const mayLower = (c: Category): boolean => {
    const i = result.categories.indexOf(c);
    if (i < 0) return true;
    const key = triggerKey(c, result.reasons[i] ?? '');
    return key === undefined || adaptation.dismissed.has(key);
  };
  const scores = adjustScores(adaptation, ids, context, baseScores(result.categories), mayLower);
  const categories = CATEGORIES.filter((c) => config.triggers[c].enabled && scores[c] > 0);
  const same =
    categories.length === result.categories.length &&
    categories.every((c) => result.categories.includes(c));
  if (same) return result;
  const reasons = categories.map((c) => {
    const i = result.categories.indexOf(c);
    return i >= 0 ? (result.reasons[i] ?? LEARNED_REASON[c]) : LEARNED_REASON[c];
  });
  if (categories.length === 0) {
    return {
      ...result,
      escalate: false,
      category: null,
      categories: [],
      reasons: [],
      score: Math.min(result.score, 0.45),
    };
  }
  return {
    ...result,
    escalate: true,
    category: categories[0] ?? null,
    categories,
    reasons,
    score: Math.max(result.score, 0.6),
  };
}

/** `classify` with the owner's adaptation on top (compiled once, here). */
export function withAdaptation(
  classify: Classify,
  adaptation: Adaptation | null | undefined,
): Classify {
  if (!adaptation) return classify;
  const compiled = compileAdaptation(adaptation);
  if (isEmpty(compiled)) return classify;
  return (input, config) => {
    const result = classify(input, config);
    return adjustClassification(
      result,
      typeof input.text === 'string' ? input.text : '',
      compiled,
      config,
    );
  };
}
