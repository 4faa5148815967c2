// Reasons as the owner reads them: grouped under their category, the category named once, each
// detail in plain words in the interface language; checked against what the classifier really
// yields (keyed) and against the lines older entries hold.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier';
import { readReasonLine, reasonLine } from '../../../lib/classifier/reasons';
import { CATEGORIES, type UiLocale } from '../../../lib/classifier/types';
import { categoryLabelFrom } from '../../../lib/category-labels';
import { defaultSettings } from '../../../lib/settings/defaults';
import { toClassifierConfig } from '../../../lib/settings/validate';
import {
  groupReasons,
  readReason,
  reasonLines,
  reasonText,
  type ReasonDetail,
} from '../../../lib/reasons';
import { linesOfGroups } from '../../../lib/reason-text';
import { translatorIn, type CatalogueLocale } from '../../shared/catalogue';

const noCatalogue = (key: string) => key;

describe('readReason (lines of older entries)', () => {
  it.each([
    [
      "asks for a person: 'falar com um atendente'",
      'human_request',
      'said',
      ['falar com um atendente'],
    ],
    ["complaint: 'roto'", 'complaint', 'said', ['roto']],
    ["large quantity: '200 caixas' (bulk from 50)", 'high_value', 'quantity', ['200 caixas', '50']],
    ["large amount: 'R$ 5.000'", 'high_value', 'amount', ['R$ 5.000']],
    [
      "question your FAQ does not answer: 'Do you ship'",
      'knowledge_gap',
      'unanswered',
      ['Do you ship'],
    ],
    ['still waiting for a reply: 3 messages in a row', 'complaint', 'waiting', ['3']],
    ['complaint (wording like earlier complaint messages)', 'complaint', 'wording', []],
    [
      "matches your phrase for big or business order: 'atacado'",
      'high_value',
      'yourPhrase',
      ['atacado'],
    ],
    ['upset or going through something', 'emotional', 'flagged', []],
    ['a question like ones you marked as needing you', 'knowledge_gap', 'learned', []],
    ['you marked this conversation as needing you', 'complaint', 'needsMe', []],
    // Lines written in Portuguese or Spanish (backtests, entries of other versions).
    ["reclamação: 'chegou quebrado'", 'complaint', 'said', ['chegou quebrado']],
    [
      "quantidade grande: '200 caixas' (atacado a partir de 50)",
      'high_value',
      'quantity',
      ['200 caixas', '50'],
    ],
    ['sigue esperando respuesta: 4 mensajes seguidos', 'complaint', 'waiting', ['4']],
    ["coincide con tu frase para queja: 'muy caro'", 'complaint', 'yourPhrase', ['muy caro']],
  ] as const)('reads %s', (reason, category, kind, values) => {
    const read = readReason(reason);
    expect(read.detail).toEqual({ kind, values });
    // needsMe says no category of its own: the escalation's primary one holds it.
    if (kind !== 'needsMe') expect(read.category).toBe(category);
  });

  it('keeps an unknown reason as written, without a category', () => {
    expect(readReason('keyword: x')).toEqual({ detail: { kind: 'other', values: ['keyword: x'] } });
  });
});

const MESSAGES = [
  'Can I talk to a real person please?',
  'My order arrived broken, I want a refund',
  'I am so worried, my mother is in hospital',
  'We need 300 units for the wedding',
  'Quanto custa o frete para Manaus?',
  'Quiero hablar con el encargado, el pedido llegó roto',
  'Quero falar com um atendente, encomendei 200 caixas',
];

describe('the classifier’s keyed reasons', () => {
  it.each(['en', 'pt_BR', 'es'] as const)(
    'say the same as its lines, which read back to the same keys (%s)',
    (locale: UiLocale) => {
      const config = { ...toClassifierConfig(defaultSettings('UTC')), locale };
      let seen = 0;
      for (const text of MESSAGES) {
        const result = classify({ text }, config);
        expect(
          (result.keyedReasons ?? []).map((r) => r.category),
          text,
        ).toEqual(result.categories);
        result.keyedReasons?.forEach((keyed, i) => {
          expect(reasonLine(locale, keyed)).toBe(result.reasons[i]);
          expect(readReasonLine(result.reasons[i] ?? '')).toEqual(keyed);
          seen++;
        });
      }
      expect(seen).toBeGreaterThanOrEqual(MESSAGES.length);
    },
  );

  it('every line the classifier writes in English (what the log stores) is recognised', () => {
    const config = toClassifierConfig(defaultSettings('UTC'));
    for (const text of MESSAGES) {
      for (const reason of classify({ text }, config).reasons) {
        expect(readReason(reason).detail.kind, reason).not.toBe('other');
      }
    }
  });
});

