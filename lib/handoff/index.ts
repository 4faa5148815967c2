/**
 * The handoff drafter's public surface: draft a reply, compute a promise, check templates. Pure:
 * callers pass the clock and the settings.
 */
export { DEFAULT_TEMPLATES } from './default-templates';
export { draftHandoff, draftLang } from './draft';
export type { Draft, DraftSettings } from './draft';
export { findTemplateErrors, findTemplateProblem, validateTemplate } from './placeholders';
export type { TemplateProblem } from './placeholders';
export { computePromise, dueAtPhrase } from './promise';
