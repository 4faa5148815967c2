/**
 * Starts the content runtime in a real tab: loads the settings, follows their changes, listens
 * for the background's pushes, and stops cleanly when the content script is invalidated
 * (extension updated or reloaded). The entrypoints only pick the adapter.
 */
import { browser } from 'wxt/browser';
import { classify } from '../classifier';
import { logError } from '../log';
import { isTabMessage, sendMessage } from '../messaging';
import type { PlatformAdapter } from '../platforms/types';
import { loadSettings, watchSettings } from '../settings/store';
import { startContentRuntime } from './runtime';

export interface ScriptContext {
  signal: AbortSignal;
}

export async function startOnPage(adapter: PlatformAdapter, ctx: ScriptContext): Promise<void> {
  const settings = await loadSettings();
  if (ctx.signal.aborted) return;
  const runtime = startContentRuntime({
    adapter,
    doc: document,
    signal: ctx.signal,
    send: sendMessage,
    settings,
    classify,
    now: Date.now,
  });
  const unwatch = watchSettings((next) => {
    runtime.updateSettings(next);
  });
  const onMessage = (message: unknown) => {
    if (isTabMessage(message)) runtime.onTabMessage(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.signal.addEventListener('abort', () => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}

export function launch(adapter: PlatformAdapter, ctx: ScriptContext): void {
  startOnPage(adapter, ctx).catch((error: unknown) => {
    logError(`content:${adapter.platform}`, error);
  });
}
