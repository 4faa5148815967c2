/**
 * The local classifier: pure TypeScript, no browser, DOM or network, with the built-in model
 * weights (model.json, compiled once when this module loads). Used by the background, which
 * classifies the customer messages the content scripts send it, and by the extension's pages
 * (the options page's backtest, the setup page) and the command line. Content scripts never
 * import it: they do not classify.
 */
import { classifyText } from './classify';
import { compileModel } from './model';
import { MODEL } from './model-data';
import type { Classification, ClassifierConfig, ClassifierInput } from './types';

const builtIn = compileModel(MODEL);

/** Classifies one message with the built-in model. */
export function classify(input: ClassifierInput, config: ClassifierConfig): Classification {
  return classifyText(builtIn, input, config);
}

export { MODEL } from './model-data';
export { keywordBaseline } from './baseline';
export { detectLanguage } from './language';
export type { Classification, ClassifierConfig, ClassifierInput } from './types';
