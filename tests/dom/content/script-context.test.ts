// @vitest-environment jsdom
/**
 * The content scripts' own context (lib/content/script-context.ts, built in place of WXT's): its
 * signal aborts when a newer copy of the same script starts in the page, whichever of the two
 * contexts either copy was built with, and not for its own start or another script's; it posts
 * nothing to the page's window.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/content/script-context';

type Context = typeof import('wxt/utils/content-script-context').ContentScriptContext;
let WxtContext: Context;

beforeAll(async () => {
  // WXT's context names its event after the script being built (set by WXT's build).
  vi.stubEnv('ENTRYPOINT', 'instagram');
  ({ ContentScriptContext: WxtContext } = await import('wxt/utils/content-script-context'));
  vi.unstubAllEnvs();
});

describe('the content scripts’ context', () => {
  it('aborts when a newer copy of the same script starts, not at its own start', () => {
    const old = new ContentScriptContext('instagram');
    expect(old.signal.aborted).toBe(false);
    const other = new ContentScriptContext('whatsapp');
    expect(old.signal.aborted).toBe(false);
    const newer = new ContentScriptContext('instagram');
    expect(old.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
    expect(other.signal.aborted).toBe(false);
  });

  it('stops a copy built with WXT’s context, and is stopped by one', () => {
    const wxtOld = new WxtContext('instagram');
    const ours = new ContentScriptContext('instagram');
    expect(wxtOld.signal.aborted).toBe(true);
    expect(ours.signal.aborted).toBe(false);
    const wxtNewer = new WxtContext('instagram');
    expect(ours.signal.aborted).toBe(true);
    expect(wxtNewer.signal.aborted).toBe(false);
  });

  it('posts nothing to the page’s window (WXT’s posts the event, extension id included)', () => {
    const post = vi.spyOn(window, 'postMessage');
    const old = new ContentScriptContext('instagram');
    new ContentScriptContext('instagram');
    expect(old.signal.aborted).toBe(true);
    expect(post).not.toHaveBeenCalled();
    new WxtContext('instagram');
    expect(post).toHaveBeenCalledTimes(1);
  });
});
