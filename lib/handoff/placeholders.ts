/**
 * The placeholders a reply template may use ({customer}, {owner}, {business}, {promise}), the check
 * that refuses a template with anything else in braces, and the filling of a template. Filling
 * removes an empty {customer} together with the comma or space before it ("Hi {customer}," → "Hi,",
 * "¡Hola, {customer}!" → "¡Hola!") and capitalises a value that starts a sentence.
 */
import { CATEGORIES, LANGS } from '../classifier/types';
import type { TemplateSet } from '../settings/types';

export const PLACEHOLDERS = ['customer', 'owner', 'business', 'promise'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

const KNOWN = new Set<string>(PLACEHOLDERS);
const USE = 'use {customer}, {owner}, {business} or {promise}';

/** What is wrong with a template, as a code the pages translate; `names` lists unknown placeholders. */
export type TemplateProblem =
  | { code: 'template_empty' }
  | { code: 'template_unknown'; names: string[] }
  | { code: 'template_brace' };

/** null when the template is usable. */
export function findTemplateProblem(text: string): TemplateProblem | null {
  if (text.trim() === '') return { code: 'template_empty' };
  const unknown: string[] = [];
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1] ?? '';
    if (!KNOWN.has(name) && !unknown.includes(`{${name}}`)) unknown.push(`{${name}}`);
  }
  if (unknown.length > 0) return { code: 'template_unknown', names: unknown };
  const stray = text.replace(/\{[^{}]*\}/g, '').search(/[{}]/);
  if (stray >= 0) return { code: 'template_brace' };
  return null;
}

/** null when the template is usable; otherwise a message in English (the CLI and the file checks). */
export function validateTemplate(text: string): string | null {
  const problem = findTemplateProblem(text);
  if (problem === null) return null;
  switch (problem.code) {
    case 'template_empty':
      return 'the template is empty';
    case 'template_unknown':
      return `unknown placeholder${problem.names.length > 1 ? 's' : ''} ${problem.names.join(', ')}; ${USE}`;
    case 'template_brace':
      return 'a brace without its partner; placeholders look like {customer}';
  }
}

/** Every problem in a template set, each starting with its path ("templates.complaint.pt: …"). */
export function findTemplateErrors(templates: TemplateSet): string[] {
  const errors: string[] = [];
  for (const category of CATEGORIES) {
    for (const lang of LANGS) {
      const problem = validateTemplate(templates[category][lang]);
      if (problem) errors.push(`templates.${category}.${lang}: ${problem}`);
    }
  }
  return errors;
}

function startsSentence(before: string): boolean {
  const trimmed = before.replace(/[^\S\n]+$/, '');
  return trimmed === '' || /[.!?\n¡¿]$/.test(trimmed);
}

function capitalise(value: string): string {
  return value.charAt(0).toLocaleUpperCase() + value.slice(1);
}

/** Fills a template that passed validateTemplate; values are used as given (no escaping needed). */
export function fillTemplate(template: string, values: PlaceholderValues): string {
  let text = template;
  if (values.customer === '') {
    text = text.replace(/,?[^\S\n]*\{customer\}/g, '').replace(/^[^\S\n]*,[^\S\n]*/gm, '');
  }
  return text
    .replace(/\{(customer|owner|business|promise)\}/g, (_m, name: Placeholder, offset: number) => {
      const value = values[name];
      return startsSentence(text.slice(0, offset)) ? capitalise(value) : value;
    })
    .replace(/^\p{Ll}/gmu, (c) => c.toLocaleUpperCase());
}
