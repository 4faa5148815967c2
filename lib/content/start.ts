/**
 * Starts the content runtime in a real tab: reads the one setting the tab needs, follows its
 * changes, listens for the background's pushes, and stops cleanly when the content script is
 * invalidated (extension updated or reloaded). The entrypoints only pick the adapter. The tab
 * does not classify: the background does, with the shipped model and what it learned from the
 * owner (candidates:classify).
 */
import { browser } from 'wxt/browser';
import { logError } from '../log';
import { isTabMessage, sendMessage } from '../messaging';
import type { PlatformAdapter } from '../platforms/types';
import { startContentRuntime } from './runtime';
import { loadContentSettings, watchContentSettings } from './settings';

export interface ScriptContext {
  signal: AbortSignal;
}

export async function startOnPage(adapter: PlatformAdapter, ctx: ScriptContext): Promise<void> {
  const settings = await loadContentSettings();
  if (ctx.signal.aborted) return;
  const runtime = startContentRuntime({
    adapter,
    doc: document,
    signal: ctx.signal,
    send: sendMessage,
    settings,
    now: Date.now,
  });
  const unwatch = watchContentSettings((next) => {
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
