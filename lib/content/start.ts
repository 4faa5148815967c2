/**
 * Starts the content runtime in a real tab: listens for the background's pushes, and stops
 * cleanly when the content script is invalidated (extension updated or reloaded). The entrypoints
 * only pick the adapter. The tab neither classifies nor reads the settings: the background
 * classifies its new messages with the shipped model, what it learned from the owner and the
 * owner's settings (candidates:classify), and words the marks and the banner (escalation:listOpen).
 */
import { browser } from 'wxt/browser';
import { logError } from '../log';
import { isTabMessage, portMessenger } from '../messaging';
import type { PlatformAdapter } from '../platforms/types';
import { startContentRuntime } from './runtime';

export interface ScriptContext {
  signal: AbortSignal;
}

export function startOnPage(adapter: PlatformAdapter, ctx: ScriptContext): void {
  if (ctx.signal.aborted) return;
  const runtime = startContentRuntime({
    adapter,
    doc: document,
    signal: ctx.signal,
    send: portMessenger(ctx.signal),
    now: Date.now,
  });
  const onMessage = (message: unknown) => {
    if (isTabMessage(message)) runtime.onTabMessage(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
  });
}

export function launch(adapter: PlatformAdapter, ctx: ScriptContext): void {
  try {
    startOnPage(adapter, ctx);
  } catch (error) {
    logError(`content:${adapter.platform}`, error);
  }
}
