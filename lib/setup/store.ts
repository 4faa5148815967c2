/**
 * The welcome setup's progress in browser.storage.local, next to (not inside) the settings.
 */
import { browser } from 'wxt/browser';
import { readSetupState, SETUP_KEY, type SetupState } from './state';

export async function loadSetupState(): Promise<SetupState> {
  const record = await browser.storage.local.get(SETUP_KEY);
  return readSetupState(record[SETUP_KEY]);
}

export async function saveSetupState(state: SetupState): Promise<void> {
  await browser.storage.local.set({ [SETUP_KEY]: state });
}

/** The welcome page's address, to open it from the background and link it from the options. */
export const WELCOME_PATH = '/welcome.html';
