import type { Plugin } from 'vite';

/**
 * Each content script's entry, in place of WXT's: WXT's wraps the script's `main` in an async
 * function that catches what it throws, logs it (in development builds only) and throws it again,
 * and hands `main` the definition's other options, which only the manifest uses. The scripts catch
 * what they start themselves (`launch`, lib/content/start.ts), so this entry only starts the
 * script with its context (about 90 B less in each script). wxt.config.ts adds it to the content
 * scripts' build, before WXT's own plugins.
 */
/** How WXT names a content script's entry module, followed by the script's own file. */
export const CONTENT_ENTRY = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
export const contentEntry: Plugin = {
  name: 'radar:content-entry',
  enforce: 'pre',
  load(id) {
    if (!id.startsWith(CONTENT_ENTRY)) return null;
    return [
      `import definition from ${JSON.stringify(id.slice(CONTENT_ENTRY.length))};`,
      `import { ContentScriptContext } from 'wxt/utils/content-script-context';`,
      'definition.main(new ContentScriptContext(import.meta.env.ENTRYPOINT));',
    ].join('\n');
  },
};
