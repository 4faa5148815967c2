// The content scripts' entry module (scripts/content-entry.ts), which wxt.config.ts puts in place
// of WXT's for the content scripts' build.
import { describe, expect, it } from 'vitest';
import { CONTENT_ENTRY, contentEntry } from '../../../scripts/content-entry';

const load = (id: string): unknown => {
  const hook = contentEntry.load;
  if (typeof hook !== 'function') throw new Error('load is not a function');
  return (hook as (id: string) => unknown).call(undefined, id);
};

describe('content script entry', () => {
  it('starts the script’s main once with its context, with no wrapper around it', () => {
    const code = String(load(`${CONTENT_ENTRY}/repo/entrypoints/whatsapp.content/index.ts`));
    expect(code).toContain('from "/repo/entrypoints/whatsapp.content/index.ts"');
    expect(code).toContain("from 'wxt/utils/content-script-context'");
    expect(code.match(/\.main\(/g)).toHaveLength(1);
    expect(code).toMatch(/\.main\(new ContentScriptContext\(/);
    // WXT's entry: an async function that catches and throws again, and the options spread out.
    expect(code).not.toMatch(/\b(async|try|catch|export)\b|\.\.\./);
  });

  it('runs before WXT’s plugins and leaves every other module to them', () => {
    expect(contentEntry.enforce).toBe('pre');
    expect(load('\0virtual:wxt-content-script-main-world-entrypoint?/repo/x.ts')).toBeNull();
    expect(load('/repo/entrypoints/whatsapp.content/index.ts')).toBeNull();
  });
});
