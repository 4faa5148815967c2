/**
 * Starts the content runtime in a real tab: loads the settings, follows their changes, listens
 * for the background's pushes, and stops cleanly when the content script is invalidated
 * (extension updated or reloaded). The entrypoints only pick the adapter.
 */
import { browser } from 'wxt/browser';
import { createClassifier, isModelWeights, type ModelWeights } from '../classifier/core';
import type { Classifier } from '../classifier/core';
import { withAdaptation } from '../learning/adapt';
import { isAdaptation, type Adaptation } from '../learning/types';
import { logError, logWarn } from '../log';
import { isLearningChanged, isTabMessage, sendMessage } from '../messaging';
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

/** What was learned from the owner's verdicts, from the background; null: nothing (yet). */
async function fetchAdaptation(): Promise<Adaptation | null> {
  try {
    const adaptation: unknown = await sendMessage('learning:model', {});
    if (isAdaptation(adaptation)) return adaptation;
    logWarn('content', 'learned adaptation was malformed; classifying without it');
  } catch (error) {
    logWarn('content', 'learned adaptation unavailable; classifying without it', error);
  }
  return null;
}

export async function startOnPage(adapter: PlatformAdapter, ctx: ScriptContext): Promise<void> {
  const [settings, model, adaptation] = await Promise.all([
    loadSettings(),
    fetchModel(),
    fetchAdaptation(),
  ]);
  if (ctx.signal.aborted) return;
  const shipped = createClassifier(model);
  // Replaced when the owner's verdicts change (learning:changed); the runtime calls through it.
  let current: Classifier = withAdaptation(shipped, adaptation);
  const runtime = startContentRuntime({
    adapter,
    doc: document,
    signal: ctx.signal,
    send: sendMessage,
    settings,
    classify: (input, config) => current(input, config),
    now: Date.now,
  });
  const unwatch = watchSettings((next) => {
    runtime.updateSettings(next);
  });
  const onMessage = (message: unknown) => {
    if (isTabMessage(message)) runtime.onTabMessage(message);
    else if (isLearningChanged(message)) {
      void fetchAdaptation().then((next) => {
        current = withAdaptation(shipped, next);
      });
    }
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
