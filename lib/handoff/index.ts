/**
 * The handoff drafter's public surface: draft a reply, compute a promise, check templates. Pure:
 * callers pass the clock and the settings.
 */
export { DEFAULT_TEMPLATES } from './default-templates';
export { draftHandoff, draftLang, firstName } from './draft';
export type { Draft, DraftInput, DraftSettings } from './draft';
export {
  PLACEHOLDERS,
  fillTemplate,
  findTemplateErrors,
  findTemplateProblem,
  validateTemplate,
} from './placeholders';
export type { TemplateProblem } from './placeholders';
export type { Placeholder, PlaceholderValues } from './placeholders';
export { HORIZON_DAYS, computePromise } from './promise';
export type { HandoffPromise } from './promise';
