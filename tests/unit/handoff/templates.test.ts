import { describe, expect, it } from 'vitest';
import { CATEGORIES, LANGS } from '../../../lib/classifier/types';
import { DEFAULT_TEMPLATES, findTemplateErrors, validateTemplate } from '../../../lib/handoff';

describe('validateTemplate', () => {
  it.each([
    ['Hi {customer}, {owner} of {business} replies {promise}.'],
    ['No placeholders at all is fine.'],
    ['Line one\nline two {promise}'],
  ])('accepts %j', (text) => {
    expect(validateTemplate(text)).toBeNull();
  });

  it.each([
    ['Hi {nmae}', 'unknown placeholder {nmae}; use {customer}, {owner}, {business} or {promise}'],
    [
      'Oi {nome}, {dono} responde',
      'unknown placeholders {nome}, {dono}; use {customer}, {owner}, {business} or {promise}',
    ],
    [
      'Hi {Customer}',
      'unknown placeholder {Customer}; use {customer}, {owner}, {business} or {promise}',
    ],
    ['Hi {}', 'unknown placeholder {}; use {customer}, {owner}, {business} or {promise}'],
    ['Hi {customer', 'a brace without its partner; placeholders look like {customer}'],
    ['  \n', 'the template is empty'],
  ])('refuses %j', (text, message) => {
    expect(validateTemplate(text)).toBe(message);
  });
});

describe('findTemplateErrors', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(findTemplateErrors(DEFAULT_TEMPLATES)).toEqual([]);
  });

  it('names the path of every bad template', () => {
    const templates = structuredClone(DEFAULT_TEMPLATES);
    templates.complaint.pt = 'Oi {nome}';
    templates.high_value.es = '';
    expect(findTemplateErrors(templates)).toEqual([
      'templates.complaint.pt: unknown placeholder {nome}; use {customer}, {owner}, {business} or {promise}',
      'templates.high_value.es: the template is empty',
    ]);
  });
});

describe('DEFAULT_TEMPLATES', () => {
  it.each(CATEGORIES.flatMap((c) => LANGS.map((l) => [c, l] as const)))(
    '%s.%s greets, promises and names the owner',
    (category, lang) => {
      const text = DEFAULT_TEMPLATES[category][lang];
      expect(text).toContain('{customer}');
      expect(text).toContain('{owner}');
      expect(text).toContain('{promise}');
      expect(text.length).toBeLessThan(280);
    },
  );
});
