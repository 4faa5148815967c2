/**
 * The contract of a site's selectors, kept apart from the chains themselves: selectors.ts holds
 * only what the adapter queries (it is bundled into the content script), and each site's
 * selector-contract.ts holds, for every entry, what it finds, when it was last checked, the
 * fixtures it must match, and for every alternative of its chain either the fixtures that prove
 * it or why none does. Only the selector-contract tests and the docs read it; nothing in a
 * content script imports it.
 */

/** The contract of one entry of selectors.ts. */
export interface SelectorContract {
  /** What the selector finds, in plain words. */
  readonly finds: string;
  /** Date (YYYY-MM-DD) the chain was last checked against docs/site-markup.md / a live capture. */
  readonly verified: string;
  /** Fixture names (without .html) in tests/fixtures/dom/<site>/ where the chain must match. */
  readonly fixtures: readonly string[];
  /** Minimum number of matches of the chain in each listed fixture (default 1). */
  readonly min?: number;
  /** One record per alternative of the chain, keyed by its CSS, in the chain's order. */
  readonly alternatives: Readonly<Record<string, AlternativeContract>>;
}

export type AlternativeContract = ProvenAlternative | UnverifiedAlternative;

/** An alternative that matches on its own in each fixture listed. */
export interface ProvenAlternative {
  readonly fixtures: readonly string[];
  /**
   * For a later alternative added for a variant: a fixture in which it is the first alternative
   * of the chain to match (so without it nothing would be found).
   */
  readonly first?: string;
  /** Date (YYYY-MM-DD) the proof was last checked against docs/site-markup.md. */
  readonly verified: string;
}

/** An alternative no fixture shows yet (an expected translation, markup not captured). */
export interface UnverifiedAlternative {
  /** Why no fixture proves it. */
  readonly unverified: string;
  /** Date (YYYY-MM-DD) the reason was last reviewed. */
  readonly verified: string;
}

export function proven(
  verified: string,
  fixtures: readonly string[],
  first?: string,
): ProvenAlternative {
  return first === undefined ? { fixtures, verified } : { fixtures, first, verified };
}

export function unverified(verified: string, reason: string): UnverifiedAlternative {
  return { unverified: reason, verified };
}