describe('groupReasons', () => {
  it('groups by category in precedence order, one group per category, each detail once', () => {
    const groups = groupReasons({
      category: 'human_request',
      categories: ['human_request', 'complaint', 'knowledge_gap'],
      reasons: [
        "complaint: 'broken'",
        "asks for a person: 'talk to a real'",
        "question your FAQ does not answer: 'Can I talk to a real person'",
        "complaint: 'broken'",
      ],
    });
    expect(groups.map((g) => g.category)).toEqual(['human_request', 'complaint', 'knowledge_gap']);
    expect(groups[1]?.details).toEqual([{ kind: 'said', values: ['broken'] }]);
  });

  it('keeps a category whose reason was not kept, and puts unknown reasons under the primary', () => {
    const groups = groupReasons({
      category: 'complaint',
      categories: ['complaint', 'emotional'],
      reasons: ['something new'],
    });
    expect(groups).toEqual([
      { category: 'complaint', details: [{ kind: 'other', values: ['something new'] }] },
      { category: 'emotional', details: [] },
    ]);
  });

  it('uses the keyed reasons when the entry has them, not its lines', () => {
    const groups = groupReasons({
      category: 'complaint',
      categories: ['complaint', 'high_value'],
      reasons: ['a line in some older wording'],
      keyedReasons: [
        { category: 'high_value', key: 'quantity', quote: '80 caixas', count: 50 },
        { category: 'complaint', key: 'keepsWriting', count: 4 },
      ],
    });
    expect(groups).toEqual([
      { category: 'complaint', details: [{ kind: 'waiting', values: ['4'] }] },
      { category: 'high_value', details: [{ kind: 'quantity', values: ['80 caixas', '50'] }] },
    ]);
  });
});

describe('reason text', () => {
  it('uses the catalogue when it has the message, English words otherwise', () => {
    const detail: ReasonDetail = { kind: 'quantity', values: ['200 caixas', '50'] };
    expect(reasonText(detail, noCatalogue)).toBe('asks for 200 caixas (big from 50)');
    const pt = (key: string, subs?: string[]) =>
      key === 'reason_quantity'
        ? `pede ${subs?.[0] ?? ''} (grande a partir de ${subs?.[1] ?? ''})`
        : key;
    expect(reasonText(detail, pt)).toBe('pede 200 caixas (grande a partir de 50)');
  });

  it('gives the content scripts no English of their own: their lines come from the catalogue alone', () => {
    // The content scripts call linesOfGroups with the browser's catalogue, which holds every
    // reason (the default English one answers what the owner's language lacks).
    const asked: string[] = [];
    const lines = linesOfGroups(
      [{ category: 'high_value', details: [{ kind: 'quantity', values: ['200 caixas', '50'] }] }],
      (key, subs) => {
        asked.push(`${key}:${(subs ?? []).join(',')}`);
        return key;
      },
      (category) => category,
    );
    expect(asked).toEqual(['reason_quantity:200 caixas,50']);
    expect(lines[0]?.details).toEqual(['reason_quantity']);
  });

  it('labels each line with the category name and never repeats it in the details', () => {
    const lines = reasonLines(
      {
        category: 'complaint',
        categories: ['complaint', 'high_value'],
        reasons: ["complaint: 'late again'", "large quantity: '80 boxes' (bulk from 50)"],
      },
      noCatalogue,
      (c) => c.toUpperCase(),
    );
    expect(lines).toEqual([
      { category: 'complaint', label: 'COMPLAINT', details: ['wrote “late again”'] },
      { category: 'high_value', label: 'HIGH_VALUE', details: ['asks for 80 boxes (big from 50)'] },
    ]);
    for (const line of lines) {
      for (const category of CATEGORIES) expect(line.details.join(' ')).not.toContain(category);
    }
  });
});

describe('in the owner’s language, grouped, quoting the customer (real catalogues)', () => {
  // A request for a person with a big order, classified as the tab does (English lines).
  const text = 'Quero falar com um atendente, encomendei 200 caixas';
  const result = classify({ text }, toClassifierConfig(defaultSettings('UTC')));

  const expected: Record<CatalogueLocale, [string, string[]][]> = {
    en: [
      ['Asks for a person', ['wrote “falar com um atendente”']],
      ['Big order', ['asks for 200 caixas (big from 50)']],
    ],
    pt_BR: [
      ['Pede uma pessoa', ['escreveu “falar com um atendente”']],
      ['Pedido grande', ['pede 200 caixas (grande a partir de 50)']],
    ],
    es: [
      ['Pide una persona', ['escribió “falar com um atendente”']],
      ['Pedido grande', ['pide 200 caixas (grande desde 50)']],
    ],
  };

  it.each(['en', 'pt_BR', 'es'] as const)('%s', (locale) => {
    expect(result.categories).toEqual(['human_request', 'high_value']);
    const t = translatorIn(locale);
    const lines = reasonLines(
      { ...result, category: 'human_request' },
      (key, subs) => t(key, subs),
      (c) => categoryLabelFrom(t, c),
    );
    expect(lines.map((l) => [l.label, l.details])).toEqual(expected[locale]);
  });

  it.each(['en', 'pt_BR', 'es'] as const)(
    'an older entry with English lines only reads the same (%s)',
    (locale) => {
      const t = translatorIn(locale);
      const lines = reasonLines(
        {
          category: 'human_request',
          categories: result.categories,
          reasons: result.reasons,
        },
        (key, subs) => t(key, subs),
        (c) => categoryLabelFrom(t, c),
      );
      expect(lines.map((l) => [l.label, l.details])).toEqual(expected[locale]);
    },
  );
});
