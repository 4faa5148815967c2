import { readFileSync } from 'node:fs';
import { classify, keywordBaseline } from './lib/classifier/index';
import { loadFaqConfig } from './scripts/corpus/load';
const cfg = loadFaqConfig();
const C: Record<string, string> = { H: 'human_request', C: 'complaint', E: 'emotional', V: 'high_value', K: 'knowledge_gap' };
let tp = 0, fp = 0, fn = 0, rt = 0, fa = 0, cat = 0, btp = 0, bfp = 0, bfn = 0;
for (const line of readFileSync('/tmp/scratch/fresh.jsonl', 'utf8').trim().split('\n')) {
  const { t, l } = JSON.parse(line) as { t: string; l: string };
  const o = classify({ text: t }, cfg); const b = keywordBaseline({ text: t }, cfg);
  const truth = l !== '';
  if (!truth) rt++;
  if (o.escalate && truth) { tp++; if (o.category === C[l]) cat++; } else if (o.escalate) { fp++; fa++; } else if (truth) fn++;
  if (b.escalate && truth) btp++; else if (b.escalate) bfp++; else if (truth) bfn++;
  if (o.escalate !== truth || (truth && o.category !== C[l])) console.log(`MISS want=${l || '-'} got=${o.categories.join(',') || '-'} ${t} | ${o.reasons.join('; ')}`);
}
const f1 = (a: number, b: number, c: number) => (2 * a) / (2 * a + b + c);
console.log({ f1: f1(tp, fp, fn).toFixed(3), falseAlarm: `${fa}/${rt}`, catAcc: (cat / tp).toFixed(2), baselineF1: f1(btp, bfp, bfn).toFixed(3) });
