/**
 * The radar learns from its owner: verdicts ("not needed", a corrected category, "needs me") turn
 * into a small per-owner layer on top of the shipped classifier. Pure: no browser, DOM or
 * database code. The background learns (learnAdaptation) and stores the result; the tabs and the
 * command line classify with it (withAdaptation).
 */
export { learnAdaptation, learnFromVerdicts } from './learn';
export { withAdaptation } from './adapt';
export { messageFeatures } from './features';
export {
  EMPTY_ADAPTATION,
  MAX_VERDICTS,
  VERDICT_HISTORY_MAX,
  VERDICT_TEXT_MAX,
  isAdaptation,
  type Adaptation,
  type Verdict,
} from './types';
