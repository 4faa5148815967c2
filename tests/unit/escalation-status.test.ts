import { describe, expect, it } from 'vitest';
import { isActive, isSnoozed } from '@/lib/escalation-status';

const NOW = 1_800_000_000_000;

describe('what "open" means', () => {
  it.each([
    { row: { status: 'open' as const }, active: true, snoozed: false },
    { row: { status: 'open' as const, snoozedUntil: NOW + 60_000 }, active: false, snoozed: true },
    // A snooze that ends exactly now has ended.
    { row: { status: 'open' as const, snoozedUntil: NOW }, active: true, snoozed: false },
    { row: { status: 'open' as const, snoozedUntil: NOW - 1 }, active: true, snoozed: false },
    // Closed escalations are neither, whatever their snooze says.
    { row: { status: 'resolved' as const }, active: false, snoozed: false },
    {
      row: { status: 'dismissed' as const, snoozedUntil: NOW + 60_000 },
      active: false,
      snoozed: false,
    },
  ])('$row → active $active, snoozed $snoozed', ({ row, active, snoozed }) => {
    expect(isActive(row, NOW)).toBe(active);
    expect(isSnoozed(row, NOW)).toBe(snoozed);
  });
});
