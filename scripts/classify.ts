/**
 * `npm run --silent classify -- [--config settings.json] [--owner NAME] [--json] [FILE]`: the thin
 * Node wrapper around classify-core (docs/contracts.md, "Command line"). Reads standard input or FILE,
 * prints the result lines, and sets the exit code.
 */
import { readFileSync, writeSync } from 'node:fs';
import { runClassify } from './classify-core';

const result = runClassify(process.argv.slice(2), {
  readStdin: () => readFileSync(0),
  readFile: (path) => readFileSync(path),
  writeLines: (lines) => {
    writeSync(1, `${lines.join('\n')}\n`);
  },
});
if (result.stdout.length > 0) process.stdout.write(`${result.stdout.join('\n')}\n`);
if (result.stderr.length > 0) process.stderr.write(`${result.stderr.join('\n')}\n`);
process.exitCode = result.exitCode;
