/**
 * What the benches that compare builds share: the site and the build folders from the command
 * line, the loop that measures every build once per round, in turn (A B, A B, …, so each sees the
 * same load of the machine), a median, and the per-phase summary of instrumented builds.
 */
import path from 'node:path';
import { chromiumMissing, type Site } from './content';

export const median = (xs: readonly number[]): number =>
  [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;

/** The site and the absolute build folders named on the command line; exits 2 with `usage` if
 *  they are missing, or if Chromium cannot be found. */
export function siteAndBuilds(
  positionals: readonly string[],
  usage: string,
): { site: Site; builds: string[] } {
  const [site, ...dirs] = positionals;
  if ((site !== 'whatsapp' && site !== 'instagram') || dirs.length === 0) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const missing = chromiumMissing();
  if (missing && !missing.startsWith('no build')) {
    console.error(missing);
    process.exit(2);
  }
  return { site, builds: dirs.map((dir) => path.resolve(dir)) };
}

/** Measures each build once per round, in turn; `shown` sees each round as it ends. */
export async function inTurn<R>(
  builds: readonly string[],
  rounds: number,
  measure: (build: string) => Promise<R>,
  shown: (label: string, round: R) => void,
): Promise<Map<string, R[]>> {
  const results = new Map<string, R[]>(builds.map((b) => [b, []]));
  for (let r = 0; r < rounds; r++) {
    for (const build of builds) {
      const round = await measure(build);
      results.get(build)?.push(round);
      shown(`round ${r + 1} ${path.basename(build)}`, round);
    }
  }
  return results;
}

/** Prints, per phase of an instrumented build, the median over all rounds' values, for the phases
 *  with at least `least` values. */
export function printPhases(rounds: readonly { phases: Map<string, number[]> }[], least = 0): void {
  const phases = new Map<string, number[]>();
  for (const round of rounds)
    for (const [label, xs] of round.phases)
      phases.set(label, [...(phases.get(label) ?? []), ...xs]);
  for (const [label, xs] of phases)
    if (xs.length >= least)
      console.log(`    ${median(xs).toFixed(3).padStart(7)} ms  n=${xs.length}  ${label}`);
}
