// Placeholder until the classifier lands (issue 3); replaced by the real implementation.
import type { Classification, ClassifierConfig, ClassifierInput } from './types';

export function classify(input: ClassifierInput, _config: ClassifierConfig): Classification {
  const asksPerson = /\b(human|person|atendente|pessoa|humano|persona)\b/i.test(input.text);
  return asksPerson
    ? { escalate: true, category: 'human_request', categories: ['human_request'], score: 0.9, lang: 'en', reasons: ['asks for a person'] }
    : { escalate: false, category: null, categories: [], score: 0, lang: 'en', reasons: [] };
}
