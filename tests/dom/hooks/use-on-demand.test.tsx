// @vitest-environment jsdom
// The popup's on-demand code (the stats tab): nothing is loaded until it is wanted, it is loaded
// once however often it is wanted again, and a failed load is reported instead of waiting forever.
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOnDemand } from '../../../lib/ui/hooks/use-on-demand';

afterEach(cleanup);

describe('useOnDemand', () => {
  it('loads nothing until wanted, then once, and keeps what it loaded', async () => {
    const module = { answer: 42 };
    const load = vi.fn(() => Promise.resolve(module));
    const { result, rerender } = renderHook(({ wanted }) => useOnDemand(load, wanted), {
      initialProps: { wanted: false },
    });
    expect(result.current).toEqual({ status: 'loading' });
    rerender({ wanted: false });
    expect(load).not.toHaveBeenCalled();
    rerender({ wanted: true });
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: module }));
    rerender({ wanted: false });
    rerender({ wanted: true });
    expect(result.current).toEqual({ status: 'ready', value: module });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load', async () => {
    const load = vi.fn(() => Promise.reject(new Error('chunk missing')));
    const { result } = renderHook(() => useOnDemand(load, true));
    await waitFor(() =>
      expect(result.current).toEqual({ status: 'error', message: 'chunk missing' }),
    );
    expect(load).toHaveBeenCalledTimes(1);
  });
});
