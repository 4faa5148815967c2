/**
 * The content scripts' context, built in place of WXT's own (wxt.config.ts points the content
 * scripts' import of `wxt/utils/content-script-context` here). The scripts use only its abort
 * signal (start.ts): it aborts when a newer copy of the same script starts in the page, as after
 * the extension was updated or reloaded, and everything the old copy started stops with it.
 *
 * A copy says it started with the event WXT's context uses (the same type and detail on the
 * document), so a copy built with either context stops the other. WXT's context also posts that
 * event's type (which holds the extension's id) to the page's own window for scripts built with
 * older WXT versions, none of which this extension shipped, and offers timers, a location watcher
 * and helpers the scripts never call: about 2.3 KB of each script, left out.
 */
import { browser } from 'wxt/browser';

/** What a starting copy says (WXT's shape). */
interface Started {
  contentScriptName?: string;
  messageId?: string;
}

export class ContentScriptContext {
  readonly signal: AbortSignal;

  constructor(name: string) {
    const stop = new AbortController();
    const id = Math.random().toString(36).slice(2);
    const type = `${browser.runtime.id}:${name}:wxt:content-script-started`;
    this.signal = stop.signal;
    document.dispatchEvent(
      new CustomEvent(type, { detail: { contentScriptName: name, messageId: id } }),
    );
    document.addEventListener(
      type,
      (event) => {
        const said = (event as CustomEvent<Started | null>).detail;
        if (said?.contentScriptName === name && said.messageId !== id) stop.abort();
      },
      { signal: stop.signal },
    );
  }
}
