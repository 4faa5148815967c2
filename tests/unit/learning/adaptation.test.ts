import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier/index';
import type { Category } from '@/lib/classifier/types';
import {
  EMPTY_ADAPTATION,
  MAX_VERDICTS,
  isAdaptation,
  learnAdaptation,
  messageFeatures,
  withAdaptation,
  type Verdict,
} from '@/lib/learning/index';
import { loadCorpus } from '../../../scripts/corpus/load';
import { loadShop, ownerVerdicts } from '../../../scripts/corpus/shop';
import { config, triggers } from '../classifier/helpers';

const cfg = config();
const base = (v: Verdict) => classify(v, cfg);
const learn = (verdicts: Verdict[]) => withAdaptation(classify, learnAdaptation(verdicts, base));
const cats = (fn: typeof classify, text: string): Category[] => fn({ text }, cfg).categories;

const DISMISSED = 'I want to speak to a manager, the cake was dry';
const MISSED = 'the loaf was still frozen in the middle when we cut it';

describe('learning from the owner: false alarms', () => {
  it('the shipped classifier flags the examples used below (precondition)', () => {
    expect(cats(classify, DISMISSED)).toContain('human_request');
    expect(cats(classify, MISSED)).toEqual([]);
  });

  it('one dismissal takes effect at once for the same wording and near wording', () => {
    const adapted = learn([{ text: DISMISSED, category: null }]);
    expect(adapted({ text: DISMISSED }, cfg)).toMatchObject({
      escalate: false,
      category: null,
      categories: [],
      reasons: [],
    });
    expect(cats(adapted, 'i want to speak to a manager the cake was dry!!')).toEqual([]);
    expect(cats(adapted, 'Hi! I want to speak to a manager, the cake was so dry 😡')).toEqual([]);
  });

  it('one dismissal never silences its category or its phrase family', () => {
    const adapted = learn([{ text: DISMISSED, category: null }]);
    for (const text of [
      'I want to speak to a manager about my order',
      'can I talk to a manager please',
      'I want to speak to a real person now',
    ]) {
      expect(cats(classify, text)).toContain('human_request');
      expect(cats(adapted, text)).toContain('human_request');
    }
    // Every human_request message of the corpus that the classifier flags stays flagged.
    const requests = loadCorpus().filter((r) => r.labels.includes('human_request'));
    const flagged = requests.filter((r) => classify(r, cfg).categories.includes('human_request'));
    expect(flagged.length).toBeGreaterThan(50);
    const still = flagged.filter((r) => adapted(r, cfg).categories.includes('human_request'));
    expect(still.length).toBe(flagged.length);
  });

  it('two dismissals sharing a phrase never silence that phrase family, nor the category', () => {
    const second = 'can I speak to a manager, my bread was stale yesterday';
    const adapted = learn([
      { text: DISMISSED, category: null },
      { text: second, category: null },
    ]);
    // Their own wording and near wording are quiet...
    expect(cats(adapted, DISMISSED)).toEqual([]);
    expect(cats(adapted, 'Can I speak to a manager? my bread was stale yesterday!')).toEqual([]);
    // ...but the phrase they share, said around other words, is still flagged.
    for (const text of [
      'I want to speak to a manager about my order',
      'let me speak to a manager',
      'I need to speak to a manager today, the cake was late',
      'can I talk to a manager please',
      'I want to speak to a real person now',
    ]) {
      expect(cats(classify, text)).toContain('human_request');
      expect(cats(adapted, text)).toContain('human_request');
    }
    // So is every human_request message of the corpus that the classifier flags.
    const flagged = loadCorpus().filter(
      (r) =>
        r.labels.includes('human_request') && classify(r, cfg).categories.includes('human_request'),
    );
    expect(flagged.length).toBeGreaterThan(50);
    expect(flagged.filter((r) => !adapted(r, cfg).categories.includes('human_request'))).toEqual(
      [],
    );
  });

  it('learns what the dismissed messages say around a phrase, not the phrase itself', () => {
    // The bakery's owner, on the first half of her messages: among others, "not needed" twice on
    // a regular café's standing order of 60 croissants, twice on happy tears ("cried"), twice on
    // a squashed box with a fine cake.
    const shop = loadShop();
    const verdicts = ownerVerdicts(shop.firstHalf, classify, shop.config);
    const adapted = withAdaptation(
      classify,
      learnAdaptation(verdicts, (v) => classify(v, shop.config)),
    );
    const shopCats = (fn: typeof classify, text: string) => fn({ text }, shop.config).categories;
    // The regular's new wording of the same standing order is quiet...
    const regular = "hi it's café aurora, usual order pls, 60 croissants for monday morning";
    expect(shopCats(classify, regular)).toEqual(['high_value']);
    expect(shopCats(adapted, regular)).toEqual([]);
    // ...while the same phrases from anyone else, or next to other words, are still flagged.
    for (const [text, category] of [
      ['We need 60 croissants for a company event on Friday', 'high_value'],
      ['60 croissants for tomorrow please', 'high_value'],
      ['my grandmother died last night and I cried for hours', 'emotional'],
      ['you wrote the wrong name on the cake', 'complaint'],
      ['I cried when I opened the box, the cake was completely smashed', 'complaint'],
    ] as const) {
      expect(shopCats(classify, text)).toContain(category);
      expect(shopCats(adapted, text)).toContain(category);
    }
  });
});

