import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { ClassifierConfig, ClassifierInput } from '../../../lib/classifier/types';

// The classifier is replaced by a stand-in that escalates messages containing "!!" as complaints,
// so these tests check the backtest's wiring (owner, conversations, history), not the classifier.
const seen: ClassifierInput[] = [];
vi.mock('../../../lib/classifier/index', () => ({
  classify: (input: ClassifierInput) => {
    seen.push(input);
    const hit = input.text.includes('!!');
    return hit
      ? {
          escalate: true,
          category: 'complaint',
          categories: ['complaint'],
          score: 0.8,
          lang: 'en',
          reasons: ['says "!!"'],
        }
      : { escalate: false, category: null, categories: [], score: 0.1, lang: 'en', reasons: [] };
  },
}));

const { backtestExport, parseChatExport } = await import('../../../lib/export');

const config = {
  knowledgeBase: [],
  triggers: {},
  bulkMinQuantity: 50,
} as unknown as ClassifierConfig;
const fixture = (name: string) =>
  parseChatExport(
    readFileSync(fileURLToPath(new URL(`../../fixtures/exports/${name}`, import.meta.url)), 'utf8'),
  );

function chat(lines: string[]) {
  return parseChatExport(
    lines.map((l, i) => `01/02/2025, 10:${String(i).padStart(2, '0')} - ${l}`).join('\n'),
  );
}

describe('choosing the owner', () => {
  const twoPeople = chat(['Ana Souza: oi', 'Marta Bolsas: olá', 'Ana Souza: tudo bem']);
  it.each([
    [{ owner: 'marta bolsas' }, 'Marta Bolsas', 'given by name', 'given'],
    [{ owner: 'Ana' }, 'Ana Souza', 'given by name', 'given'],
    [
      { ownerHints: ['', 'Marta'] },
      'Marta Bolsas',
      'matches "Marta" from the settings',
      'settings',
    ],
    [{}, 'Marta Bolsas', 'guessed: the one who did not start the chat', 'not-starter'],
  ])('%j → %s', (options, owner, reason, basis) => {
    const report = backtestExport(twoPeople, config, options);
    expect(report.owner).toBe(owner);
    expect(report.ownerReason).toBe(reason);
    expect(report.ownerBasis).toBe(basis);
  });

  it('refuses an owner who is not in the chat', () => {
    expect(() => backtestExport(twoPeople, config, { owner: 'Zé' })).toThrow(
      'owner "Zé" is not one of the chat\'s authors: Ana Souza, Marta Bolsas',
    );
  });

  it('takes the author WhatsApp calls "You"', () => {
    expect(backtestExport(chat(['You: hi', 'Tom Hale: hello']), config).owner).toBe('You');
  });

  it('takes the busiest author of a group', () => {
    expect(backtestExport(fixture('iphone-es-group.txt'), config).owner).toBe('Carmen Ruiz');
  });

  it('takes nobody when only one person wrote', () => {
    const report = backtestExport(chat(['Tom Hale: hello', 'Tom Hale: anyone!!']), config);
    expect(report.owner).toBeNull();
    expect(report.conversations).toMatchObject([{ customer: 'Tom Hale', customerMessages: 2 }]);
    expect(report.escalations).toBe(1);
  });
});

describe('conversations and history', () => {
  it('classifies each customer message with its own earlier turns and the owner’s', () => {
    seen.length = 0;
    const report = backtestExport(
      chat([
        'Marta: Bom dia a todos',
        'Ana: oi',
        'Bia: olá',
        'Marta: oi Ana',
        'Ana: <Media omitted>',
        'Ana: isso é um absurdo!!',
        'Bia: obrigada',
      ]),
      config,
      { owner: 'Marta' },
    );
    expect(seen).toEqual([
      { text: 'oi', history: [{ from: 'owner', text: 'Bom dia a todos' }], group: true },
      { text: 'olá', history: [{ from: 'owner', text: 'Bom dia a todos' }], group: true },
      {
        text: 'isso é um absurdo!!',
        history: [
          { from: 'owner', text: 'Bom dia a todos' },
          { from: 'customer', text: 'oi' },
          { from: 'owner', text: 'oi Ana' },
        ],
        group: true,
      },
      {
        text: 'obrigada',
        history: [
          { from: 'owner', text: 'Bom dia a todos' },
          { from: 'customer', text: 'olá' },
          { from: 'owner', text: 'oi Ana' },
        ],
        group: true,
      },
    ]);
    expect(report).toEqual({
      owner: 'Marta',
      ownerReason: 'given by name',
      ownerBasis: 'given',
      authors: ['Marta', 'Ana', 'Bia'],
      customerMessages: 5,
      escalations: 1,
      conversations: [
        {
          customer: 'Ana',
          customerMessages: 3,
          escalations: [
            {
              at: Date.UTC(2025, 1, 1, 10, 5),
              text: 'isso é um absurdo!!',
              category: 'complaint',
              categories: ['complaint'],
              reasons: ['says "!!"'],
              score: 0.8,
              lang: 'en',
            },
          ],
        },
        { customer: 'Bia', customerMessages: 2, escalations: [] },
      ],
    });
  });

  it("classifies the messages of a group chat as a group's, and a one-to-one chat's as not", () => {
    seen.length = 0;
    backtestExport(chat(['Marta: hello', 'Ana: who brings the table?', 'Bia: I do']), config, {
      owner: 'Marta',
    });
    expect(seen.map((input) => input.group)).toEqual([true, true]);
    seen.length = 0;
    backtestExport(chat(['Marta: hello', 'Ana: do you deliver?']), config, { owner: 'Marta' });
    expect(seen.map((input) => input.group)).toEqual([undefined]);
  });

  it('keeps only the last 10 turns of history', () => {
    seen.length = 0;
    const lines = Array.from({ length: 15 }, (_, i) => `Ana: message ${i}`);
    backtestExport(chat(['Marta: hello', ...lines]), config, { owner: 'Marta' });
    const last = seen.at(-1)!;
    expect(last.history).toHaveLength(10);
    expect(last.history?.[0]).toEqual({ from: 'customer', text: 'message 4' });
  });
});

describe('large exports', () => {
  it('100,000 lines from 50,000 authors: every author counted once, histories stay small', () => {
    const lines = ['01/02/2025, 09:00 - Marta: bom dia'];
    for (let i = 0; i < 100_000; i++) {
      const who = i % 2 === 0 ? 'Marta' : `Cliente ${i}`;
      lines.push(`01/02/2025, 10:${String(i % 60).padStart(2, '0')} - ${who}: mensagem ${i}`);
    }
    seen.length = 0;
    const report = backtestExport(parseChatExport(lines.join('\n')), config, { owner: 'Marta' });
    expect(report.authors).toHaveLength(50_001);
    expect(report.conversations).toHaveLength(50_000);
    expect(report.customerMessages).toBe(50_000);
    expect(Math.max(...seen.map((s) => s.history?.length ?? 0))).toBeLessThanOrEqual(10);
    seen.length = 0;
  }, 60_000);
});
