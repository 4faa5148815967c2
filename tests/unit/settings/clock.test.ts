import { describe, expect, it } from 'vitest';
import { isClock, parseClock } from '@/lib/settings/clock';

describe('parseClock', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['18:00', 1080],
    ['23:59', 1439],
  ])('reads %s as %i minutes after midnight', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
    expect(isClock(text)).toBe(true);
  });

  it.each(['24:00', '9:30', '12:60', '12:5', ' 12:00', '12:00 ', '12h00', '', 'noon'])(
    'refuses %j',
    (text) => {
      expect(parseClock(text)).toBeUndefined();
      expect(isClock(text)).toBe(false);
    },
  );
});
