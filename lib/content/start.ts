/**
 * Starts the content runtime in a real tab: loads the settings, follows their changes, listens
 * for the background's pushes, and stops cleanly when the content script is invalidated
 * (extension updated or reloaded). The entrypoints only pick the adapter.
 */
import { browser } from 'wxt/browser';
import { createClassifier, isModelWeights, type ModelWeights } from '../classifier/core';
import { logError, logWarn } from '../log';
import { isTabMessage, sendMessage } from '../messaging';
import type { PlatformAdapter } from '../platforms/types';
import { loadSettings, watchSettings } from '../settings/store';
import { startContentRuntime } from './runtime';

export interface ScriptContext {
  signal: AbortSignal;
}

/**
 * The classifier's weights come from the background once per tab, so the content script's bundle
 * does not carry them. Without them the rules still classify (see lib/classifier/core.ts).
 */
async function fetchModel(): Promise<ModelWeights | null> {
  try {
    const model: unknown = await sendMessage('classifier:model', {});
    if (isModelWeights(model)) return model;
    logWarn('content', 'classifier weights were malformed; using the rules alone');
  } catch (error) {
    logWarn('content', 'classifier weights unavailable; using the rules alone', error);
  }
  return null;
}

export async function startOnPage(adapter: PlatformAdapter, ctx: ScriptContext): Promise<void> {
  const [settings, model] = await Promise.all([loadSettings(), fetchModel()]);
  if (ctx.signal.aborted) return;
  const classify = createClassifier(model);
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
