/**
 * Loads a WhatsApp DOM fixture (tests/fixtures/dom/whatsapp/<name>.html) into the jsdom document
 * of the running test, replacing whatever the previous test left there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';
import type { OpenThread } from '@/lib/platforms/types';

const DIR = resolve(process.cwd(), 'tests/fixtures/dom/whatsapp') + '/';

export function fixtureHtml(name: string): string {
  return readFileSync(`${DIR}${name}.html`, 'utf8');
}

export function loadFixture(name: string): Document {
  document.body.innerHTML = fixtureHtml(name);
  return document;
}

export function fixtureNames(): string[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length));
}

/**
 * A fresh adapter (its own launch, never aborted) with whole-page reads for tests that look at
 * every row and every message: listRows is a read from scratch of the chat list, readMessages one
 * of the open conversation that never stops early.
 */
export function wholeAdapter(signal = new AbortController().signal) {
  const adapter = createWhatsappAdapter({ signal });
  return {
    ...adapter,
    listRows: (doc: Document) => [...adapter.readInbox(doc, undefined).rows],
    readMessages: (thread: OpenThread) => [
      ...adapter.readMessages(thread, { changes: undefined, stopAt: () => false, history: 0 })
        .messages,
    ],
  };
}
