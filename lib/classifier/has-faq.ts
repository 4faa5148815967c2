/** Whether an FAQ has content: with none, the knowledge_gap category is off. Tiny on purpose (the popup imports it). */
import type { FaqEntry } from './types';

/** True when the FAQ has at least one entry with a question or an answer. */
export function hasFaq(kb: readonly FaqEntry[]): boolean {
  for (const e of kb) if (e.question.trim() !== '' || e.answer.trim() !== '') return true;
  return false;
}
