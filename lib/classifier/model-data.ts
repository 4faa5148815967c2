/**
 * The built-in weights of the learned model (scripts/train writes model.json). The only module
 * that imports them: content scripts use core.ts and receive the weights at run time.
 */
import type { ModelWeights } from './model';
import weights from './model.json';

// JSON imports widen `version: 2` to number; the unit tests check the file with isModelWeights.
export const MODEL: ModelWeights = weights as ModelWeights;
