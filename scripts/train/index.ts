/**
 * `npm run train`: rebuilds lib/classifier/model.json from the project's corpus (train split)
 * and the public sources found under RADAR_SOURCES (see scripts/train/sources.ts and
 * docs/DATA.md). Deterministic. Without RADAR_SOURCES it trains on the corpus alone and says so.
 *
 * The model/rules thresholds shipped with the weights are chosen by cross-validation by source
 * (cv.ts): every source is scored by a model trained without it, and the thresholds that do best
 * over those scores are kept. With the corpus alone there is nothing to cross-validate: the
 * defaults are kept.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_CATEGORIES } from '../../lib/classifier/model';
import {
  DEFAULT_THRESHOLDS,
  chooseThresholds,
  outOfSource,
  ruleFlags,
  rowsOf,
  scoredSources,
  trainable,
} from './cv';
import {
  countRows,
  gatherRows,
  prepare,
  trainModel,
  TRAIN_OPTIONS,
  type TrainRow,
} from './train-model';

const root = process.env['RADAR_SOURCES'] ?? null;
const { rows, missing } = gatherRows(root);
if (missing.length > 0) {
  console.warn(
    `sources not found${root ? ` under ${root}` : ' (RADAR_SOURCES unset)'}: ${missing.join(', ')}`,
  );
}
const t0 = Date.now();
const prepared = prepare(rows);
const sources = scoredSources(rows);
let thresholds = DEFAULT_THRESHOLDS;
if (sources.length > 1) {
  const probs = new Float32Array(rows.length * MODEL_CATEGORIES.length);
  const each = sources.map((s) => [s]);
  outOfSource(prepared, each, trainable, probs, TRAIN_OPTIONS, (s) => console.log(s));
  const which = rowsOf(prepared, sources).filter((i) => trainable(rows[i] as TrainRow));
  thresholds = chooseThresholds(rows, ruleFlags(rows), probs, which);
}
const model = { ...trainModel(prepared, trainable), thresholds };
const out = join(import.meta.dirname, '../../lib/classifier/model.json');
const json = JSON.stringify(model) + '\n';
writeFileSync(out, json);
for (const [source, counts] of countRows(rows))
  console.log(`  ${source.padEnd(16)} ${JSON.stringify(counts)}`);
console.log(
  `thresholds (${MODEL_CATEGORIES.join('/')}): alone ${thresholds.alone.join('/')}, support ${thresholds.support.join('/')}`,
);
console.log(
  `trained on ${rows.length} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${(json.length / 1024).toFixed(0)} KB written to ${out}`,
);
