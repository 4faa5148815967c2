// The popup's order: open before closed, snoozed after the other open ones, then category
// precedence, then the earliest promise, then the longest wait (the customer's own time).
import { describe, expect, it } from 'vitest';
import { byUrgency, customerTime } from '../../../lib/urgency';
import { DAY, makeRow, MINUTE, T0 } from './rows';

describe('byUrgency', () => {
  it('orders open escalations by category, promise and wait, closed ones newest first', () => {
    const rows = [
      makeRow({ customer: 'closed new', status: 'resolved', detectedAt: T0 }),
      makeRow({ customer: 'closed old', status: 'dismissed', detectedAt: T0 - DAY }),
      makeRow({ customer: 'complaint old', detectedAt: T0 - DAY }),
      makeRow({ customer: 'complaint older by message', detectedAt: T0, messageAt: T0 - 2 * DAY }),
      makeRow({ customer: 'complaint due', detectedAt: T0, promiseDueAt: T0 + 10 * MINUTE }),
      makeRow({ customer: 'person', category: 'human_request', detectedAt: T0 }),
      makeRow({ customer: 'question', category: 'knowledge_gap', detectedAt: T0 - 3 * DAY }),
      makeRow({
        customer: 'person snoozed',
        category: 'human_request',
        detectedAt: T0 - DAY,
        snoozedUntil: T0 + DAY,
      }),
    ];
    expect(byUrgency(rows, T0).map((r) => r.customer)).toEqual([
      'person',
      'complaint due',
      'complaint older by message',
      'complaint old',
      'question',
      'person snoozed',
      'closed new',
      'closed old',
    ]);
  });

  it("takes the customer's message time when the page gave one", () => {
    expect(customerTime({ detectedAt: T0, messageAt: T0 - MINUTE })).toBe(T0 - MINUTE);
    expect(customerTime({ detectedAt: T0 })).toBe(T0);
  });
});
