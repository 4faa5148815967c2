/**
 * Loads a WhatsApp DOM fixture (tests/fixtures/dom/whatsapp/<name>.html) into the jsdom document
 * of the running test, replacing whatever the previous test left there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

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
