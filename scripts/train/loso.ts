/**
 * Leave-one-source-out evaluation: for each source (the public ones found locally and the
 * project's corpus), train the model without it and score the whole classifier (rules + that
 * model) on it, per language. Public sources are scored under the default settings (empty FAQ,
 * so knowledge_gap is off, default business hours); the project's corpus with its FAQ fixture.
 */
import { createClassifier } from '../../lib/classifier/core';
import type { ClassifierConfig } from '../../lib/classifier/types';
import { defaultSettings } from '../../lib/settings/defaults';
import { toClassifierConfig } from '../../lib/settings/validate';
import { loadFaqConfig, primaryOf } from '../corpus/load';
import { OWN_SOURCE, gatherRows, prepare, trainModel, type TrainRow } from './train-model';

export interface Tally {
  n: number;
  routine: number;
  alarms: number;
  tp: number;
  fp: number;
  fn: number;
  catRight: number;
}

const empty = (): Tally => ({ n: 0, routine: 0, alarms: 0, tp: 0, fp: 0, fn: 0, catRight: 0 });

function add(a: Tally, b: Tally): void {
  a.n += b.n;
  a.routine += b.routine;
  a.alarms += b.alarms;
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  a.catRight += b.catRight;
}

export function metrics(t: Tally): {
  f1: number;
  precision: number;
  recall: number;
  falseAlarm: number;
  categoryAccuracy: number;
} {
  const precision = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    falseAlarm: t.routine === 0 ? 0 : t.alarms / t.routine,
    categoryAccuracy: t.tp === 0 ? 0 : t.catRight / t.tp,
  };
}

export function defaultConfig(): ClassifierConfig {
  return toClassifierConfig(defaultSettings());
}

type Classify = ReturnType<typeof createClassifier>;

export function tally(
  rows: readonly TrainRow[],
  classify: Classify,
  config: ClassifierConfig,
): Tally {
  const t = empty();
  for (const r of rows) {
    const out = classify({ text: r.text, ...(r.history ? { history: r.history } : {}) }, config);
    // Under the default settings knowledge_gap is off: a row labelled only knowledge_gap is routine there.
    const labels =
      config.knowledgeBase.length === 0 ? r.labels.filter((l) => l !== 'knowledge_gap') : r.labels;
    const truth = labels.length > 0;
    t.n++;
    if (!truth) t.routine++;
    if (out.escalate && truth) {
      t.tp++;
      if (out.category === primaryOf(labels)) t.catRight++;
    } else if (out.escalate) {
      t.fp++;
      t.alarms++;
    } else if (truth) t.fn++;
  }
  return t;
}

export interface LosoResult {
  /** source → lang → tally */
  bySource: Map<string, Map<string, Tally>>;
  /** lang → tally over every held-out source */
  byLang: Map<string, Tally>;
  missing: string[];
}

export function leaveOneSourceOut(root: string, log: (s: string) => void): LosoResult {
  const { rows, missing } = gatherRows(root);
  const prepared = prepare(rows);
  const sources = [...new Set(rows.map((r) => r.source))];
  const bySource = new Map<string, Map<string, Tally>>();
  const byLang = new Map<string, Tally>();
  const faqConfig = loadFaqConfig();
  const defaults = defaultConfig();
  for (const held of sources) {
    const model = trainModel(
      prepared,
      (r) => r.source !== held && (r.source !== OWN_SOURCE || r.split === 'train'),
    );
    const classify = createClassifier(model);
    const config =
      held === OWN_SOURCE ? { ...faqConfig, businessHours: defaults.businessHours } : defaults;
    const per = new Map<string, Tally>();
    for (const lang of ['en', 'pt', 'es'] as const) {
      const part = rows.filter((r) => r.source === held && r.lang === lang);
      if (part.length === 0) continue;
      const t = tally(part, classify, config);
      per.set(lang, t);
      const all = byLang.get(lang) ?? empty();
      add(all, t);
      byLang.set(lang, all);
    }
    bySource.set(held, per);
    log(`  held out ${held}: ${[...per].map(([l, t]) => `${l} ${t.n}`).join(', ')}`);
  }
  return { bySource, byLang, missing };
}
