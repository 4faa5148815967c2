// Builders of log rows for the popup's tests.
import type { EscalationRow } from '../../../lib/db/schema';

export const T0 = Date.UTC(2026, 2, 14, 12, 0, 0);
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export function makeRow(overrides: Partial<EscalationRow> = {}): EscalationRow {
  return {
    platform: 'whatsapp',
    threadKey: 'thread-1',
    messageKey: 'msg-1',
    customer: 'Ana Souza',
    category: 'complaint',
    categories: ['complaint'],
    score: 0.9,
    lang: 'pt',
    reasons: ["complaint: 'produto veio quebrado'"],
    excerpt: 'O produto veio quebrado',
    draft: 'Oi Ana, a Marta responde até 15:00.',
    source: 'thread',
    status: 'open',
    detectedAt: T0,
    updatedAt: T0,
    promiseState: 'none',
    reminded: [],
    ...overrides,
  };
}
