/**
 * A faster leave-one-source-out round for trying a change to the training data or options:
 * `RADAR_SOURCES=/path/to/sources npx tsx scripts/train/quick-loso.ts [--only a,b] [--tune] [--sweep]`.
 *
 * It differs from `npm run eval` in two ways, both only to save time:
 * - the rules' verdict on every row (the costly part: the classifier runs twice per row) is
 *   cached on disk, keyed by the rows and by every source file under lib/, so a change to the
 *   seeds, the options or the training code re-runs only the trainings;
 * - it scores each fold with the shipped thresholds only, as the evaluation's headline table
 *   does (its figures equal that table's); `--tune` adds the inner threshold search the
 *   evaluation prints for comparison.
 * `--only` limits the folds to the sources named; `--dump file` writes every held-out row's
 * truth, verdict, rule verdict and probabilities as JSON lines (texts included: keep it out of
 * the repository); `--sweep` prints, per language, what moving one
 * category's threshold would give over the folds run. Besides the tables of `npm run eval` it prints,
 * per held-out source, the misses and false alarms per category (how many the rules alone raise).
 * The figures to report stay those of `npm run eval`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODEL_CATEGORIES } from '../../lib/classifier/model';
import { CATEGORIES } from '../../lib/classifier/types';
import {
  DEFAULT_THRESHOLDS,
  addTally,
  chooseThresholds,
  count,
  decide,
  emptyTally,
  groupsOf,
  heldWith,
  metrics,
  outOfSource,
  probabilities,
  ruleFlags,
  rowsOf,
  scoredSources,
  trainable,
  type RuleFlags,
  type Tally,
} from './cv';
import { INNER_GROUPS } from './loso';
import { gatherRows, prepare, trainModel, TRAIN_OPTIONS, type TrainRow } from './train-model';

const root = process.env['RADAR_SOURCES'];
if (!root) {
  console.error('RADAR_SOURCES must name the directory holding the sources (docs/DATA.md)');
  process.exit(1);
}
const args = process.argv.slice(2);
const onlyArg = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';
const only = onlyArg ? onlyArg.split(',') : null;
const tune = args.includes('--tune');
const sweep = args.includes('--sweep');
const dumpFile = args.includes('--dump') ? (args[args.indexOf('--dump') + 1] ?? '') : '';
const dumped: string[] = [];

/** Rule flags of the rows, from the cache when neither the rows nor the classifier changed. */
function cachedFlags(rows: readonly TrainRow[]): RuleFlags {
  const h = createHash('sha256');
  for (const r of rows)
    h.update(`${r.source}\u0000${r.lang}\u0000${r.text}\u0000${r.labels.join(',')}\n`);
  const lib = join(import.meta.dirname, '../../lib');
  for (const f of readdirSync(lib, { recursive: true, encoding: 'utf8' }).sort())
    if (f.endsWith('.ts') || f.endsWith('.json')) h.update(f).update(readFileSync(join(lib, f)));
  const dir = process.env['RADAR_CACHE'] ?? join(tmpdir(), 'radar-quick-loso');
  const file = join(dir, `flags-${h.digest('hex').slice(0, 16)}.bin`);
  const n = rows.length;
  if (existsSync(file)) {
    const b = readFileSync(file);
    if (b.length === 3 * n)
      return {
        strong: Uint8Array.from(b.subarray(0, n)),
        weak: Uint8Array.from(b.subarray(n, 2 * n)),
        truth: Uint8Array.from(b.subarray(2 * n)),
      };
  }
  const flags = ruleFlags(rows);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, Buffer.concat([flags.strong, flags.weak, flags.truth]));
  return flags;
}

