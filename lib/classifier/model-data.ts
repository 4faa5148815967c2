/**
 * The built-in weights of the learned model (scripts/train.ts writes model.json). The only
 * module that imports them: content scripts use core.ts and receive the weights at run time.
 */
import type { ModelWeights } from './model';
import weights from './model.json';

export const MODEL: ModelWeights = weights;
