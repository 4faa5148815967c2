import { DEFAULT_BULK_MIN_QUANTITY, DEFAULT_TRIGGERS } from '../../../lib/classifier/defaults';
import type { Category, ClassifierConfig, TriggerSet } from '../../../lib/classifier/types';
import faq from '../../fixtures/text/faq.json';

export function config(over: Partial<ClassifierConfig> = {}): ClassifierConfig {
  return {
    knowledgeBase: faq.knowledgeBase,
    triggers: DEFAULT_TRIGGERS,
    bulkMinQuantity: DEFAULT_BULK_MIN_QUANTITY,
    ...over,
  };
}

export function triggers(
  change: Partial<Record<Category, Partial<TriggerSet[Category]>>>,
): TriggerSet {
  const out = structuredClone(DEFAULT_TRIGGERS);
  for (const [cat, t] of Object.entries(change) as [Category, Partial<TriggerSet[Category]>][]) {
    out[cat] = { ...out[cat], ...t };
  }
  return out;
}
