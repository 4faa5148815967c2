import { vi } from 'vitest';

type QueryMethod = 'querySelector' | 'querySelectorAll' | 'matches' | 'closest';

/** One query made on an element: the method, the element it was made on, the CSS, what it found. */
export interface ElementQuery {
  method: QueryMethod;
  root: Element;
  css: string;
  /** Whether it found something (a match, an element, or a list, which is always something). */
  found: boolean;
}

/**
 * Every query of `methods` made on an element while `run` runs, in order: the adapters' work is
 * counted on the queries themselves, without timings.
 */
export function elementQueries(
  run: () => unknown,
  methods: readonly QueryMethod[] = ['querySelector', 'querySelectorAll', 'matches', 'closest'],
): ElementQuery[] {
  const log: ElementQuery[] = [];
  const spies = methods.map((method) => {
    const original: (this: Element, css: string) => unknown = Element.prototype[method];
    return vi.spyOn(Element.prototype, method).mockImplementation(function (
      this: Element,
      css: string,
    ) {
      const result = original.call(this, css);
      log.push({ method, root: this, css, found: result !== null && result !== false });
      return result;
    } as never);
  });
  try {
    run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return log;
}
