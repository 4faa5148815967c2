// What the end-to-end tests serve at the real hostnames, shared by the Chromium and Firefox suites.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../../..');
export const chromeBuild = path.join(root, '.output/chrome-mv3');
export const firefoxBuild = path.join(root, '.output/firefox-mv2');

export const pages = {
  whatsapp: path.join(root, 'tests/fixtures/pages/whatsapp.html'),
  instagram: path.join(root, 'tests/fixtures/pages/instagram.html'),
} as const;

export function pageHtml(site: keyof typeof pages): string {
  return readFileSync(pages[site], 'utf8');
}

/** Which fixture page answers a URL, if any: the two sites only. */
export function siteFor(url: string): keyof typeof pages | undefined {
  if (url.startsWith('https://web.whatsapp.com/')) return 'whatsapp';
  if (url.startsWith('https://www.instagram.com/')) return 'instagram';
  return undefined;
}

export const GECKO_ID = 'escalation-radar@escalation-radar.example';
export const FIREFOX_UUID = '5b0e1c2a-7d3f-4e6a-9b1c-2d3e4f5a6b7c';
