// Reasons as the owner reads them: grouped under their category, the category named once, each
// detail in plain words; checked against what the classifier really writes.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier';
import { CATEGORIES } from '../../../lib/classifier/types';
import { defaultSettings } from '../../../lib/settings/defaults';
import { toClassifierConfig } from '../../../lib/settings/validate';
import {
  groupReasons,
  readReason,
  reasonLines,
  reasonText,
  type ReasonDetail,
} from '../../../lib/reasons';

const noCatalogue = (key: string) => key;

describe('readReason', () => {
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
  ] as const)('reads %s', (reason, category, kind, values) => {
    expect(readReason(reason)).toEqual({ category, detail: { kind, values } });
  });

  it('keeps an unknown reason as written, without a category', () => {
    expect(readReason('keyword: x')).toEqual({ detail: { kind: 'other', values: ['keyword: x'] } });
  });

  it('recognises every reason the classifier writes for a range of messages', () => {
    const config = toClassifierConfig(defaultSettings('UTC'));
    const messages = [
      'Can I talk to a real person please?',
      'My order arrived broken, I want a refund',
      'I am so worried, my mother is in hospital',
      'We need 300 units for the wedding',
      'Quanto custa o frete para Manaus?',
      'Quiero hablar con el encargado, el pedido llegó roto',
    ];
    for (const text of messages) {
      const result = classify({ text }, config);
      for (const reason of result.reasons) {
        expect(readReason(reason).detail.kind, reason).not.toBe('other');
      }
    }
  });
});

describe('groupReasons', () => {
  it('groups by category in precedence order, one group per category, each detail once', () => {
    const groups = groupReasons(
      'human_request',
      ['human_request', 'complaint', 'knowledge_gap'],
      [
        "complaint: 'broken'",
        "asks for a person: 'talk to a real'",
        "question your FAQ does not answer: 'Can I talk to a real person'",
        "complaint: 'broken'",
      ],
    );
    expect(groups.map((g) => g.category)).toEqual(['human_request', 'complaint', 'knowledge_gap']);
    expect(groups[1]?.details).toEqual([{ kind: 'said', values: ['broken'] }]);
  });

  it('keeps a category whose reason was not kept, and puts unknown reasons under the primary', () => {
    const groups = groupReasons('complaint', ['complaint', 'emotional'], ['something new']);
    expect(groups).toEqual([
      { category: 'complaint', details: [{ kind: 'other', values: ['something new'] }] },
      { category: 'emotional', details: [] },
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

  it('labels each line with the category name and never repeats it in the details', () => {
    const lines = reasonLines(
      'complaint',
      ['complaint', 'high_value'],
      ["complaint: 'late again'", "large quantity: '80 boxes' (bulk from 50)"],
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
