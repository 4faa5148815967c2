/**
 * The stats tab's data hook: the log's stats over a window of days, computed only while
 * `enabled` (the tab is open). Loaded with the stats tab, not with the popup's first screen.
 * Re-reads on every change, like use-log.ts.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  queryLastDetectedAt,
  queryStatsRows,
  subscribe,
  type LogSource,
} from '../../db/log-queries';
import { buildHints, type Hint } from '../hints';
import { computeStats, DAY_MS, type LogStats } from '../stats';
import { errorText } from '../error-text';

export type StatsResult =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; stats: LogStats; hints: Hint[] };

interface StatsSource {
  rows: Awaited<ReturnType<typeof queryStatsRows>>;
  lastDetectedAt: number | undefined;
}

/** Stats over the last `days` days; nothing is read until `enabled` becomes true. */
export function useStats(
  log: LogSource,
  enabled: boolean,
  days: number,
  now: number,
  connectedTabs: number,
  timeZone?: string,
): StatsResult {
  const [source, setSource] = useState<StatsSource | { error: string } | undefined>(undefined);
  const since = now - 31 * DAY_MS;
  // Re-subscribe only when the window start moves by a day, not on every clock tick.
  const sinceDay = Math.floor(since / DAY_MS);
  useEffect(() => {
    if (!enabled) return undefined;
    return subscribe(
      log.changes,
      async () => ({
        rows: await queryStatsRows(log.reader, sinceDay * DAY_MS),
        lastDetectedAt: await queryLastDetectedAt(log.reader),
      }),
      setSource,
      (error) => {
        setSource({ error: errorText(error) });
      },
    );
  }, [log, enabled, sinceDay]);
  return useMemo((): StatsResult => {
    if (source === undefined) return { status: 'loading' };
    if ('error' in source) return { status: 'error', message: source.error };
    const stats = computeStats(source.rows, now, days, timeZone);
    const hints = buildHints(stats, { now, lastDetectedAt: source.lastDetectedAt, connectedTabs });
    return { status: 'ready', stats, hints };
  }, [source, now, days, connectedTabs, timeZone]);
}
