/**
 * Bundle sizes of the Chrome build (.output/chrome-mv3) against the budgets in docs/design.md: content
 * scripts under 60 KB each and the popup under 100 KB, minified, before compression
 * (1 KB = 1,000 bytes, as the build prints them). A page counts its HTML plus every script and
 * stylesheet its HTML loads and every chunk those scripts import statically; chunks it imports
 * dynamically (loaded later, on demand) are listed apart. Options and background are shown for
 * reference. Run `npx wxt build` first.
 *   npx tsx scripts/bench/sizes.ts
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const BUILD = path.resolve(here, '../../.output/chrome-mv3');
const KB = 1000;

interface Manifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Build-relative path of a URL found in `from` (absolute "/x" is the extension root). */
function resolveIn(from: string, url: string): string {
  return url.startsWith('/') ? url.slice(1) : path.posix.join(path.posix.dirname(from), url);
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** The files a script loads: static imports (followed transitively) and dynamic ones. */
function scriptGraph(entry: string, seen: Set<string>, lazy: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(path.join(BUILD, entry), 'utf8');
  for (const m of code.matchAll(DYNAMIC_IMPORT)) if (m[1]) lazy.add(resolveIn(entry, m[1]));
  const withoutDynamic = code.replace(DYNAMIC_IMPORT, '');
  for (const m of withoutDynamic.matchAll(STATIC_IMPORT)) {
    if (m[1] && !m[1].startsWith('http')) scriptGraph(resolveIn(entry, m[1]), seen, lazy);
  }
}

/** An HTML page and everything it loads up front, plus its lazily imported chunks. */
function pageFiles(html: string): { files: string[]; lazy: string[] } {
  const text = readFileSync(path.join(BUILD, html), 'utf8');
  const files = new Set<string>([html]);
  const lazy = new Set<string>();
  for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    if (m[1]) scriptGraph(resolveIn(html, m[1]), files, lazy);
  }
  for (const m of text.matchAll(
    /<link\b[^>]*\brel="(stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g,
  )) {
    if (!m[2]) continue;
    const file = resolveIn(html, m[2]);
    if (m[1] === 'modulepreload') scriptGraph(file, files, lazy);
    else files.add(file);
  }
  return { files: [...files], lazy: [...lazy].filter((f) => !files.has(f)) };
}

function bytes(file: string): number {
  return statSync(path.join(BUILD, file)).size;
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(path.join(BUILD, file))).length;
}

interface Entry {
  name: string;
  files: string[];
  lazy: string[];
  budgetKb?: number;
}

export function run(): Promise<void> {
  if (!existsSync(path.join(BUILD, 'manifest.json'))) {
    console.log(`sizes skipped: no build at ${BUILD} (run \`npx wxt build\`)`);
    return Promise.resolve();
  }
  const manifest = JSON.parse(readFileSync(path.join(BUILD, 'manifest.json'), 'utf8')) as Manifest;
  const entries: Entry[] = [];
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js ?? []) {
      const seen = new Set<string>();
      const lazy = new Set<string>();
      scriptGraph(js, seen, lazy);
      entries.push({
        name: `content ${path.basename(js, '.js')}`,
        files: [...seen, ...(cs.css ?? [])],
        lazy: [...lazy],
        budgetKb: 60,
      });
    }
  }
  const popup = manifest.action?.default_popup;
  if (popup) entries.push({ name: 'popup', ...pageFiles(popup), budgetKb: 100 });
  const options = manifest.options_ui?.page;
  if (options) entries.push({ name: 'options', ...pageFiles(options) });
  const sw = manifest.background?.service_worker;
  if (sw) {
    const seen = new Set<string>();
    const lazy = new Set<string>();
    scriptGraph(sw, seen, lazy);
    entries.push({ name: 'background', files: [...seen], lazy: [...lazy] });
  }

  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  console.log(`bundle sizes, ${path.relative(process.cwd(), BUILD)} (minified, 1 KB = 1000 B)`);
  console.log(
    `  ${'entry'.padEnd(20)} ${'bytes'.padStart(9)} ${'size'.padStart(10)} ${'gzip'.padStart(10)}  ${'budget'.padEnd(9)} result`,
  );
  for (const e of entries) {
    const total = e.files.reduce((s, f) => s + bytes(f), 0);
    const gz = e.files.reduce((s, f) => s + gzipBytes(f), 0);
    const budget = e.budgetKb === undefined ? '-' : `< ${e.budgetKb} KB`;
    const result = e.budgetKb === undefined ? '' : total < e.budgetKb * KB ? 'OK' : 'OVER';
    console.log(
      `  ${e.name.padEnd(20)} ${String(total).padStart(9)} ${kb(total).padStart(10)} ${kb(gz).padStart(10)}  ${budget.padEnd(9)} ${result}`,
    );
    if (e.files.length > 1 || e.lazy.length > 0) {
      for (const f of e.files) console.log(`      ${kb(bytes(f)).padStart(10)}  ${f}`);
      for (const f of e.lazy)
        console.log(`      ${kb(bytes(f)).padStart(10)}  ${f} (dynamic import, not counted)`);
    }
  }
  return Promise.resolve();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
