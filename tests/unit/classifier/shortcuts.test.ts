// The classifier keeps per-word answers in the word's shared facts and indexes the FAQ once per
// knowledge base; these shortcuts must give exactly what the plain computation gives.
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadFaqConfig } from '../../../scripts/corpus/load';
import {
  ANSWERED_AT,
  bestCover,
  faqDocs,
  isAnswered,
  settingsDocs,
  docOf,
} from '../../../lib/classifier/faq';
import { GAP_BREAK, GAP_MARK, normalise, normWord } from '../../../lib/classifier/normalise';
import { findQuestions } from '../../../lib/classifier/questions';
import { oneSpaced } from '../../../lib/classifier/matcher';
import { reasonLine } from '../../../lib/classifier/reasons';

const corpus = loadCorpus();

describe('FAQ index', () => {
  const base = loadFaqConfig();
  const configs = [
    base,
    { ...base, knowledgeBase: base.knowledgeBase.slice(0, 3) },
    {
      ...base,
      businessName: 'Doce Lar',
      businessHours: {
        week: { mon: { open: '09:00', close: '18:00' } },
        closedDates: ['2026-12-25'],
      },
    },
  ];
  const owner = [docOf('We deliver on Saturdays too, and the black bag costs 40 euros', 'reply')];

  it('answers every corpus question as bestCover over all documents does', () => {
    let questions = 0;
    let answered = 0;
    for (const row of corpus) {
      for (const q of findQuestions(normalise(row.text))) {
        for (const config of configs) {
          for (const mine of [[], owner]) {
            const docs = [...faqDocs(config.knowledgeBase), ...settingsDocs(config), ...mine];
            const plain = bestCover(q.terms, docs).coverage >= ANSWERED_AT;
            expect(isAnswered(q.terms, config, mine), q.text).toBe(plain);
            if (plain) answered++;
          }
        }
        questions++;
      }
    }
    // Both outcomes are exercised, many times.
    expect(questions).toBeGreaterThan(300);
    expect(answered).toBeGreaterThan(100);
    expect(answered).toBeLessThan(questions * configs.length * 2 - 100);
  });
});

