/**
 * Instagram thread-row content fingerprint in real Chromium: what the row cache now builds for a
 * row it has not seen (text plus the attributes the row reader looks at) against serialising the
 * row's whole markup, over every row of the link-less inbox fixture, repeated. Prints µs per row.
 *
 *   npx tsx scripts/bench/row-fingerprint.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const FIXTURES = ['inbox-2026-buttonrows', 'inbox-2026-links', 'combined-2026'];
const ROUNDS = 500;
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

async function cacheModule(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'lib/platforms/instagram/thread-row-cache.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'RowCache',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

interface Timing {
  rows: number;
  targeted: number;
  outer: number;
  targetedChars: number;
  outerChars: number;
}

export async function run(): Promise<void> {
  const script = await cacheModule();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage();
    console.log('Instagram row content fingerprint (Chromium, µs per row, lower is better)');
    console.log(
      '| fixture | rows | targeted µs | outerHTML µs | key chars (targeted / outerHTML) |',
    );
    console.log('|---|---|---|---|---|');
    for (const name of FIXTURES) {
      const html = readFileSync(
        path.join(root, `tests/fixtures/dom/instagram/${name}.html`),
        'utf8',
      );
      await page.setContent(html);
      await page.addScriptTag({ content: script });
      // tsx keeps function names with a helper the page does not have.
      await page.addScriptTag({ content: 'window.__name = (f) => f;' });
      const t = await page.evaluate((rounds: number): Timing => {
        const api = (window as unknown as { RowCache: { contentFingerprint(el: Element): string } })
          .RowCache;
        const rows = [
          ...document.querySelectorAll(
            '[aria-label="Thread list"] [role="button"], [aria-label="Thread list"] a',
          ),
        ];
        let sink = 0;
        const targetedRun = () => {
          const t0 = performance.now();
          for (let i = 0; i < rounds; i++)
            for (const row of rows) sink += api.contentFingerprint(row).length;
          return performance.now() - t0;
        };
        const outerRun = () => {
          const t0 = performance.now();
          for (let i = 0; i < rounds; i++)
            for (const row of rows)
              sink += (row.getAttribute('href') ?? '').length + row.outerHTML.length;
          return performance.now() - t0;
        };
        // Alternating repetitions, the median of each (the machine is shared).
        const a: number[] = [];
        const b: number[] = [];
        for (let rep = 0; rep < 7; rep++) {
          a.push(targetedRun());
          b.push(outerRun());
        }
        const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
        const t1 = median(a);
        const t2 = median(b);
        const n = rows.length * rounds;
        return {
          rows: rows.length,
          targeted: (t1 * 1000) / n,
          outer: (t2 * 1000) / n,
          targetedChars:
            rows.reduce((s, r) => s + api.contentFingerprint(r).length, 0) / rows.length +
            (sink > 0 ? 0 : 1),
          outerChars: rows.reduce((s, r) => s + r.outerHTML.length, 0) / rows.length,
        };
      }, ROUNDS);
      console.log(
        `| ${name} | ${t.rows} | ${t.targeted.toFixed(2)} | ${t.outer.toFixed(2)} | ${Math.round(t.targetedChars)} / ${Math.round(t.outerChars)} |`,
      );
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
