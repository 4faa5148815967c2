// .ci/ensure-firefox.sh run for real (bash, sed, sort -V) against stand-ins: a firefox-esr that
// reports the version written in a file, and an apt-get that records its arguments and, on
// install, "upgrades" by rewriting that file (or not, like a mirror that is still stale).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Machine {
  installed: string;
  /** The version apt-get installs on upgrade; undefined: the upgrade changes nothing. */
  upgradeTo?: string;
  /** strict_min_version in the stand-in config. */
  needed?: string;
}

function run(machine: Machine) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ensure-firefox-'));
  const versionFile = path.join(dir, 'version');
  const aptLog = path.join(dir, 'apt.log');
  writeFileSync(versionFile, machine.installed);
  const firefox = path.join(dir, 'firefox-esr');
  writeFileSync(firefox, `#!/bin/sh\necho "Mozilla Firefox $(cat '${versionFile}')"\n`);
  const aptGet = path.join(dir, 'apt-get');
  writeFileSync(
    aptGet,
    `#!/bin/sh\necho "$*" >> '${aptLog}'\n` +
      (machine.upgradeTo
        ? `case "$*" in *install*) printf '%s' '${machine.upgradeTo}' > '${versionFile}';; esac\n`
        : ''),
  );
  chmodSync(firefox, 0o755);
  chmodSync(aptGet, 0o755);
  const config = path.join(dir, 'wxt.config.ts');
  writeFileSync(
    config,
    `export default { manifest: { browser_specific_settings: { gecko: { strict_min_version: '${machine.needed ?? '142.0'}' } } } };\n`,
  );
  const result = spawnSync('bash', ['.ci/ensure-firefox.sh'], {
    encoding: 'utf8',
    env: { ...process.env, FIREFOX_ESR: firefox, APT_GET: aptGet, WXT_CONFIG: config },
  });
  const apt = existsSync(aptLog) ? readFileSync(aptLog, 'utf8').trim().split('\n') : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, apt };
}

describe('.ci/ensure-firefox.sh', () => {
  it('reads the minimum from the real wxt.config.ts', () => {
    const needed = /strict_min_version:\s*'([\d.]+)'/.exec(readFileSync('wxt.config.ts', 'utf8'));
    expect(needed?.[1]).toMatch(/^\d+(\.\d+)*$/);
  });

  it('an older firefox-esr installed first: refreshes the package list, then upgrades it', () => {
    const machine = run({ installed: '140.3.0esr', upgradeTo: '153.8.0esr' });
    expect(machine.status).toBe(0);
    expect(machine.apt).toEqual([
      'update -q',
      'install -y -q --no-install-recommends --only-upgrade firefox-esr',
    ]);
    expect(machine.stdout).toContain(
      "firefox-esr 140.3.0 is older than the manifest's minimum 142.0",
    );
    expect(machine.stdout).toContain('upgraded from 140.3.0 to 153.8.0');
    expect(machine.stdout).toContain('firefox-esr 153.8.0 (manifest needs 142.0 or later)');
  });

  it('fails naming both versions when the upgrade still leaves it too old', () => {
    const machine = run({ installed: '140.3.0esr' });
    expect(machine.status).toBe(1);
    expect(machine.apt).toHaveLength(2);
    expect(machine.stderr).toContain(
      'firefox-esr is 140.3.0 after the upgrade (was 140.3.0); the extension needs 142.0 or later',
    );
  });

  it.each([
    ['142.0esr', '142.0'],
    ['142.0.1esr', '142.0'],
    ['153.8.0esr', '142.0'],
    ['142.10.0esr', '142.9'],
  ])('%s meets %s: no package tool is run', (installed, needed) => {
    const machine = run({ installed, needed });
    expect(machine.status).toBe(0);
    expect(machine.apt).toEqual([]);
    expect(machine.stdout).toContain(`(manifest needs ${needed} or later)`);
  });

  it.each([
    ['141.9.9esr', '142.0'],
    ['140.10.0esr', '142.0'],
    ['142.9.0esr', '142.10'],
    ['99.0esr', '142.0'],
  ])('%s is older than %s (compared part by part, not as text)', (installed, needed) => {
    const machine = run({ installed, needed, upgradeTo: '200.0esr' });
    expect(machine.status).toBe(0);
    expect(machine.apt[0]).toBe('update -q');
    expect(machine.stdout).toContain(`is older than the manifest's minimum ${needed}`);
  });

  it('a firefox-esr that reports no version is upgraded too', () => {
    const machine = run({ installed: 'unknown', upgradeTo: '153.8.0esr' });
    expect(machine.status).toBe(0);
    expect(machine.stdout).toContain('firefox-esr (version unknown) is older');
  });
});
