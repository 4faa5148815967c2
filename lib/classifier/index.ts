/**
 * The local classifier (issue 3): pure TypeScript, no browser, DOM or network. Used by the
 * content scripts, the options page's backtest and the command line.
 */
export { classify } from './classify';
export { keywordBaseline } from './baseline';
export { detectLanguage } from './language';
export { DEFAULT_TRIGGERS, DEFAULT_BULK_MIN_QUANTITY } from './defaults';
export type { Category, Classification, ClassifierConfig, ClassifierInput } from './types';
