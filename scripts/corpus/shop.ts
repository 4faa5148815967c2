/**
 * A shop's own messages (tests/fixtures/text/shops): one fictional bakery, written for this
 * project, whose owner sees some things differently from the shipped classifier (a regular café's
 * standing order of 60 croissants is routine; a wedding enquiry needs her). Each family of
 * messages has four variants written at different times; the first two of every family form the
 * first half (what the owner gives verdicts on), the last two the second half (what is measured).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { primaryOf, score, type Classifier, type CorpusLine, type Metrics } from './load';
import { classify } from '../../lib/classifier/index';
import { DEFAULT_BULK_MIN_QUANTITY, DEFAULT_TRIGGERS } from '../../lib/classifier/defaults';
import type { Category, ClassifierConfig } from '../../lib/classifier/types';
import { learnAdaptation, withAdaptation, type Verdict } from '../../lib/learning/index';

const DIR = join(import.meta.dirname, '../../tests/fixtures/text/shops');
const CODES: Record<string, Category> = {
  H: 'human_request',
  C: 'complaint',
  E: 'emotional',
  V: 'high_value',
  K: 'knowledge_gap',
};

export interface ShopMessages {
  config: ClassifierConfig;
  firstHalf: CorpusLine[];
  secondHalf: CorpusLine[];
}

export function loadShop(name = 'bakery'): ShopMessages {
  const faq = JSON.parse(readFileSync(join(DIR, `${name}-faq.json`), 'utf8')) as Pick<
    ClassifierConfig,
    'knowledgeBase'
  >;
  const families: CorpusLine[][] = [];
  let current: CorpusLine[] = [];
  for (const raw of readFileSync(join(DIR, `${name}-source.txt`), 'utf8').split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || line === '') {
      if (current.length > 0) families.push(current);
      current = [];
      continue;
    }
    const bar = line.indexOf('|');
    const code = line.slice(0, bar).trim();
    const text = line.slice(bar + 1).trim();
    const labels = code === '-' ? [] : [CODES[code] as Category];
    current.push({
      id: `${name}-${families.length}-${current.length}`,
      text,
      lang: 'en',
      labels,
      split: 'dev',
    });
  }
  if (current.length > 0) families.push(current);
  // In time order: every family's first variant, then every second one, and so on.
  const inTime = (from: number, to: number): CorpusLine[] => {
    const out: CorpusLine[] = [];
    for (let v = from; v < to; v++) for (const f of families) {
        const line = f[v];
        if (line) out.push(line);
      }
    return out;
  };
  return {
    config: {
      knowledgeBase: faq.knowledgeBase,
      triggers: DEFAULT_TRIGGERS,
      bulkMinQuantity: DEFAULT_BULK_MIN_QUANTITY,
    },
    firstHalf: inTime(0, 2),
    secondHalf: inTime(2, 4),
  };
}

/**
 * The verdicts an owner gives while using the radar on `lines`: "not needed" on a false alarm,
 * "needs me" with the category on a miss, a corrected category when the primary one is wrong.
 * Messages the radar got right get no verdict.
 */
export function ownerVerdicts(
  lines: readonly CorpusLine[],
  fn: Classifier,
  config: ClassifierConfig,
): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const line of lines) {
    const out = fn({ text: line.text }, config);
    const truth = primaryOf(line.labels);
    if (out.category !== truth) verdicts.push({ text: line.text, category: truth });
  }
  return verdicts;
}

export interface LearningResult {
  verdicts: number;
  before: Metrics;
  after: Metrics;
}

/** Verdicts on the first half, measured on the second half: shipped classifier vs adapted. */
export function measureLearning(shop: ShopMessages, base: Classifier = classify): LearningResult {
  const verdicts = ownerVerdicts(shop.firstHalf, base, shop.config);
  const adaptation = learnAdaptation(verdicts, (v) => base(v, shop.config));
  const adapted = withAdaptation(base, adaptation);
  return {
    verdicts: verdicts.length,
    before: score(shop.secondHalf, base, shop.config),
    after: score(shop.secondHalf, adapted, shop.config),
  };
}
