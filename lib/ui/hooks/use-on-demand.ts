/**
 * Code the popup needs only on the owner's request (the stats tab), loaded the first time it is
 * wanted: a dynamic import, so the popup's first screen neither loads nor parses it.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../error-text';

export type OnDemand<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/** `load` (a dynamic import) once `wanted` first becomes true; the module is kept after that. */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): OnDemand<T> {
  const [state, setState] = useState<OnDemand<T>>({ status: 'loading' });
  const needed = wanted && state.status !== 'ready';
  useEffect(() => {
    if (!needed) return undefined;
    let live = true;
    load().then(
      (value) => {
        if (live) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (live)
          setState({
            status: 'error',
            message: errorText(error),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [load, needed]);
  return state;
}
