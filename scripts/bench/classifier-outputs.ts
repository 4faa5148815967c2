/**
 * Classifier outputs, for checking that a speed change changes nothing: every message of the
 * project's corpus and of the bakery shop, and the classifier bench's messages (short ones with
 * a 20-entry FAQ, long and capped ones), each classified under several settings (the corpus FAQ,
 * no FAQ, the 20-entry FAQ, the reasons in Portuguese and Spanish, owner phrases added and muted,
 * business hours and name, categories switched off), with the feature vector the learned model
 * reads. One JSON line per input and settings.
 *
 *   npx tsx scripts/bench/classifier-outputs.ts write FILE   (on the code before the change)
 *   npx tsx scripts/bench/classifier-outputs.ts check FILE   (on the code after it)
 *
 * `check` prints how many lines differ and the first few, and exits 1 when any does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../lib/classifier/index';
import { textFeatures } from '../../lib/classifier/model';
import type { ClassifierConfig, ClassifierInput, FaqEntry } from '../../lib/classifier/types';
import { DEFAULT_TRIGGERS } from '../../lib/classifier/defaults';
import { loadCorpus, loadFaqConfig } from '../corpus/load';

const SHOPS = join(import.meta.dirname, '../../tests/fixtures/text/shops');

function bakeryMessages(): string[] {
  const out: string[] = [];
  for (const line of readFileSync(join(SHOPS, 'bakery-source.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.includes(' | ')) continue;
    out.push(line.slice(line.indexOf(' | ') + 3));
  }
  return out;
}

function settings(): [string, ClassifierConfig][] {
  const faq = loadFaqConfig();
  const kb = faq.knowledgeBase;
  const faq20: FaqEntry[] = Array.from({ length: 20 }, (_, i) => {
    const e = kb[i % kb.length] ?? { question: '', answer: '' };
    return { question: `${e.question} (${i})`, answer: e.answer };
  });
  const bakery = JSON.parse(readFileSync(join(SHOPS, 'bakery-faq.json'), 'utf8')) as {
    knowledgeBase: FaqEntry[];
  };
  return [
    ['faq', faq],
    ['none', { ...faq, knowledgeBase: [] }],
    ['faq20', { ...faq, knowledgeBase: faq20 }],
    ['pt', { ...faq, locale: 'pt_BR' }],
    ['es', { ...faq, locale: 'es' }],
    [
      'owner',
      {
        knowledgeBase: bakery.knowledgeBase,
        bulkMinQuantity: 20,
        businessName: 'Forno da Graça',
        businessHours: {
          week: {
            mon: { open: '07:00', close: '19:00' },
            sat: { open: '08:00', close: '13:00' },
            sun: null,
          },
          closedDates: ['2026-12-25'],
        },
        triggers: {
          human_request: { enabled: true, add: ['gerente', 'the boss'], mute: ['atendente'] },
          complaint: { enabled: true, add: ['still waiting'], mute: ['late', 'atrasado'] },
          emotional: { enabled: true, add: [], mute: ['😡'] },
          high_value: { enabled: true, add: ['wedding cake', 'casamento'], mute: ['croissants'] },
          knowledge_gap: { enabled: true, add: ['gluten'], mute: [] },
        },
      },
    ],
    [
      'off',
      {
        ...faq,
        triggers: {
          ...DEFAULT_TRIGGERS,
          complaint: { enabled: false, add: [], mute: [] },
          knowledge_gap: { enabled: false, add: [], mute: ['delivery'] },
        },
      },
    ],
  ];
}

function inputs(): [string, ClassifierInput][] {
  const corpus = loadCorpus();
  const out: [string, ClassifierInput][] = corpus.map((r) => [
    r.id,
    { text: r.text, ...(r.history ? { history: r.history } : {}) },
  ]);
  bakeryMessages().forEach((text, i) => out.push([`bakery-${i}`, { text }]));
  // The bench's long messages: its typical messages joined, cut at 1 KB to 1 MB, and a digit run.
  const base = corpus
    .filter((r) => r.text.length >= 70 && r.text.length <= 130 && !r.history)
    .map((r) => r.text)
    .join(' ');
  for (const size of [1_000, 10_000, 100_000, 1_000_000]) {
    out.push([`long-${size}`, { text: base.repeat(Math.ceil(size / base.length)).slice(0, size) }]);
  }
  out.push(['digits', { text: 'quero 1' + '.000'.repeat(250_000) }]);
  return out;
}

function lines(): string[] {
  const all = inputs();
  const out: string[] = [];
  for (const [name, config] of settings()) {
    for (const [id, input] of all)
      out.push(JSON.stringify({ s: name, id, out: classify(input, config) }));
  }
  for (const [id, input] of all)
    out.push(JSON.stringify({ s: 'features', id, f: textFeatures(input.text) }));
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || file === undefined) {
  console.error('usage: classifier-outputs.ts write|check FILE');
  process.exit(2);
}
const now = lines();
if (mode === 'write') {
  writeFileSync(file, `${now.join('\n')}\n`);
  console.log(`${now.length} lines written to ${file}`);
} else {
  const before = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, now.length); i++) {
    if (before[i] === now[i]) continue;
    if (differ++ < 5) console.log(`- ${before[i] ?? '(none)'}\n+ ${now[i] ?? '(none)'}`);
  }
  console.log(`${now.length} lines, ${differ} differ from ${file}`);
  process.exit(differ === 0 ? 0 : 1);
}
