// axe-core for the end-to-end tests: its source is evaluated in the page by the test driver (as
// the driver's own script, so the extension's content security policy stays as it is), then run
// over the whole document. Shared by the Chromium and Firefox suites.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** axe-core's browser build, as one script. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in the page after AXE_SOURCE: every WCAG 2.x A/AA rule and axe's best practices. */
export const AXE_RUN = `(async () => {
  const result = await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
  }));
})()`;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** One line per violation, for a readable assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? '?'}): ${v.help}\n  ${v.nodes.map((n) => `${n.target}: ${n.summary}`).join('\n  ')}`,
    )
    .join('\n');
}
