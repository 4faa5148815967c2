/**
 * The local classifier: pure TypeScript, no browser, DOM or network. Used by the
 * options page's backtest and the command line, with the built-in model weights. Content
 * scripts import core.ts instead and get the weights from the background (createClassifier).
 */
import { createClassifier } from './core';
import { MODEL } from './model-data';
import type { Classification, ClassifierConfig, ClassifierInput } from './types';

const builtIn = createClassifier(MODEL);

/** Classifies one message with the built-in model. */
export function classify(input: ClassifierInput, config: ClassifierConfig): Classification {
  return builtIn(input, config);
}

export { MODEL } from './model-data';
export { keywordBaseline } from './baseline';
export { detectLanguage } from './language';
export type { Classification, ClassifierConfig, ClassifierInput } from './types';
