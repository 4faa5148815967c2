/**
 * The classifier without built-in weights: what the content scripts bundle. The learned model's
 * weights (model.json, ~340 KB) come from the caller, e.g. sent by the background, so nothing
 * here imports them, directly or not.
 *
 *   const classify = createClassifier(weights);   // compile once
 *   classify({ text, history }, config);          // per message
 *
 * Given no weights or invalid ones, the classifier runs on its rules alone: lexicons, negation,
 * emoji and shouting, quantities and money, FAQ coverage, conversation context and the owner's
 * triggers all work as usual; only the learned model's help is missing, so a category whose
 * lexicon evidence is weak (below 1) is no longer confirmed by similar wording in training
 * messages, and the model never flags a message on its own. Expect somewhat lower recall.
 */
import type { Classification, ClassifierConfig, ClassifierInput } from './types';
import { classifyText } from './classify';
import { compileModel, isModelWeights, type ModelWeights } from './model';

export type Classifier = (input: ClassifierInput, config: ClassifierConfig) => Classification;

/** A classify function bound to the given weights (compiled once, here). */
export function createClassifier(model: ModelWeights | null | undefined): Classifier {
  const compiled = isModelWeights(model) ? compileModel(model) : null;
  return (input, config) => classifyText(compiled, input, config);
}

export { isModelWeights, type ModelWeights } from './model';
export type { Classification, ClassifierConfig, ClassifierInput } from './types';
