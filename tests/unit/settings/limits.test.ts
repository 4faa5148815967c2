import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import {
  LIST_LIMITS,
  MAX_PROBLEMS,
  MAX_SETTINGS_CHARS,
  parseSettingsDocument,
  parseSettingsText,
} from '@/lib/settings/validate';

function problemsOf(result: ReturnType<typeof parseSettingsDocument>) {
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems;
}

describe('settings import limits', () => {
  it('a file over the size limit is refused before it is parsed, naming the limit', () => {
    const text = JSON.stringify({ businessName: 'x', pad: ' '.repeat(MAX_SETTINGS_CHARS) });
    const parse = vi.spyOn(JSON, 'parse');
    const [problem, ...rest] = problemsOf(parseSettingsText(text));
    expect(parse).not.toHaveBeenCalled();
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      path: 'settings',
      code: 'file_too_large',
      limit: MAX_SETTINGS_CHARS,
    });
  });

  it('200,000 invalid FAQ entries: one problem naming the list and its limit', () => {
    const knowledgeBase = Array.from({ length: 200_000 }, () => ({ question: 42 }));
    const problems = problemsOf(parseSettingsDocument({ knowledgeBase }));
    expect(problems).toEqual([
      {
        path: 'knowledgeBase',
        code: 'too_many_items',
        limit: LIST_LIMITS.knowledgeBase,
        found: 200_000,
        message: `knowledgeBase: at most ${LIST_LIMITS.knowledgeBase} entries, got 200000`,
      },
    ]);
  });

  it.each([
    ['triggers.complaint.add', { triggers: { complaint: { add: Array(101).fill('a') } } }],
    ['triggers.emotional.mute', { triggers: { emotional: { mute: Array(101).fill('a') } } }],
    [
      'businessHours.closedDates',
      { businessHours: { closedDates: Array(401).fill('2026-01-01') } },
    ],
  ])('%s has a limit', (path, document) => {
    expect(problemsOf(parseSettingsDocument(document))).toEqual([
      expect.objectContaining({ path, code: 'too_many_items' }),
    ]);
  });

  it('lists at their limits are accepted', () => {
    const result = parseSettingsDocument({
      knowledgeBase: Array.from({ length: LIST_LIMITS.knowledgeBase }, (_, i) => ({
        question: `q${i}?`,
        answer: 'a',
      })),
      triggers: {
        complaint: { add: Array.from({ length: LIST_LIMITS.phrases }, (_, i) => `p${i}`) },
      },
    });
    expect(result.ok).toBe(true);
  });

  it('many wrong fields: at most MAX_PROBLEMS are listed, the rest counted', () => {
    const add = Array.from({ length: LIST_LIMITS.phrases }, () => 42);
    const triggers = Object.fromEntries(
      ['complaint', 'high_value', 'knowledge_gap', 'emotional', 'human_request'].map((c) => [
        c,
        { add, mute: add },
      ]),
    );
    const problems = problemsOf(parseSettingsDocument({ triggers }));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toMatchObject({
      code: 'too_many_problems',
      message: `and ${1000 - MAX_PROBLEMS} more problems`,
    });
  });

  it('every problem carries a field path and a code, and its message names the field', () => {
    const problems = problemsOf(
      parseSettingsDocument({
        ownerName: 7,
        typo: 1,
        businessHours: { week: { mon: { open: '18:00', close: '09:00' } } },
        templates: { complaint: { en: 'Hi {name}' } },
      }),
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['typo', 'unknown_field'],
      ['ownerName', 'expected_text'],
      ['businessHours.week.mon', 'closes_before_opens'],
      ['templates.complaint.en', 'invalid_template'],
    ]);
    for (const p of problems) expect(p.message.startsWith(p.path)).toBe(true);
  });
});

describe('storing settings', () => {
  it('a storage failure (quota) is returned as a problem, not thrown or swallowed', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const result = await saveSettings({ ownerName: 'Lucía' });
    expect(result).toMatchObject({
      ok: false,
      errors: ['the settings could not be stored: QUOTA_BYTES quota exceeded'],
      problems: [{ path: 'settings', code: 'storage_failed' }],
    });
    expect((await loadSettings()).ownerName).toBe('');
  });
});
