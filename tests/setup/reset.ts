import { readFileSync } from 'node:fs';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeEvent } from '../shared/fake-port';

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Catalogue;

/** browser.i18n.getMessage over the English catalogue, as the browser would answer it. */
function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = english[name];
  if (!entry) return '';
  const subs = [substitutions ?? []].flat();
  return entry.message
    .replace(
      /\$([A-Za-z0-9_]+)\$/g,
      (_, key: string) => entry.placeholders?.[key.toLowerCase()]?.content ?? '',
    )
    .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser leaves runtime.onConnect unimplemented: an event the tests fire themselves.
  Object.assign(fakeBrowser.runtime, { onConnect: fakeEvent() });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});
