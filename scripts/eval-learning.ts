/**
 * The learning part of `npm run eval`: one shop's messages split in two by time; the owner's
 * verdicts on the first half (what the radar got wrong there) are learned exactly as the
 * extension learns them, and the second half is scored with and without what was learned. The
 * same layer is also run over the corpus split being evaluated, to show it does not make the
 * classifier worse on other people's messages.
 */
import { classify } from '../lib/classifier/index';
import type { ClassifierConfig } from '../lib/classifier/types';
import { learnAdaptation, withAdaptation } from '../lib/learning/index';
import { score, type CorpusLine, type Metrics } from './corpus/load';
import { loadShop, measureLearning, ownerVerdicts } from './corpus/shop';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function line(name: string, m: Metrics): string {
  return `  ${name.padEnd(26)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}      ${pct(m.falseAlarm)}`;
}

export function learningReport(config: ClassifierConfig, corpus: readonly CorpusLine[]): void {
  const shop = loadShop();
  const result = measureLearning(shop);
  console.log(
    `\nlearning from the owner (bakery: ${shop.firstHalf.length} messages with ${result.verdicts} verdicts, then ${shop.secondHalf.length} measured)`,
  );
  console.log('  second half                precision  recall      F1  false-alarm');
  console.log(line('shipped classifier', result.before));
  console.log(line("with the owner's verdicts", result.after));
  const gain = result.after.f1 - result.before.f1;
  console.log(
    `  F1 ${gain >= 0 ? '+' : ''}${(gain * 100).toFixed(1)} points; false alarms ${pct(result.before.falseAlarm).trim()} → ${pct(result.after.falseAlarm).trim()}`,
  );
  const verdicts = ownerVerdicts(shop.firstHalf, classify, shop.config);
  const layer = withAdaptation(
    classify,
    learnAdaptation(verdicts, (v) => classify(v, shop.config)),
  );
  console.log('  the same layer on the corpus split above');
  console.log(line('shipped classifier', score(corpus, classify, config)));
  console.log(line("with the bakery's verdicts", score(corpus, layer, config)));
}
