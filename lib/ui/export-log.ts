/**
 * The log as files the owner can keep or open in a spreadsheet: CSV (RFC 4180 quoting, and cells
 * that a spreadsheet would run as a formula are prefixed with an apostrophe) and JSON. Pure: the
 * page turns the text into a download.
 */
import type { EscalationRow, VerdictRow } from '../db/schema';

export const CSV_COLUMNS = [
  'id',
  'status',
  'platform',
  'customer',
  'category',
  'categories',
  'score',
  'lang',
  'reasons',
  'excerpt',
  'draft',
  'detectedAt',
  'closedAt',
  'promiseDueAt',
  'promiseState',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

function isoTime(at: number | undefined): string {
  return at === undefined ? '' : new Date(at).toISOString();
}

function columnValue(row: EscalationRow, column: Column): string {
  switch (column) {
    case 'id':
      return row.id === undefined ? '' : String(row.id);
    case 'categories':
      return row.categories.join('; ');
    case 'reasons':
      return row.reasons.join('; ');
    case 'score':
      return String(row.score);
    case 'detectedAt':
      return isoTime(row.detectedAt);
    case 'closedAt':
      return isoTime(row.closedAt);
    case 'promiseDueAt':
      return isoTime(row.promiseDueAt);
    case 'status':
    case 'platform':
    case 'customer':
    case 'category':
    case 'lang':
    case 'excerpt':
    case 'draft':
    case 'promiseState':
      return row[column];
  }
}

/**
 * One CSV cell. A value starting with = + - @ (or a tab or carriage return, which some spreadsheets
 * skip before such a character) gets a leading apostrophe so it is shown as text, never run.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function logToCsv(rows: readonly EscalationRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows)
    lines.push(CSV_COLUMNS.map((column) => csvCell(columnValue(row, column))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/**
 * The log as JSON; with `verdicts`, the owner's verdicts too (what the radar learns from), so
 * "Export data" holds everything stored about the conversations.
 */
export function logToJson(
  rows: readonly EscalationRow[],
  exportedAt: number,
  verdicts?: readonly VerdictRow[],
): string {
  const escalations = rows.map((row) => ({
    id: row.id,
    status: row.status,
    platform: row.platform,
    customer: row.customer,
    category: row.category,
    categories: row.categories,
    score: row.score,
    lang: row.lang,
    reasons: row.reasons,
    excerpt: row.excerpt,
    draft: row.draft,
    detectedAt: isoTime(row.detectedAt),
    closedAt: row.closedAt === undefined ? null : isoTime(row.closedAt),
    promiseDueAt: row.promiseDueAt === undefined ? null : isoTime(row.promiseDueAt),
    promiseState: row.promiseState,
  }));
  const body: Record<string, unknown> = {
    exportedAt: isoTime(exportedAt),
    count: rows.length,
    escalations,
  };
  if (verdicts)
    body['verdicts'] = verdicts.map((v) => ({
      id: v.id,
      kind: v.kind,
      category: v.category,
      platform: v.platform,
      customer: v.customer,
      text: v.text,
      history: v.history,
      at: isoTime(v.at),
      escalationId: v.escalationId ?? null,
    }));
  return JSON.stringify(body, null, 2) + '\n';
}

/** "escalation-radar-log-2026-03-14.csv" */
export function exportFileName(kind: 'csv' | 'json', now: number): string {
  return `escalation-radar-log-${new Date(now).toISOString().slice(0, 10)}.${kind}`;
}
