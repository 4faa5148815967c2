/** The current time as state, for the pages' ages and due times. */
import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `intervalMs`, so ages and due times stay current. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, intervalMs);
    return () => {
      clearInterval(timer);
    };
  }, [intervalMs]);
  return now;
}
