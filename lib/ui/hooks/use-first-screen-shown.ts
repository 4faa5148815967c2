/**
 * Whether the page's first screen is on screen: the browser has presented the page's first
 * contentful paint. The popup's list renders its first entries for that frame and the rest once it
 * is shown (components/popup/EscalationList.tsx): rendered sooner, right after the frame was
 * painted, the rest took the processor from that frame's raster and presentation (and, in
 * Chromium's toolbar popup, from the frame the popup's new size needs) on a busy machine.
 */
import { useEffect, useState } from 'preact/hooks';

/**
 * The longest the hook waits for the browser's report of the first contentful paint (none comes
 * for a page painted while hidden).
 */
export const SHOWN_FALLBACK_MS = 250;

/**
 * False until the first contentful paint has been presented, then true: read from the browser's
 * paint timing (buffered, so true at once when that paint was long ago), or after
 * SHOWN_FALLBACK_MS if no report comes. Where the browser reports no paint timing, true after the
 * first paint, when a plain effect runs.
 */
export function useFirstScreenShown(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (typeof PerformanceObserver === 'undefined' || !paintTimed()) {
      setShown(true);
      return undefined;
    }
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    const show = () => {
      stop();
      setShown(true);
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) show();
    });
    const timer = setTimeout(show, SHOWN_FALLBACK_MS);
    observer.observe({ type: 'paint', buffered: true });
    return stop;
  }, []);
  return shown;
}

function paintTimed(): boolean {
  return PerformanceObserver.supportedEntryTypes.includes('paint');
}
