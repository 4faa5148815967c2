// @vitest-environment jsdom
// The popup's "first screen shown" signal: false until the browser reports that the first
// contentful paint was presented, true after; without paint timing, true after the first paint;
// and never stuck if the report does not come.
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SHOWN_FALLBACK_MS,
  useFirstScreenShown,
} from '../../../lib/ui/hooks/use-first-screen-shown';
import { stubPaintTiming } from './paint-timing';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useFirstScreenShown', () => {
  it('stays false until the first contentful paint is reported, including one already reported', async () => {
    const paint = stubPaintTiming();
    const { result } = renderHook(() => useFirstScreenShown());
    expect(result.current).toBe(false);
    await waitFor(() => expect(paint.observing()).toEqual([{ type: 'paint', buffered: true }]));
    expect(result.current).toBe(false);
    paint.report();
    await waitFor(() => expect(result.current).toBe(true));
    // Done watching once it is shown.
    expect(paint.observing()).toEqual([]);
  });

  it('is true after the first paint where the browser reports no paint timing', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const { result } = renderHook(() => useFirstScreenShown());
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('gives up waiting for the report after SHOWN_FALLBACK_MS', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    const paint = stubPaintTiming();
    const { result } = renderHook(() => useFirstScreenShown());
    await vi.advanceTimersByTimeAsync(50);
    expect(paint.observing()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SHOWN_FALLBACK_MS - 60);
    expect(result.current).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(result.current).toBe(true);
    expect(paint.observing()).toEqual([]);
  });

  it('stops watching when unmounted before the report', async () => {
    const paint = stubPaintTiming();
    const { unmount } = renderHook(() => useFirstScreenShown());
    await waitFor(() => expect(paint.observing()).toHaveLength(1));
    unmount();
    await waitFor(() => expect(paint.observing()).toEqual([]));
  });
});
