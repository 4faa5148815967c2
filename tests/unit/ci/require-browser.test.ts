import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const needed = /strict_min_version:\s*'([\d.]+)'/.exec(readFileSync('wxt.config.ts', 'utf8'))?.[1];

/** A stand-in firefox-esr binary that only answers --version. */
function fakeFirefox(version: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-firefox-'));
  const bin = path.join(dir, 'firefox-esr');
  writeFileSync(bin, `#!/bin/sh\necho "Mozilla Firefox ${version}"\n`);
  chmodSync(bin, 0o755);
  return bin;
}

function requireFirefox(bin: string) {
  return spawnSync(process.execPath, ['scripts/require-browser.mjs', 'firefox'], {
    encoding: 'utf8',
    env: { ...process.env, FIREFOX_PATH: bin },
  });
}

describe('require-browser firefox', () => {
  it('the manifest declares a minimum Firefox version', () => {
    expect(needed).toMatch(/^\d+(\.\d+)*$/);
  });

  it('an older Firefox fails, naming the version found and the one needed', () => {
    const run = requireFirefox(fakeFirefox('140.3.0esr'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('version 140.3.0');
    expect(run.stderr).toContain(`Firefox ${needed ?? '?'} or later`);
    expect(run.stderr).toContain('apt-get update');
  });

  it('a recent enough Firefox passes the version check', () => {
    const run = requireFirefox(fakeFirefox('153.8.0esr'));
    expect(run.stderr).not.toContain('or later');
    expect(run.stdout).toContain(`firefox-esr 153.8.0 at `);
    expect(run.stdout).toContain(`(the manifest needs ${needed ?? '?'} or later)`);
  });
});
