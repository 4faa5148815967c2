/** Loading the labelled corpus and the FAQ fixture, and scoring a classifier on them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Category, Classification, ClassifierConfig, ClassifierInput, HistoryTurn } from '../../lib/classifier/types';
import { DEFAULT_BULK_MIN_QUANTITY, DEFAULT_TRIGGERS } from '../../lib/classifier/defaults';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/text');

export interface CorpusLine {
  id: string;
  text: string;
  lang: 'en' | 'pt' | 'es';
  labels: Category[];
  history?: HistoryTurn[];
  split: 'train' | 'dev';
  note?: string;
}

export function loadCorpus(): CorpusLine[] {
  const dir = join(FIXTURES, 'corpus');
  const rows: CorpusLine[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (line.trim()) rows.push(JSON.parse(line) as CorpusLine);
    }
  }
  return rows;
}

export function loadFaqConfig(): ClassifierConfig {
  const faq = JSON.parse(readFileSync(join(FIXTURES, 'faq.json'), 'utf8')) as Pick<ClassifierConfig, 'knowledgeBase'>;
  return { knowledgeBase: faq.knowledgeBase, triggers: DEFAULT_TRIGGERS, bulkMinQuantity: DEFAULT_BULK_MIN_QUANTITY };
}

export interface Metrics {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of routine messages that were escalated. */
  falseAlarm: number;
  routine: number;
  /** Primary category correct among true escalations that were escalated. */
  categoryAccuracy: number;
}

export type Classifier = (input: ClassifierInput, config: ClassifierConfig) => Classification;

export function primaryOf(labels: readonly Category[]): Category | null {
  const order: Category[] = ['human_request', 'complaint', 'emotional', 'high_value', 'knowledge_gap'];
  return order.find((c) => labels.includes(c)) ?? null;
}

export function score(rows: readonly CorpusLine[], fn: Classifier, config: ClassifierConfig): Metrics {
  let tp = 0;
  let fp = 0;
  let fn_ = 0;
  let routine = 0;
  let alarms = 0;
  let catRight = 0;
  for (const r of rows) {
    const out = fn({ text: r.text, ...(r.history ? { history: r.history } : {}) }, config);
    const truth = r.labels.length > 0;
    if (!truth) routine++;
    if (out.escalate && truth) {
      tp++;
      if (out.category === primaryOf(r.labels)) catRight++;
    } else if (out.escalate) {
      fp++;
      alarms++;
    } else if (truth) fn_++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn_ === 0 ? 0 : tp / (tp + fn_);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    n: rows.length,
    precision,
    recall,
    f1,
    falseAlarm: routine === 0 ? 0 : alarms / routine,
    routine,
    categoryAccuracy: tp === 0 ? 0 : catRight / tp,
  };
}
