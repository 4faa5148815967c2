/**
 * Leave-one-source-out evaluation: for each source (the public ones found locally and the
 * project's corpus), train the model without it and score the whole classifier (rules + that
 * model) on the held-out source, per language, with the thresholds that ship (the defaults, 0.6
 * alone and 0.5 support: see index.ts). For comparison it also runs what a threshold search
 * would have chosen: an inner round over the other sources only (cv.ts) picks each fold's
 * thresholds, and the held-out source is scored with those too. Public sources are scored under
 * the default settings (empty FAQ, so knowledge_gap is off, default business hours); the
 * project's corpus with its FAQ fixture.
 */
import { MODEL_CATEGORIES } from '../../lib/classifier/model';
import {
  DEFAULT_THRESHOLDS,
  addTally,
  chooseThresholds,
  count,
  decide,
  emptyTally,
  groupsOf,
  heldWith,
  outOfSource,
  probabilities,
  ruleFlags,
  rowsOf,
  scoredSources,
  trainable,
  type Tally,
  type Thresholds,
} from './cv';
import { gatherRows, prepare, trainModel, TRAIN_OPTIONS, type TrainRow } from './train-model';

export { metrics, type Tally } from './cv';

/**
 * Groups of the inner cross-validation round of each fold (3: three trainings per fold). Its
 * inner models, each missing a third of the other sources, are weaker than the fold's own, so
 * the thresholds they choose run high; RADAR_INNER_GROUPS=1000 gives an inner
 * leave-one-source-out (one training per other source, about ten times slower).
 */
export const INNER_GROUPS = Number(process.env['RADAR_INNER_GROUPS'] ?? 3);

export interface LosoResult {
  /** source → lang → tally, with the shipped thresholds */
  bySource: Map<string, Map<string, Tally>>;
  /** lang → tally over every held-out source, with the shipped thresholds */
  byLang: Map<string, Tally>;
  /** The same with the thresholds each fold's inner search chose, for comparison. */
  byLangSearched: Map<string, Tally>;
  /** Thresholds each fold chose from its inner round. */
  thresholds: Map<string, Thresholds>;
  missing: string[];
}

export function leaveOneSourceOut(
  root: string,
  log: (s: string) => void,
  options = TRAIN_OPTIONS,
): LosoResult {
  const { rows, missing } = gatherRows(root);
  const prepared = prepare(rows);
  const flags = ruleFlags(rows);
  const sources = scoredSources(rows);
  const C = MODEL_CATEGORIES.length;
  const outer = new Float32Array(rows.length * C);
  const bySource = new Map<string, Map<string, Tally>>();
  const byLang = new Map<string, Tally>();
  const byLangSearched = new Map<string, Tally>();
  const thresholds = new Map<string, Thresholds>();
  for (const held of sources) {
    const which = rowsOf(prepared, [held]);
    probabilities(
      prepared,
      trainModel(prepared, (r) => trainable(r) && !heldWith(r, held), options),
      which,
      outer,
    );
    // Inner round, without `held` at all: the other sources in INNER_GROUPS groups, each group
    // scored by a model trained on the remaining ones.
    const inner = new Float32Array(rows.length * C);
    const others = sources.filter((s) => s !== held);
    outOfSource(
      prepared,
      groupsOf(others, INNER_GROUPS),
      (r) => trainable(r) && !heldWith(r, held),
      inner,
      options,
    );
    const tuningRows = rowsOf(prepared, others).filter((i) => trainable(rows[i] as TrainRow));
    const t = chooseThresholds(rows, flags, inner, tuningRows);
    thresholds.set(held, t);
    const per = new Map<string, Tally>();
    for (const lang of ['en', 'pt', 'es'] as const) {
      const part = which.filter((i) => (rows[i] as TrainRow).lang === lang);
      if (part.length === 0) continue;
      const tally = emptyTally();
      const searched = emptyTally();
      for (const i of part) {
        count(tally, flags.truth[i] as number, decide(flags, outer, i, DEFAULT_THRESHOLDS));
        count(searched, flags.truth[i] as number, decide(flags, outer, i, t));
      }
      per.set(lang, tally);
      const all = byLang.get(lang) ?? emptyTally();
      addTally(all, tally);
      byLang.set(lang, all);
      const allS = byLangSearched.get(lang) ?? emptyTally();
      addTally(allS, searched);
      byLangSearched.set(lang, allS);
    }
    bySource.set(held, per);
    log(
      `  held out ${held}: ${[...per].map(([l, x]) => `${l} ${x.n}`).join(', ')}; an inner search would choose alone ${t.alone.join('/')} support ${t.support.join('/')}`,
    );
  }
  return { bySource, byLang, byLangSearched, thresholds, missing };
}
