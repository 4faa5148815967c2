/**
 * A plain keyword-trigger baseline, for comparison in `npm run eval` and `npm run bench`: a
 * category applies when one of a handful of obvious words (or an owner "add" phrase) appears as
 * a substring of the lowercased, accent-free text; any "?" is a knowledge gap unless a FAQ
 * question shares two words with it. No negation, no context, no quantities.
 */
import {
  CATEGORIES,
  type Category,
  type Classification,
  type ClassifierConfig,
  type ClassifierInput,
} from './types';
import { detectLanguage } from './language';

const KEYWORDS: Record<Exclude<Category, 'knowledge_gap'>, string[]> = {
  human_request: [
    'human',
    'person',
    'manager',
    'atendente',
    'humano',
    'pessoa',
    'persona',
    'encargado',
    'real person',
  ],
  complaint: [
    'broken',
    'damaged',
    'refund',
    'late',
    'wrong',
    'complaint',
    'quebrad',
    'atrasad',
    'errad',
    'reembolso',
    'reclama',
    'roto',
    'queja',
    'danad',
    'not arrived',
    'nao chegou',
    'no llego',
  ],
  emotional: [
    'sad',
    'upset',
    'anxious',
    'worried',
    'triste',
    'ansios',
    'preocupad',
    'chateada',
    'died',
    'faleceu',
    'fallecio',
    '😭',
  ],
  high_value: [
    'wholesale',
    'bulk',
    'corporate',
    'atacado',
    'empresa',
    'mayoreo',
    'contract',
    'contrato',
    'parceria',
    'partnership',
    'custom',
    'personalizad',
  ],
};

function plain(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function words(s: string): Set<string> {
  return new Set(s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3));
}

export function keywordBaseline(input: ClassifierInput, config: ClassifierConfig): Classification {
  const text = plain(input.text.slice(0, 4000));
  const found = new Map<Category, string>();
  for (const cat of ['human_request', 'complaint', 'emotional', 'high_value'] as const) {
    const kw = [...KEYWORDS[cat], ...config.triggers[cat].add.map(plain)].find(
      (k) => k && text.includes(k),
    );
    if (kw !== undefined) found.set(cat, kw);
  }
  const extra = config.triggers.knowledge_gap.add.map(plain).find((k) => k && text.includes(k));
  if (extra !== undefined) found.set('knowledge_gap', extra);
  else if (text.includes('?')) {
    const mine = words(text);
    const answered = config.knowledgeBase.some((e) => {
      let shared = 0;
      for (const w of words(plain(e.question))) if (mine.has(w)) shared++;
      return shared >= 2;
    });
    if (!answered) found.set('knowledge_gap', '?');
  }
  const categories = CATEGORIES.filter((c) => config.triggers[c].enabled && found.has(c));
  return {
    escalate: categories.length > 0,
    category: categories[0] ?? null,
    categories,
    score: categories.length > 0 ? 1 : 0,
    lang: detectLanguage(input.text.slice(0, 4000)),
    reasons: categories.map((c) => `keyword: '${found.get(c) ?? ''}'`),
  };
}
