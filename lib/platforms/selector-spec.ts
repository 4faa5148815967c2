/**
 * The shape of one entry in a platform's selectors.ts: an ordered chain of CSS selectors (most
 * stable first), what it finds, when it was last checked against the real site, and the fixtures
 * that must match it. The selector-contract test walks every entry over its fixtures.
 */
export interface SelectorSpec {
  /** Ordered from most to least stable; the first that matches wins. */
  readonly css: readonly string[];
  /** What the selector finds, in plain words. */
  readonly finds: string;
  /** Date (YYYY-MM-DD) the chain was last checked against docs/site-markup.md / a live capture. */
  readonly verified: string;
  /** Fixture file names (without .html) in tests/fixtures/dom/<platform>/ where it must match. */
  readonly fixtures: readonly string[];
  /** Minimum number of matches in each listed fixture (default 1). */
  readonly min?: number;
  /**
   * Which fixture proves a later alternative of the chain: for each listed selector, a fixture in
   * which it is the first alternative that matches (so the earlier ones would have found nothing),
   * and the date (YYYY-MM-DD) that proof was last checked against docs/site-markup.md.
   */
  readonly proofs?: Readonly<Record<string, SelectorProof>>;
}

/** A fixture in which one alternative of a chain is the first to match, and when that was checked. */
export interface SelectorProof {
  readonly fixture: string;
  readonly verified: string;
}

/** First element matching any selector of the chain, in chain order. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects, as querySelector<E> does
export function queryFirst<E extends Element = HTMLElement>(
  root: ParentNode,
  spec: SelectorSpec,
): E | undefined {
  for (const css of spec.css) {
    const found = root.querySelector<E>(css);
    if (found) return found;
  }
  return undefined;
}

/** All elements matched by the first selector of the chain that matches anything. */
export function queryAll<E extends Element = HTMLElement>(
  root: ParentNode,
  spec: SelectorSpec,
): E[] {
  for (const css of spec.css) {
    const found = root.querySelectorAll<E>(css);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** Closest ancestor (or self) matching any selector of the chain. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- as for queryFirst
export function closest<E extends Element = HTMLElement>(
  element: Element,
  spec: SelectorSpec,
): E | undefined {
  for (const css of spec.css) {
    const found = element.closest<E>(css);
    if (found) return found;
  }
  return undefined;
}