describe('learning from the owner: misses and corrections', () => {
  it('a missed message marked "needs me" is flagged with that category, and so is similar wording', () => {
    const adapted = learn([{ text: MISSED, category: 'complaint' }]);
    const same = adapted({ text: MISSED }, cfg);
    expect(same.escalate).toBe(true);
    expect(same.category).toBe('complaint');
    expect(same.reasons).toEqual(['complaint, like messages you marked as needing you']);
    expect(
      cats(adapted, 'Hello, the loaf was still frozen in the middle when we cut it 😕'),
    ).toEqual(['complaint']);
    // An unrelated routine message is not.
    expect(cats(adapted, 'can I order two loaves for Saturday?')).toEqual([]);
  });

  it('a corrected category replaces the one the classifier gave', () => {
    const text = 'my dog died this morning and the cake I ordered for him is useless now';
    const before = cats(classify, text);
    expect(before.length).toBeGreaterThan(0);
    const target: Category = before.includes('emotional') ? 'high_value' : 'emotional';
    const adapted = learn([{ text, category: target }]);
    expect(cats(adapted, text)).toEqual([target]);
  });

  it('the latest verdict on the same wording wins', () => {
    const adapted = learn([
      { text: MISSED, category: 'complaint' },
      { text: MISSED, category: null },
    ]);
    expect(cats(adapted, MISSED)).toEqual([]);
    const back = learn([
      { text: MISSED, category: null },
      { text: MISSED, category: 'complaint' },
    ]);
    expect(cats(back, MISSED)).toEqual(['complaint']);
  });

  it('a category the owner switched off stays off', () => {
    const adapted = learn([{ text: MISSED, category: 'complaint' }]);
    const off = config({ triggers: triggers({ complaint: { enabled: false } }) });
    expect(adapted({ text: MISSED }, off).escalate).toBe(false);
  });
});

describe('the adaptation itself', () => {
  it('without verdicts the classifier is returned unchanged', () => {
    expect(withAdaptation(classify, EMPTY_ADAPTATION)).toBe(classify);
    expect(withAdaptation(classify, null)).toBe(classify);
    expect(learnAdaptation([], base)).toEqual(EMPTY_ADAPTATION);
  });

  it('is deterministic and carries no readable text', () => {
    const verdicts: Verdict[] = [
      { text: DISMISSED, category: null },
      { text: MISSED, category: 'complaint' },
      { text: 'the bread was frozen inside again', category: 'complaint' },
    ];
    const a = learnAdaptation(verdicts, base);
    expect(learnAdaptation(verdicts, base)).toEqual(a);
    expect(JSON.stringify(a)).not.toMatch(/frozen|manager|bread/);
    expect(isAdaptation(JSON.parse(JSON.stringify(a)))).toBe(true);
  });

  it(`keeps only the newest ${MAX_VERDICTS} verdicts`, () => {
    const verdicts: Verdict[] = [{ text: MISSED, category: 'complaint' }];
    for (let i = 0; i < MAX_VERDICTS; i++)
      verdicts.push({ text: `order number ${i} for pickup`, category: null });
    const a = learnAdaptation(verdicts, base);
    expect(a.verdicts).toBe(MAX_VERDICTS);
    const missed = messageFeatures(MISSED).join(',');
    expect(a.examples.some((e) => e.f.join(',') === missed)).toBe(false);
    expect(cats(withAdaptation(classify, a), MISSED)).toEqual([]);
  });

  it('refuses malformed adaptations', () => {
    expect(isAdaptation(null)).toBe(false);
    expect(isAdaptation({ ...EMPTY_ADAPTATION, version: 2 })).toBe(false);
    expect(isAdaptation({ ...EMPTY_ADAPTATION, examples: [{ f: ['x'], c: 0 }] })).toBe(false);
    expect(isAdaptation({ ...EMPTY_ADAPTATION, examples: [{ f: [1], c: 9 }] })).toBe(false);
    expect(isAdaptation({ ...EMPTY_ADAPTATION, weights: [[1, [0, 0]]] })).toBe(false);
    expect(isAdaptation({ ...EMPTY_ADAPTATION, dismissed: ['speak to a manager'] })).toBe(false);
    // A layer stored before "dismissed" existed is still read.
    expect(isAdaptation({ version: 1, verdicts: 0, examples: [], weights: [] })).toBe(true);
  });
});
