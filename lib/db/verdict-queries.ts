/**
 * Read-only queries over the owner's verdicts for the extension's pages (through the small
 * LogReader, like log-queries.ts): what the options page shows of what was learned, what the
 * popup's stats need, and the verdicts for "Export data".
 */
import { CATEGORIES, type Category } from '../classifier/types';
import type { LogReader } from './log-reader';
import type { EscalationRow, VerdictRow } from './schema';

export interface VerdictSummary {
  total: number;
  notNeeded: number;
  byCategory: Record<Category, number>;
  /** The newest verdicts first. */
  latest: VerdictRow[];
}

export async function queryVerdictSummary(
  reader: LogReader,
  latest: number,
): Promise<VerdictSummary> {
  const all = await reader.read('verdicts');
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  let notNeeded = 0;
  for (const v of all) {
    if (v.category === null) notNeeded++;
    else byCategory[v.category]++;
  }
  return {
    total: all.length,
    notNeeded,
    byCategory,
    latest: all.slice(-latest).reverse(),
  };
}

/** Every kept verdict, oldest first. */
export function queryAllVerdicts(reader: LogReader): Promise<VerdictRow[]> {
  return reader.read('verdicts');
}

export interface LearningStatsSource {
  verdictTimes: number[];
  rows: Pick<EscalationRow, 'status' | 'detectedAt'>[];
}

export async function queryLearningStats(reader: LogReader): Promise<LearningStatsSource> {
  const [verdicts, rows] = await Promise.all([
    reader.read('verdicts'),
    reader.read('escalations', { index: 'detectedAt' }),
  ]);
  return {
    verdictTimes: verdicts.map((v) => v.at),
    rows: rows.map((r) => ({ status: r.status, detectedAt: r.detectedAt })),
  };
}
