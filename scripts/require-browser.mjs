// Fails loudly (instead of skipping) when the browser an end-to-end suite needs is missing, or
// (Firefox) older than the version the manifest requires.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Compares dotted version numbers ("140.3.0" < "142.0"); missing parts count as 0. */
function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

const which = process.argv[2];
const paths = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
const path = paths[which];
if (!path) {
  console.error(`usage: require-browser.mjs chromium|firefox`);
  process.exit(2);
}
if (!existsSync(path)) {
  const pkg = which === 'chromium' ? 'chromium' : 'firefox-esr';
  console.error(
    `\nEnd-to-end tests need ${which} at ${path}, and it is missing.\n` +
      `Install it with:  sudo apt-get install -y ${pkg}\n` +
      `or point ${which === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} at an installed binary.\n`,
  );
  process.exit(1);
}
if (which === 'firefox') {
  // The manifest's minimum (strict_min_version, declared in wxt.config.ts): an older Firefox
  // refuses to install the extension, so every Firefox test would fail without saying why.
  const config = readFileSync('wxt.config.ts', 'utf8');
  const needed = /strict_min_version:\s*'([\d.]+)'/.exec(config)?.[1];
  let output;
  try {
    output = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  } catch (error) {
    output = String(error?.stdout ?? '');
  }
  const found = /(\d+(?:\.\d+)+)/.exec(output)?.[1];
  if (needed && (!found || compareVersions(found, needed) < 0)) {
    console.error(
      `\nEnd-to-end tests need Firefox ${needed} or later (the manifest's strict_min_version), ` +
        `and ${path} is ${found ? `version ${found}` : 'of an unknown version'}.\n` +
        `Upgrade it with:  sudo apt-get update && sudo apt-get install -y --only-upgrade firefox-esr\n` +
        `or point FIREFOX_PATH at Firefox ${needed} or later.\n`,
    );
    process.exit(1);
  }
  console.log(
    `firefox-esr ${found ?? '(version unknown)'} at ${path} (the manifest needs ${needed} or later)`,
  );
}
if (!existsSync(`.output/${which === 'chromium' ? 'chrome-mv3' : 'firefox-mv2'}/manifest.json`)) {
  console.error(`\nThe extension is not built: run "npm run build" first.\n`);
  process.exit(1);
}
