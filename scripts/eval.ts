/**
 * `npm run eval`: accuracy of the classifier and of the plain keyword baseline on the corpus's
 * dev split (never used for training): escalate precision / recall / F1 overall and per
 * language, false alarms on routine messages, and primary-category accuracy.
 * `--split train|all` evaluates another part; `--errors` lists the dev messages it gets wrong.
 * Then learning from the owner's verdicts on one shop's messages (eval-learning.ts).
 *
 * With RADAR_SOURCES pointing at local copies of the public sources (docs/DATA.md), it also
 * runs leave-one-source-out: each source is held out in turn, the model is trained on the rest,
 * and the classifier is scored on the held-out source, per language, with the shipped thresholds
 * (and, for comparison, with thresholds an inner search over the other sources would choose);
 * `--no-loso` skips it.
 */
import { classify, keywordBaseline } from '../lib/classifier/index';
import { learningReport } from './eval-learning';
import { leaveOneSourceOut, metrics, type Tally } from './train/loso';
import {
  loadCorpus,
  loadFaqConfig,
  primaryOf,
  score,
  type Classifier,
  type CorpusLine,
} from './corpus/load';

const args = process.argv.slice(2);
const splitArg = args[args.indexOf('--split') + 1];
const split = args.includes('--split') && splitArg ? splitArg : 'dev';
const config = loadFaqConfig();
const rows = loadCorpus().filter((r) => split === 'all' || r.split === split);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function table(name: string, fn: Classifier): void {
  console.log(`\n${name}`);
  console.log('  lang      n  routine  precision  recall      F1  false-alarm  category-acc');
  for (const lang of ['all', 'en', 'pt', 'es'] as const) {
    const part = lang === 'all' ? rows : rows.filter((r) => r.lang === lang);
    const m = score(part, fn, config);
    console.log(
      `  ${lang.padEnd(4)} ${String(m.n).padStart(6)} ${String(m.routine).padStart(8)}    ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}      ${pct(m.falseAlarm)}       ${pct(m.categoryAccuracy)}`,
    );
  }
}

function errors(list: readonly CorpusLine[]): void {
  console.log('\nmisclassified (classifier):');
  for (const r of list) {
    const out = classify({ text: r.text, ...(r.history ? { history: r.history } : {}) }, config);
    const truth = r.labels.length > 0;
    if (out.escalate !== truth || (truth && out.category !== primaryOf(r.labels))) {
      console.log(
        `  ${r.id} want=[${r.labels.join(',')}] got=[${out.categories.join(',')}] ${r.text.slice(0, 90)} | ${out.reasons.join('; ')}`,
      );
    }
  }
}

console.log(
  `Escalation Radar classifier evaluation: ${split} split, ${rows.length} messages (FAQ: tests/fixtures/text/faq.json)`,
);
table('classifier (rules + learned model)', classify);
table('keyword baseline', keywordBaseline);
learningReport(config, rows);
if (args.includes('--errors')) errors(rows);

const sourcesRoot = process.env['RADAR_SOURCES'];
if (sourcesRoot && !args.includes('--no-loso')) {
  console.log(
    `\nleave-one-source-out (sources under RADAR_SOURCES; training each fold takes a while)`,
  );
  const result = leaveOneSourceOut(sourcesRoot, (line) => {
    console.log(line);
  });
  if (result.missing.length > 0) console.log(`  not found, left out: ${result.missing.join(', ')}`);
  const line = (name: string, lang: string, t: Tally): string => {
    const m = metrics(t);
    return `| ${name} | ${lang} | ${t.n} | ${t.routine} | ${pct(m.f1).trim()} | ${pct(m.precision).trim()} | ${pct(m.recall).trim()} | ${pct(m.falseAlarm).trim()} | ${pct(m.categoryAccuracy).trim()} |`;
  };
  console.log(
    '\n| held-out source | lang | messages | routine | escalate F1 | precision | recall | false alarms on routine | category accuracy |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [source, per] of result.bySource)
    for (const [lang, t] of per) console.log(line(source, lang, t));
  console.log('\nper language, every held-out source together:\n');
  console.log(
    '| lang | messages | routine | escalate F1 | precision | recall | false alarms on routine | category accuracy |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [lang, t] of result.byLang) console.log(line('', lang, t).replace(/^\| {2}\| /, '| '));
  console.log(
    "\nthe same with the thresholds each fold's inner search chose (not shipped; docs/DATA.md):\n",
  );
  for (const [lang, t] of result.byLangSearched)
    console.log(line('', lang, t).replace(/^\| {2}\| /, '| '));
}
