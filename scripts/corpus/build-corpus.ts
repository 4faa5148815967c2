/**
 * Builds tests/fixtures/text/corpus/<lang>.jsonl from the hand-written source sentences in
 * tests/fixtures/text/corpus/sources/<lang>.txt. Each source becomes a few chat-style variants
 * (shorthand, missing accents, greetings, emoji, caps, a typo). The split is decided per source
 * line, and the three source files are written line-aligned, so a sentence and its paraphrases
 * and translations always land in the same split: dev never sees what train saw.
 *   npx tsx scripts/corpus/build-corpus.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, type Category, type HistoryTurn } from '../../lib/classifier/types';

const DIR = join(import.meta.dirname, '../../tests/fixtures/text/corpus');
const CODES: Record<string, Category> = {
  H: 'human_request',
  C: 'complaint',
  E: 'emotional',
  V: 'high_value',
  K: 'knowledge_gap',
};

type Lang = 'en' | 'pt' | 'es';

export interface CorpusLine {
  id: string;
  text: string;
  lang: Lang;
  labels: Category[];
  history?: HistoryTurn[];
  split: 'train' | 'dev';
  note?: string;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const SHORTHAND: Record<Lang, [RegExp, string][]> = {
  en: [[/\byou\b/gi, 'u'], [/\bplease\b/gi, 'pls'], [/\byour\b/gi, 'ur'], [/\bthanks\b/gi, 'thx'], [/\bbecause\b/gi, 'bc'], [/\bare\b/gi, 'r'], [/\bI'm\b/g, 'im'], [/n't\b/g, 'nt']],
  pt: [[/\bvocê\b/gi, 'vc'], [/\bvocês\b/gi, 'vcs'], [/\bporque\b/gi, 'pq'], [/\bque\b/gi, 'q'], [/\btambém\b/gi, 'tb'], [/\bpor favor\b/gi, 'pfv'], [/\bhoje\b/gi, 'hj'], [/\bmuito\b/gi, 'mt'], [/\bestá\b/gi, 'tá'], [/\bpara\b/gi, 'pra']],
  es: [[/\bpor favor\b/gi, 'porfa'], [/\bque\b/gi, 'q'], [/\bporque\b/gi, 'xq'], [/\btambién\b/gi, 'tmb'], [/¿/g, ''], [/\bpara\b/gi, 'pa'], [/\bestá\b/gi, 'ta']],
};
const GREETING: Record<Lang, string[]> = {
  en: ['Hi!', 'Hello', 'hey', 'Good afternoon,', 'Hi there,', 'morning!'],
  pt: ['Oi!', 'Olá', 'oii', 'Boa tarde,', 'Bom dia!', 'Oi, tudo bem?'],
  es: ['Hola!', 'Buenas', 'holaa', 'Buenas tardes,', 'Buenos días!', 'Hola, qué tal?'],
};
const CLOSING: Record<Lang, string[]> = {
  en: ['thanks', 'thank you!', 'x', 'cheers'],
  pt: ['obrigada', 'obg!', 'bjs', 'valeu'],
  es: ['gracias', 'grax!', 'besos', 'saludos'],
};

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function chat(text: string, lang: Lang, r: number): string {
  let t = text;
  for (const [re, to] of SHORTHAND[lang]) if ((r = (r * 1103515245 + 12345) >>> 0) % 3 !== 0) t = t.replace(re, to);
  if (r % 2 === 0) t = stripAccents(t);
  t = t.replace(/[.]$/, '');
  return r % 5 === 0 ? t : t.charAt(0).toLowerCase() + t.slice(1);
}

function wrap(text: string, lang: Lang, labels: Category[], r: number): string {
  const g = GREETING[lang][r % GREETING[lang].length] ?? '';
  const c = CLOSING[lang][(r >> 3) % CLOSING[lang].length] ?? '';
  const greeted = /^(hi|hello|hey|good|morning|oi|ol[aá]|bom|boa|hola|buen)/i.test(text);
  let t = (r >> 5) % 2 === 0 && !greeted ? `${g} ${text}` : text;
  if (labels.includes('complaint') && (r >> 7) % 3 === 0) t = `${t} 😡`;
  else if (labels.includes('emotional') && (r >> 7) % 2 === 0) t = `${t} 😭`;
  else if (labels.length === 0 && (r >> 7) % 3 === 0) t = `${t} 😊`;
  else if ((r >> 9) % 2 === 0) t = `${t} ${c}`;
  if (labels.includes('complaint') && text.length < 90 && (r >> 11) % 4 === 0) t = t.toUpperCase();
  return t;
}

function typo(text: string, r: number): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{6,}$/u.test(w));
  const pick = long[r % Math.max(1, long.length)];
  if (pick) {
    const [w, i] = pick;
    const k = 2 + (r % (w.length - 3));
    words[i] = w.slice(0, k) + w.slice(k + 1);
  }
  return words.join(' ').replace(/\?$/, '??');
}

function parseHistory(s: string | undefined): HistoryTurn[] | undefined {
  if (!s) return undefined;
  return s.split(' // ').map((turn) => {
    const from = turn.startsWith('o:') ? 'owner' : 'customer';
    return { from, text: turn.slice(2).trim() };
  });
}

function build(lang: Lang): CorpusLine[] {
  const out: CorpusLine[] = [];
  const lines = readFileSync(join(DIR, 'sources', `${lang}.txt`), 'utf8').split('\n');
  let index = 0;
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [codes = '', text = '', hist] = line.split(' | ');
    const labels = CATEGORIES.filter((c) =>
      Object.entries(CODES).some(([k, v]) => v === c && codes.includes(k)),
    );
    const history = parseHistory(hist);
    // Line-aligned split: the same source index is dev in every language (~25%).
    const split = hash(`src${index}`) % 4 === 0 ? 'dev' : 'train';
    const r = hash(`${lang}:${text}`);
    const variants = new Set<string>([text.trim()]);
    variants.add(chat(text.trim(), lang, r));
    if (!history) {
      variants.add(wrap(text.trim(), lang, labels, r));
      if (labels.length === 0 || labels.includes('knowledge_gap')) variants.add(typo(chat(text.trim(), lang, r >> 1), r));
      variants.add(wrap(chat(text.trim(), lang, r >> 2), lang, labels, r >> 3));
    }
    let v = 0;
    for (const t of variants) {
      out.push({ id: `${lang}-${String(index).padStart(3, '0')}-${v++}`, text: t, lang, labels, ...(history ? { history } : {}), split });
    }
    index++;
  }
  return out;
}

for (const lang of ['en', 'pt', 'es'] as const) {
  const rows = build(lang);
  writeFileSync(join(DIR, `${lang}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const routine = rows.filter((r) => r.labels.length === 0).length;
  const dev = rows.filter((r) => r.split === 'dev').length;
  console.log(`${lang}: ${rows.length} messages, ${routine} routine, ${dev} dev`);
}
