// The welcome setup's pure parts: the stored progress, the FAQ examples, what a skipped setup
// leaves, and the "try a message" verdict with its draft.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier';
import { LANGS } from '../../../lib/classifier/types';
import { defaultSettings } from '../../../lib/settings/defaults';
import { parseSettingsDocument } from '../../../lib/settings/validate';
import { addFaqExamples, FAQ_EXAMPLES, SAMPLE_MESSAGES } from '../../../lib/setup/examples';
import { FRESH_SETUP, readSetupState } from '../../../lib/setup/state';
import { tryMessage } from '../../../lib/setup/try-message';

const NOW = Date.UTC(2026, 2, 10, 11, 0); // a Tuesday, 11:00 UTC

describe('setup state', () => {
  it('reads a stored state and treats anything else as not started', () => {
    expect(readSetupState({ status: 'skipped', step: 'faq' })).toEqual({
      status: 'skipped',
      step: 'faq',
    });
    expect(readSetupState({ status: 'done', step: 'nowhere' })).toEqual({
      status: 'done',
      step: 'business',
    });
    expect(readSetupState(undefined)).toEqual(FRESH_SETUP);
    expect(readSetupState({ status: 'finished' })).toEqual(FRESH_SETUP);
  });
});

describe('FAQ examples', () => {
  it.each(LANGS)('in %s are valid settings and are added once', (lang) => {
    const once = addFaqExamples([], FAQ_EXAMPLES[lang]);
    expect(once).toHaveLength(FAQ_EXAMPLES[lang].length);
    const twice = addFaqExamples(once, FAQ_EXAMPLES[lang]);
    expect(twice).toEqual(once);
    expect(parseSettingsDocument({ knowledgeBase: twice }).ok).toBe(true);
  });

  it("keeps the owner's own entries and skips an example already there in other spacing", () => {
    const own = [{ question: '  do you DELIVER?  how much is delivery? ', answer: 'Yes, €3.' }];
    const merged = addFaqExamples(own, FAQ_EXAMPLES.en);
    expect(merged[0]).toEqual(own[0]);
    expect(merged.filter((e) => /deliver/i.test(e.question))).toHaveLength(1);
  });

  const uncovered = {
    en: 'Do you have gluten-free bread?',
    pt: 'Vocês têm pão sem glúten?',
    es: '¿Tienen pan sin gluten?',
  } as const;

  it.each(LANGS)(
    'in %s answer the opening-hours sample; a question they do not cover is flagged',
    (lang) => {
      const settings = { ...defaultSettings('UTC'), knowledgeBase: [...FAQ_EXAMPLES[lang]] };
      const routine = SAMPLE_MESSAGES[lang][0] ?? '';
      expect(tryMessage(routine, settings, NOW, classify)?.result.escalate).toBe(false);
      const gap = tryMessage(uncovered[lang], settings, NOW, classify);
      expect(gap?.result.category).toBe('knowledge_gap');
    },
  );
});

describe('without an FAQ', () => {
  it('routine questions stay quiet and a request for a person is flagged', () => {
    const settings = defaultSettings('UTC');
    expect(tryMessage('Are you open on Sunday?', settings, NOW, classify)?.result.escalate).toBe(
      false,
    );
    const person = tryMessage('Can I talk to a real person please?', settings, NOW, classify);
    expect(person?.result.category).toBe('human_request');
  });
});

describe('try a message', () => {
  it('says nothing for an empty box', () => {
    expect(tryMessage('   ', defaultSettings('UTC'), NOW, classify)).toBeUndefined();
  });

  it.each([
    ['en', 1, 'human_request', /Marta/],
    ['pt', 2, 'complaint', /Marta/],
    ['es', 3, 'high_value', /Marta/],
  ] as const)(
    'flags the %s sample %i as %s and drafts the reply in that language, signed by the owner',
    (lang, index, category, signature) => {
      const settings = {
        ...defaultSettings('Europe/Madrid'),
        ownerName: 'Marta',
        businessName: 'Forno Azul',
        knowledgeBase: [...FAQ_EXAMPLES[lang]],
      };
      const outcome = tryMessage(
        SAMPLE_MESSAGES[lang][index] ?? '',
        settings,
        NOW,
        classify,
        'Ana',
      );
      expect(outcome?.result.category).toBe(category);
      expect(outcome?.result.lang).toBe(lang);
      expect(outcome?.draft?.lang).toBe(lang);
      expect(outcome?.draft?.text).toMatch(signature);
      expect(outcome?.draft?.text).toContain(outcome?.draft?.promise ?? '∅');
    },
  );
});

describe('fresh defaults', () => {
  it("use the time zone they are given, and the runtime's own by default", () => {
    expect(defaultSettings('America/Sao_Paulo').businessHours.timeZone).toBe('America/Sao_Paulo');
    expect(defaultSettings().businessHours.timeZone).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });
});
