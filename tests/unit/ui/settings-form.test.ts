import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/settings/defaults';
import { parseSettingsText } from '../../../lib/settings/validate';
import {
  cleanSettings,
  isSameSettings,
  knownTimeZones,
  linesToList,
  listToLines,
  settingsFileName,
  settingsFileText,
} from '../../../lib/ui/settings-form';

describe('lines', () => {
  it('round-trips what the owner types, blank lines included', () => {
    const text = 'refund\n\nbroken ';
    expect(listToLines(linesToList(text))).toBe(text);
  });
});

describe('cleanSettings', () => {
  it('drops blank and repeated phrases, empty FAQ entries and repeated dates', () => {
    const draft = defaultSettings();
    draft.triggers.complaint.add = [' refund ', '', 'refund', 'broken'];
    draft.knowledgeBase = [
      { question: '', answer: ' ' },
      { question: 'Do you ship?', answer: 'Yes' },
    ];
    draft.businessHours.closedDates = ['2026-12-25', '2026-01-01', '2026-12-25', ''];
    const clean = cleanSettings(draft);
    expect(clean.triggers.complaint.add).toEqual(['refund', 'broken']);
    expect(clean.knowledgeBase).toEqual([{ question: 'Do you ship?', answer: 'Yes' }]);
    expect(clean.businessHours.closedDates).toEqual(['2026-01-01', '2026-12-25']);
    expect(draft.triggers.complaint.add).toHaveLength(4); // the draft itself is untouched
  });
});

it('exports a file that imports back to the same settings', () => {
  const settings = defaultSettings();
  settings.businessName = 'Bolsas da Ilha';
  const result = parseSettingsText(settingsFileText(settings));
  expect(result.ok).toBe(true);
  expect(result.ok && isSameSettings(result.settings, settings)).toBe(true);
  expect(settingsFileName(Date.UTC(2026, 0, 2))).toBe('escalation-radar-settings-2026-01-02.json');
});

it('lists time zones', () => {
  expect(knownTimeZones()).toContain('America/Sao_Paulo');
});
