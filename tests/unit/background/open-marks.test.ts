// What a tab receives for each open escalation: the reasons already grouped, the promise already
// worded, so the content script needs neither the reason readers nor the drafter's phrases.
import { describe, expect, it } from 'vitest';
import { openMarkOf, promiseText } from '@/lib/background/open-marks';
import type { EscalationRow } from '@/lib/db/schema';
import { translatorIn } from '../../shared/catalogue';

const NOW = Date.UTC(2026, 10, 26, 13, 0); // Thursday
const HOUR = 3_600_000;
const noCatalogue = (key: string) => key;

function row(overrides: Partial<EscalationRow> = {}): EscalationRow {
  return {
    id: 4,
    platform: 'whatsapp',
    threadKey: 'wa:title:ana',
    messageKey: 'wa:1',
    customer: 'Ana',
    category: 'complaint',
    categories: ['complaint', 'human_request'],
    score: 0.9,
    lang: 'pt',
    reasons: ["complaint: 'chegou estragado'"],
    keyedReasons: [{ category: 'complaint', key: 'said', quote: 'chegou estragado' }],
    excerpt: 'chegou estragado',
    draft: 'Oi Ana',
    status: 'open',
    detectedAt: NOW,
    updatedAt: NOW,
    source: 'thread',
    promiseState: 'pending',
    promiseDueAt: NOW + 2 * HOUR,
    notify: 'shown',
    ...overrides,
  } as EscalationRow;
}

describe('open marks', () => {
  it('carry the reasons grouped by category, each category of the escalation once', () => {
    const mark = openMarkOf(row(), NOW, 'UTC', 'en', noCatalogue);
    expect(mark).toMatchObject({ id: 4, threadKey: 'wa:title:ana', category: 'complaint' });
    expect(mark.reasonGroups).toEqual([
      { category: 'human_request', details: [] },
      { category: 'complaint', details: [{ kind: 'said', values: ['chegou estragado'] }] },
    ]);
  });

  it('word the promise in the business time zone, relative to now', () => {
    expect(promiseText(NOW + 2 * HOUR, NOW, 'UTC', 'en', noCatalogue)).toBe(
      'You promised a reply today by 15:00',
    );
    expect(promiseText(NOW + 20 * HOUR, NOW, 'UTC', 'en', noCatalogue)).toContain('tomorrow');
    expect(promiseText(undefined, NOW, 'UTC', 'en', noCatalogue)).toBeUndefined();
  });

  it('say the promise in the owner’s language through the catalogue', () => {
    const text = promiseText(
      NOW + 2 * HOUR,
      NOW,
      'America/Sao_Paulo',
      'pt-BR',
      translatorIn('pt_BR'),
    );
    expect(text).toMatch(/^Você prometeu/);
    expect(text).toContain('hoje');
  });
});