describe('word facts', () => {
  it('tokens of the same word share one facts object, whatever the spelling', () => {
    const n = normalise('Pedido PEDIDO pedido, pediiido e pedído');
    const facts = new Set(n.tokens.map((t) => t.facts));
    expect(n.tokens.map((t) => t.w)).toEqual([
      'pedido',
      'pedido',
      'pedido',
      'pedido',
      'e',
      'pedido',
    ]);
    expect(facts.size).toBe(2);
    for (const t of n.tokens) expect(t.facts.w).toBe(t.w);
  });

  it('a word read from the cache normalises as normWord does', () => {
    const words = ['Não', 'ÇÃO', 'pleeease', "o'neill", 'd’água', 'Ñandú', 'x2', '300'];
    for (let round = 0; round < 2; round++)
      for (const w of words) expect(normalise(w).tokens.map((t) => t.w)).toEqual([normWord(w)]);
  });

  it('question and exclamation marks and non-ASCII text are counted as a plain scan does', () => {
    const longestRun = (text: string, re: RegExp) =>
      Math.max(0, ...[...text.matchAll(re)].map((m) => m[0].length));
    const texts = [
      ...corpus.map((r) => r.text),
      '??!!?',
      '¿¿Qué?? ¡¡no!!!',
      'what?!?!',
      "don't?? d’água!!",
      'olá 😡?? 👍🏽!',
      'x\ud800?? y',
      'plain ascii.',
      'AÇÃO ÑANDÚ ¡hola! PÕE',
      'x©y ℹ info ¿sí?',
      '',
    ];
    for (const text of texts) {
      const n = normalise(text);
      expect(n.questionMarks, text).toBe(text.match(/[?¿]/g)?.length ?? 0);
      expect(n.maxQuestionRun, text).toBe(longestRun(text, /[?¿]+/g));
      expect(n.maxExclaimRun, text).toBe(longestRun(text, /!+/g));
      expect(n.hasPortugueseMarks, text).toBe(/[ãõç]/i.test(text));
      expect(n.hasSpanishMarks, text).toBe(/[ñ¿¡]/i.test(text));
      expect(n.emoji.length > 0 && !/[^\0-\x7f]/.test(text), text).toBe(false);
    }
  });

  it('emoji are found wherever they stand, in a word or between words', () => {
    const cases: [string, string[]][] = [
      ['thanks ❤', ['happy']],
      ['where is it😡😡', ['angry']],
      ['please 🙏🏽 help', ['pray']],
      ['so sad😭', ['crying']],
      ['ação 😡 ñ ❤', ['angry', 'happy']],
      ['no emoji here, ç ñ ¿ © ℹ', []],
    ];
    for (const [text, names] of cases) expect(normalise(text).emoji, text).toEqual(names);
  });

  it('emoji cues are those the cue patterns find, over the corpus and every cue character', () => {
    // The cues as patterns over the whole text (what the classifier used to run).
    const patterns: [RegExp, string][] = [
      [/[\u{1F621}\u{1F92C}\u{1F620}\u{1F624}\u{1F47F}]/u, 'angry'],
      [
        /[\u{1F62D}\u{1F622}\u{1F625}\u{1F630}\u{1F61E}\u{1F614}\u{1F97A}\u{1F629}\u{1F62B}\u{1F494}\u{1F63F}]/u,
        'crying',
      ],
      [/\u{1F64F}/u, 'pray'],
      [
        /[\u{1F3FB}-\u{1F3FF}]?[\u2764\u{1F495}\u{1F496}\u{1F60D}\u{1F970}\u{1F618}\u{1F60A}\u{1F642}\u{1F600}\u{1F603}\u{1F604}\u{1F44D}]/u,
        'happy',
      ],
    ];
    const cueChars =
      '😡 🤬 😠 😤 👿 😭 😢 😥 😰 😞 😔 🥺 😩 😫 💔 😿 🙏 ❤ 💕 💖 😍 🥰 😘 😊 🙂 😀 😃 😄 👍'.split(
        ' ',
      );
    const built: string[] = [];
    for (const c of cueChars) {
      built.push(c, `a${c}b`, `ok ${c}🏽!`, `x\ud83d${c}`, `${c}\ude00`, `don't${c}`);
    }
    // Near misses: neighbours of cue characters, lone halves, other pictographs.
    built.push('😟 🙎 ❣ ❥ 🤭 \ud83d \ude21 © ® ℹ ⌚ 🏽', '\u2763\u2765\u{1F623}\u{1F64E}');
    let found = 0;
    for (const text of [...corpus.map((r) => r.text), ...built]) {
      const want = patterns.filter(([re]) => re.test(text)).map(([, name]) => name);
      expect(normalise(text).emoji, text).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(cueChars.length * 6);
  });

  it('each token carries the sentence ends and "?" of the text before it, as a plain scan finds them', () => {
    const gapBits = (gap: string) =>
      (/[.!?;\n]/.test(gap) ? GAP_BREAK : 0) | (gap.includes('?') ? GAP_MARK : 0);
    let breaks = 0;
    let marks = 0;
    for (const text of [...corpus.map((r) => r.text), 'pfv. vc pode?? tb!', '?hi']) {
      const n = normalise(text);
      let prevEnd = 0;
      for (const t of n.tokens) {
        // The later tokens of one written word ("pfv" → "por favor") have nothing before them.
        const gap = t.start < prevEnd ? '' : text.slice(prevEnd, t.start);
        expect(t.gap, text).toBe(gapBits(gap));
        if (t.gap & GAP_BREAK) breaks++;
        if (t.gap & GAP_MARK) marks++;
        prevEnd = t.end;
      }
      expect(n.endGap, text).toBe(gapBits(text.slice(prevEnd)));
    }
    expect(breaks).toBeGreaterThan(300);
    expect(marks).toBeGreaterThan(100);
  });

  it('words that share a slot of the reading table are each read as themselves', () => {
    // Many distinct words, more than the table has slots: some must land on a taken slot.
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}x`);
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < words.length; i += 50) {
        const text = words.slice(i, i + 50).join(' ');
        expect(normalise(text).tokens.map((t) => t.w)).toEqual(
          words.slice(i, i + 50).map(normWord),
        );
      }
  });

  it('contractions and shorthand expand the same on every occurrence', () => {
    const a = normalise("I'll call, vc pode? I'll call, vc pode?").tokens.map((t) => t.w);
    expect(a).toEqual(['i_will', 'call', 'voce', 'pode', 'i_will', 'call', 'voce', 'pode']);
  });
});

describe('questions', () => {
  it('an opening "¿" one or two characters before a sentence makes it a question', () => {
    const count = (text: string) => findQuestions(normalise(text), 'es').length;
    expect(count('¿Recogen en la tienda')).toBe(1);
    expect(count('¿ Recogen en la tienda')).toBe(1);
    expect(count('Hola. ¿Recogen en la tienda')).toBe(1);
    expect(count('Recogen en la tienda')).toBe(0);
    expect(count('¿  Recogen en la tienda')).toBe(0);
  });
});

describe('text helpers', () => {
  it('oneSpaced folds white space runs like a regex replace does', () => {
    for (const s of ['a b', 'a  b', 'a\nb', 'a\t b', ' a ', 'ab', 'a\u00a0b', ''])
      expect(oneSpaced(s)).toBe(s.replace(/\s+/g, ' '));
  });

  it('reason templates fill {0} and {1} in order and keep other braces', () => {
    expect(
      reasonLine('en', { category: 'high_value', key: 'quantity', quote: '60 {x}', count: 50 }),
    ).toBe("large quantity: '60 {x}' (bulk from 50)");
    expect(reasonLine('es', { category: 'complaint', key: 'waiting', count: 3 })).toBe(
      'sigue esperando respuesta: 3 mensajes seguidos',
    );
  });
});
