/**
 * Chat export reader on hostile and large inputs: a message of 1,000,000 spaces, one of 200,000
 * blank lines, a zip whose chat sits next to 20 unused 50 MB entries, a 100,000-line export from
 * 50,000 authors through the command line, and a 300 MB export streamed through the command line
 * (messages of about 1 KB). Wall time, processor time (user + system: what the work costs, less
 * moved by other programs sharing the machine) and peak memory, the command line's from
 * /usr/bin/time. The in-process cases report the best of three runs.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { strToU8, zipSync } from 'fflate';
import { openExport, parseChatExport } from '../../lib/export';

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const bestOf3 = (fn: () => void) => Math.min(time(fn), time(fn), time(fn));

interface CliRun {
  ms: number;
  cpuSeconds: number;
  mb: number;
  ok: boolean;
}

function cli(file: string, args: string[] = []): CliRun {
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', 'npx', 'tsx', 'scripts/classify.ts', ...args, file],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const ms = performance.now() - t0;
  const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  return {
    ms,
    cpuSeconds: Number(m?.[1] ?? 0) + Number(m?.[2] ?? 0),
    mb: Number(m?.[3] ?? 0) / 1024,
    ok: r.status === 0,
  };
}

const cliRow = (r: CliRun) =>
  `${(r.ms / 1000).toFixed(1)} s (processor ${r.cpuSeconds.toFixed(1)} s), ` +
  `${r.mb.toFixed(0)} MB peak${r.ok ? '' : ' (failed)'}`;

export function run(): Promise<void> {
  const rows: [string, string][] = [];
  const spaces = `12/07/2017, 22:35 - Noor Haddad: a${' '.repeat(1_000_000)}x <y`;
  rows.push([
    'message of 1,000,000 spaces',
    `${bestOf3(() => parseChatExport(spaces)).toFixed(0)} ms`,
  ]);
  const blanks = `12/07/2017, 22:35 - Noor Haddad: a${'\n'.repeat(200_000)}b`;
  rows.push([
    'message of 200,000 blank lines',
    `${bestOf3(() => parseChatExport(blanks)).toFixed(0)} ms`,
  ]);

  const files: Record<string, Uint8Array> = {
    '_chat.txt': strToU8('[31/12/24, 21:41:05] Ana: oi'),
  };
  const big = new Uint8Array(50 * 1024 * 1024);
  for (let i = 0; i < 20; i++) files[`notes-${i}.txt`] = big;
  const zip = zipSync(files, { level: 1 });
  const before = process.memoryUsage().rss;
  const zipMs = time(() => openExport('chat.zip', zip));
  const grew = (process.memoryUsage().rss - before) / 1024 / 1024;
  rows.push([
    `zip of ${(zip.length / 1024 / 1024).toFixed(1)} MB: chat + 20 unused 50 MB entries`,
    `${zipMs.toFixed(0)} ms, memory +${Math.max(0, grew).toFixed(0)} MB`,
  ]);

  const dir = mkdtempSync(path.join(tmpdir(), 'export-bench-'));
  try {
    const lines = ['01/02/2025, 09:00 - Marta: bom dia'];
    for (let i = 0; i < 100_000; i++) {
      const who = i % 2 === 0 ? 'Marta' : `Cliente ${i}`;
      lines.push(
        `01/02/2025, 10:${String(i % 60).padStart(2, '0')} - ${who}: mensagem número ${i}, tudo bem?`,
      );
    }
    const many = path.join(dir, 'many-authors.txt');
    writeFileSync(many, lines.join('\n'));
    const a = cli(many, ['--owner', 'Marta']);
    rows.push(['CLI: 100,000 lines, 50,000 authors', cliRow(a)]);

    const large = path.join(dir, 'large.txt');
    const fd = openSync(large, 'w');
    const filler = 'Olá, queria saber se a encomenda já saiu e quando chega, obrigado. '.repeat(15);
    let written = 0;
    let i = 0;
    while (written < 300 * 1024 * 1024) {
      const block: string[] = [];
      for (let k = 0; k < 1000; k++, i++) {
        const who = i % 3 === 0 ? 'Loja Sol' : `Cliente ${i % 500}`;
        block.push(`01/02/2025, 10:${String(i % 60).padStart(2, '0')} - ${who}: ${filler}${i}`);
      }
      const chunk = `${block.join('\n')}\n`;
      written += Buffer.byteLength(chunk);
      writeSync(fd, chunk);
    }
    closeSync(fd);
    const b = cli(large, ['--owner', 'Loja Sol']);
    rows.push([
      `CLI: ${(written / 1024 / 1024).toFixed(0)} MB export, ${i} messages of ~1 KB`,
      cliRow(b),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nChat export reader (load average ${loadavg()[0]?.toFixed(1)} at the end)`);
  for (const [what, value] of rows) console.log(`  ${what.padEnd(58)} ${value}`);
  return Promise.resolve();
}

if (process.argv[1]?.endsWith('export.ts')) await run();
