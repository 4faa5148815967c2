// A stand-in for the browser's paint timing (PerformanceObserver with 'paint' entries) in jsdom,
// which has none: the test decides when the first contentful paint is reported.
import { vi } from 'vitest';

type Callback = (list: { getEntriesByName(name: string): unknown[] }) => void;

export interface PaintTiming {
  /** Reports the first contentful paint to every observer watching paint entries. */
  report(): void;
  /** Observers currently watching, and the options each was started with. */
  observing(): { type?: string; buffered?: boolean }[];
}

/** Installs the stand-in; `vi.unstubAllGlobals()` takes it out. */
export function stubPaintTiming(): PaintTiming {
  const live = new Map<FakeObserver, { type?: string; buffered?: boolean }>();
  class FakeObserver {
    static readonly supportedEntryTypes = ['mark', 'measure', 'navigation', 'paint'];
    constructor(private readonly callback: Callback) {}
    observe(options: { type?: string; buffered?: boolean }): void {
      live.set(this, options);
    }
    disconnect(): void {
      live.delete(this);
    }
    deliver(): void {
      this.callback({
        getEntriesByName: (name) =>
          name === 'first-contentful-paint' ? [{ name, entryType: 'paint' }] : [],
      });
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    report: () => {
      for (const [observer, options] of live) if (options.type === 'paint') observer.deliver();
    },
    observing: () => [...live.values()],
  };
}
