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
import { config, triggers } from '../classifier/helpers';

const cfg = config();
const base = (v: Verdict): Category[] => classify(v, cfg).categories;
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

  it('two dismissals sharing a phrase may generalise to that phrase, never to the category', () => {
    const adapted = learn([
      { text: DISMISSED, category: null },
      { text: 'can I speak to a manager, my bread was stale yesterday', category: null },
    ]);
    const others = loadCorpus().filter(
      (r) =>
        r.labels.includes('human_request') &&
        !/manager|speak/i.test(r.text) &&
        classify(r, cfg).categories.includes('human_request'),
    );
    expect(others.length).toBeGreaterThan(50);
    expect(others.filter((r) => !adapted(r, cfg).categories.includes('human_request'))).toEqual([]);
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
  });
});
