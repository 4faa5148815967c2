/**
 * The built-in weights of the learned model (scripts/train writes model.json), imported by
 * index.ts only.
 */
import type { ModelWeights } from './model';
import weights from './model.json';

// JSON imports widen `version: 2` to number; the unit tests check the file with isModelWeights.
export const MODEL: ModelWeights = weights as ModelWeights;
