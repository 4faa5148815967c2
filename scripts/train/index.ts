/**
 * `npm run train`: rebuilds lib/classifier/model.json from the project's corpus (train split)
 * and the public sources found under RADAR_SOURCES (see scripts/train/sources.ts and
 * docs/DATA.md). Deterministic. Without RADAR_SOURCES it trains on the corpus alone and says so.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWN_SOURCE, countRows, gatherRows, prepare, trainModel } from './train-model';

const root = process.env['RADAR_SOURCES'] ?? null;
const { rows, missing } = gatherRows(root);
if (missing.length > 0) {
  console.warn(
    `sources not found${root ? ` under ${root}` : ' (RADAR_SOURCES unset)'}: ${missing.join(', ')}`,
  );
}
const t0 = Date.now();
const prepared = prepare(rows);
const model = trainModel(prepared, (r) => r.source !== OWN_SOURCE || r.split === 'train');
const out = join(import.meta.dirname, '../../lib/classifier/model.json');
const json = JSON.stringify(model) + '\n';
writeFileSync(out, json);
for (const [source, counts] of countRows(rows))
  console.log(`  ${source.padEnd(16)} ${JSON.stringify(counts)}`);
console.log(
  `trained on ${rows.length} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${(json.length / 1024).toFixed(0)} KB written to ${out}`,
);