const t0 = Date.now();
const { rows } = gatherRows(root);
const flags = cachedFlags(rows);
const prepared = prepare(rows);
console.log(`${rows.length} rows ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const C = MODEL_CATEGORIES.length;
const probs = new Float32Array(rows.length * C);
const sources = scoredSources(rows);
const byLang = new Map<string, Tally>();
const pct = (x: number): string => (x * 100).toFixed(1);
const line = (t: Tally): string => {
  const m = metrics(t);
  return `F1 ${pct(m.f1)} P ${pct(m.precision)} R ${pct(m.recall)} FA ${pct(m.falseAlarm)} cat ${pct(m.categoryAccuracy)} (n ${t.n}, routine ${t.routine}, tp ${t.tp} fp ${t.fp} fn ${t.fn} cat ${t.catRight})`;
};

for (const held of sources) {
  if (only && !only.includes(held)) continue;
  const base = (r: TrainRow): boolean => trainable(r) && !heldWith(r, held);
  const which = rowsOf(prepared, [held]);
  probabilities(prepared, trainModel(prepared, base), which, probs);
  let t = DEFAULT_THRESHOLDS;
  if (tune) {
    const inner = new Float32Array(rows.length * C);
    const others = sources.filter((s) => s !== held);
    outOfSource(prepared, groupsOf(others, INNER_GROUPS), base, inner, TRAIN_OPTIONS);
    t = chooseThresholds(
      rows,
      flags,
      inner,
      rowsOf(prepared, others).filter((i) => trainable(rows[i] as TrainRow)),
    );
  }
  const misses = new Map<string, number>();
  const alarms = new Map<string, [number, number]>();
  for (const lang of ['en', 'pt', 'es'] as const) {
    const part = which.filter((i) => (rows[i] as TrainRow).lang === lang);
    if (part.length === 0) continue;
    const tally = emptyTally();
    for (const i of part) {
      const truth = flags.truth[i] as number;
      const v = decide(flags, probs, i, t);
      count(tally, truth, v);
      if (dumpFile) {
        const r = rows[i] as TrainRow;
        const p = Array.from(probs.subarray(i * C, i * C + C), (x) => Math.round(x * 1000) / 1000);
        dumped.push(
          JSON.stringify({
            i,
            source: r.source,
            lang,
            text: r.text,
            truth,
            verdict: v,
            rules: flags.strong[i],
            p,
          }),
        );
      }
      CATEGORIES.forEach((c, k) => {
        if (truth !== 0 && v === 0 && (truth >> k) & 1) misses.set(c, (misses.get(c) ?? 0) + 1);
        if (truth === 0 && (v >> k) & 1) {
          const a = alarms.get(c) ?? [0, 0];
          a[0]++;
          if (((flags.strong[i] as number) >> k) & 1) a[1]++;
          alarms.set(c, a);
        }
      });
    }
    const all = byLang.get(lang) ?? emptyTally();
    addTally(all, tally);
    byLang.set(lang, all);
    console.log(`${held.padEnd(16)} ${lang} ${line(tally)}`);
  }
  const list = (m: Map<string, unknown>, f: (v: never) => string): string =>
    [...m].map(([c, v]) => `${c} ${f(v as never)}`).join(', ') || '–';
  console.log(
    `${''.padEnd(19)}misses: ${list(misses, (v: number) => String(v))}; false alarms (rules alone): ${list(alarms, (v: [number, number]) => `${v[0]} (${v[1]})`)}${tune ? `; thresholds alone ${t.alone.join('/')} support ${t.support.join('/')}` : ''}`,
  );
}
if (dumpFile) writeFileSync(dumpFile, dumped.join('\n') + '\n');
console.log('\nper language:');
for (const [lang, t] of byLang) console.log(`  ${lang} ${line(t)}`);
if (sweep) {
  // One category's `alone` or `support` threshold moved at a time (the others at their defaults),
  // over every fold run: per language F1 and false alarms, to see what a threshold could buy.
  const held = rows
    .map((_, i) => i)
    .filter((i) => !only || only.includes((rows[i] as TrainRow).source));
  const scored = held.filter((i) => sources.includes((rows[i] as TrainRow).source));
  for (let c = 0; c < C; c++)
    for (const which of ['alone', 'support'] as const) {
      console.log(`\n${MODEL_CATEGORIES[c]} ${which}:`);
      for (const a of [0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]) {
        const t = {
          alone: DEFAULT_THRESHOLDS.alone.map((x, k) => (k === c && which === 'alone' ? a : x)),
          support: DEFAULT_THRESHOLDS.support.map((x, k) =>
            k === c ? (which === 'alone' ? Math.min(a, x) : a) : x,
          ),
        };
        const per = new Map<string, Tally>();
        for (const i of scored) {
          const l = (rows[i] as TrainRow).lang;
          const tl = per.get(l) ?? emptyTally();
          count(tl, flags.truth[i] as number, decide(flags, probs, i, t));
          per.set(l, tl);
        }
        console.log(
          `  ${a.toFixed(2)} ${[...per].map(([l, x]) => `${l} F1 ${pct(metrics(x).f1)} FA ${pct(metrics(x).falseAlarm)}`).join(' | ')}`,
        );
      }
    }
}
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
