import { describe, expect, it } from 'vitest';
import { loadShop, measureLearning } from '../../../scripts/corpus/shop';

describe('learning on one shop', () => {
  it('verdicts on the first half raise F1 on the second half, and false alarms do not rise', () => {
    const shop = loadShop();
    expect(shop.firstHalf.length).toBe(shop.secondHalf.length);
    const firstTexts = new Set(shop.firstHalf.map((l) => l.text));
    expect(shop.secondHalf.some((l) => firstTexts.has(l.text))).toBe(false);
    const r = measureLearning(shop);
    expect(r.verdicts).toBeGreaterThan(0);
    expect(r.after.f1 - r.before.f1 >= 0.03 || r.after.f1 >= 0.95).toBe(true);
    expect(r.after.falseAlarm).toBeLessThanOrEqual(r.before.falseAlarm);
  });
});
