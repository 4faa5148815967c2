/**
 * First install: the welcome page opens by itself, once, with the setup marked as not started.
 * Updates and browser restarts open nothing.
 */
import { browser } from 'wxt/browser';
import { FRESH_SETUP, SETUP_KEY } from '../setup/state';
import { saveSetupState, WELCOME_PATH } from '../setup/store';

export async function onInstalled(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  const stored = await browser.storage.local.get(SETUP_KEY);
  if (stored[SETUP_KEY] === undefined) await saveSetupState(FRESH_SETUP);
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}
