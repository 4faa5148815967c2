// Fails loudly (instead of skipping) when the browser an end-to-end suite needs is missing.
import { existsSync } from 'node:fs';

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
if (!existsSync(`.output/${which === 'chromium' ? 'chrome-mv3' : 'firefox-mv2'}/manifest.json`)) {
  console.error(`\nThe extension is not built: run "npm run build" first.\n`);
  process.exit(1);
}
