/**
 * Data hooks over the owner's verdicts: the options page's summary of what was learned, and the
 * popup's learning figures (read only while `enabled`). Re-read on every change, like use-log.ts.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { subscribe, type LogSource } from '../../db/log-queries';
import {
  queryLearningStats,
  queryVerdictSummary,
  type LearningStatsSource,
  type VerdictSummary,
} from '../../db/verdict-queries';
import { computeLearningStats, type LearningStats } from '../learning-stats';
import { errorText } from '../error-text';

export type Loaded<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/** How many verdicts the options page lists. */
export const LATEST_VERDICTS = 20;

export function useVerdictSummary(log: LogSource): Loaded<VerdictSummary> {
  const [state, setState] = useState<Loaded<VerdictSummary>>({ status: 'loading' });
  useEffect(
    () =>
      subscribe(
        log.changes,
        () => queryVerdictSummary(log.reader, LATEST_VERDICTS),
        (value) => {
          setState({ status: 'ready', value });
        },
        (error) => {
          setState({ status: 'error', message: errorText(error) });
        },
      ),
    [log],
  );
  return state;
}

export function useLearningStats(
  log: LogSource,
  enabled: boolean,
  now: number,
): Loaded<LearningStats> {
  const [source, setSource] = useState<Loaded<LearningStatsSource>>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return undefined;
    return subscribe(
      log.changes,
      () => queryLearningStats(log.reader),
      (value) => {
        setSource({ status: 'ready', value });
      },
      (error) => {
        setSource({ status: 'error', message: errorText(error) });
      },
    );
  }, [log, enabled]);
  return useMemo(
    () =>
      source.status === 'ready'
        ? { status: 'ready', value: computeLearningStats(source.value, now) }
        : source,
    [source, now],
  );
}
