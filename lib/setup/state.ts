/**
 * Where the owner is with the welcome setup: not started or half done ('pending', with the step
 * reached), finished ('done') or skipped for now ('skipped'). Kept apart from the settings
 * document (it is not a setting and is never exported). Pure: reading and checking the value.
 */
export const SETUP_KEY = 'setup';

export const SETUP_STEPS = ['business', 'hours', 'faq', 'categories', 'try'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export type SetupStatus = 'pending' | 'done' | 'skipped';

export interface SetupState {
  status: SetupStatus;
  /** The step to come back to. */
  step: SetupStep;
}

export const FRESH_SETUP: SetupState = { status: 'pending', step: 'business' };

/** A stored value as SetupState; anything unreadable counts as a setup not started. */
export function readSetupState(value: unknown): SetupState {
  if (typeof value !== 'object' || value === null) return FRESH_SETUP;
  const { status, step } = value as Record<string, unknown>;
  const okStatus = status === 'pending' || status === 'done' || status === 'skipped';
  const okStep = SETUP_STEPS.find((s) => s === step);
  if (!okStatus) return FRESH_SETUP;
  return { status, step: okStep ?? 'business' };
}

export function stepIndex(step: SetupStep): number {
  return SETUP_STEPS.indexOf(step);
}
