/**
 * The repository explains itself: every file path that a doc or a code comment names is a file
 * or folder of this repository, and nothing points outside it (design documents kept elsewhere,
 * a path on somebody's machine, an issue number). Docs are read whole; in code only comments
 * count, since strings may name files on purpose (the lint test plants scratch files, the
 * agreement script reads other parsers' repositories).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCANNED_DIRS = [
  'lib',
  'components',
  'entrypoints',
  'scripts',
  'tests',
  'docs',
  'public',
  '.ci',
];
const SKIPPED_DIRS = new Set(['node_modules', 'fixtures', 'screenshots']);
const TEXT = /\.(?:ts|tsx|js|mjs|md|css|sh)$/u;
const CODE = /\.(?:ts|tsx|js|mjs|css)$/u;

/** Files whose comments name paths of other repositories, and why. */
const OTHER_TREES: Record<string, string> = {
  'scripts/export-agreement.ts': "names the test files of other parsers' repositories",
};

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) {
      if (!SKIPPED_DIRS.has(name)) walk(rel, out);
    } else if (TEXT.test(name)) out.push(rel);
  }
  return out;
}

const FILES = [
  ...readdirSync(ROOT).filter(
    (name) => TEXT.test(name) && statSync(path.join(ROOT, name)).isFile(),
  ),
  ...SCANNED_DIRS.filter((dir) => existsSync(path.join(ROOT, dir))).flatMap((dir) => walk(dir, [])),
];

/** What a reader of the file sees as prose: a doc whole, a code file's comments. */
function prose(file: string): string {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  if (!CODE.test(file)) return text;
  // Block comments, and line comments not preceded by a colon (a URL in a string is not one).
  return (text.match(/\/\*[\s\S]*?\*\/|(?<![:\w])\/\/[^\n]*/gu) ?? []).join('\n');
}

// A path starting at one of the repository's top folders, not part of a longer path or word.
const REPO_PATH =
  /(?<![\w./@~-])((?:lib|components|entrypoints|scripts|tests|docs|public)\/[\w./-]+)/gu;
/** Placeholders and globs (`lib/platforms/<site>`, `tests/e2e/*`) are patterns, not paths. */
const PATTERN = /[<>{}*[\]]|\/[A-Z]$/u;

function exists(ref: string): boolean {
  const bare = ref.replace(/[.:,;)]+$/u, '');
  const candidates = [bare, `${bare}.ts`, `${bare}.tsx`, `${bare}.js`, `${bare}.mjs`];
  return candidates.some((p) => existsSync(path.join(ROOT, p)));
}

function namedPaths(file: string): string[] {
  const text = prose(file);
  const refs: string[] = [];
  for (const match of text.matchAll(REPO_PATH)) {
    const ref = match[1] ?? '';
    const next = text.charAt(match.index + match[0].length);
    if (!PATTERN.test(ref) && (next === '' || !'<{*['.includes(next))) refs.push(ref);
  }
  return refs;
}

// Spelled in pieces so this file does not name them itself.
const OUTSIDE_DOCS = ['DESIGN', 'STYLE', 'TESTING', 'DATA-SOURCES', 'dom-reference'].map(
  (name) => new RegExp(`\\b${name}\\.md\\b`, 'u'),
);
const MACHINE_PATH = /(?<![\w.])\/(?:work|home|root|Users|mnt)\/\w/u;
const ISSUE_NUMBER = /\bissue\s*#?\d+|(?<![\w&])#\d{1,4}\b(?![\da-f])/iu;

describe('the repository explains itself', () => {
  it('scans the docs and sources', () => {
    expect(FILES).toContain('README.md');
    expect(FILES).toContain('docs/architecture.md');
    expect(FILES).toContain('lib/content/runtime.ts');
    expect(FILES.length).toBeGreaterThan(300);
    // The path check below has something to check: docs and comments name hundreds of files.
    expect(FILES.flatMap(namedPaths).length).toBeGreaterThan(300);
  });

  it('names only paths that exist in the repository', () => {
    const missing = FILES.filter((file) => !(file in OTHER_TREES)).flatMap((file) =>
      namedPaths(file)
        .filter((ref) => !exists(ref))
        .map((ref) => `${file}: ${ref}`),
    );
    expect(missing).toEqual([]);
  });

  it('points to no document, machine path or issue number outside the repository', () => {
    const found = FILES.flatMap((file) => {
      const text = prose(file);
      return [...OUTSIDE_DOCS, MACHINE_PATH, ISSUE_NUMBER]
        .map((pattern) => pattern.exec(text)?.[0])
        .filter((hit): hit is string => hit !== undefined)
        .map((hit) => `${file}: ${hit}`);
    });
    expect(found).toEqual([]);
  });

  it('would see a stale path, an outside document, a machine path and an issue number', () => {
    const stale = 'Most urgent first (lib/ui/urgency.ts).';
    expect([...stale.matchAll(REPO_PATH)].map((m) => m[1])).toEqual(['lib/ui/urgency.ts']);
    expect(exists('lib/ui/urgency.ts')).toBe(false);
    expect(exists('lib/urgency.ts')).toBe(true);
    expect(exists('lib/content/runtime')).toBe(true);
    expect(OUTSIDE_DOCS.some((p) => p.test('see DESIGN.md'))).toBe(true);
    expect(MACHINE_PATH.test('built on /home/ci/project')).toBe(true);
    expect(ISSUE_NUMBER.test('fixed for issue 13')).toBe(true);
    expect(ISSUE_NUMBER.test('regression of #42')).toBe(true);
    expect(ISSUE_NUMBER.test('colour #1565c0')).toBe(false);
  });
});
