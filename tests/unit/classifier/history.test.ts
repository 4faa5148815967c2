import { describe, expect, it } from 'vitest';
import { HISTORY_TURNS, HistoryWindows } from '../../../lib/classifier/history';

describe('history windows', () => {
  it('keep the last turns of each conversation, owner turns interleaved in order', () => {
    const h = new HistoryWindows(3);
    h.add('ana', { from: 'customer', text: 'a1' });
    h.add(null, { from: 'owner', text: 'o1' });
    h.add('rui', { from: 'customer', text: 'r1' });
    h.add('ana', { from: 'customer', text: 'a2' });
    h.add(null, { from: 'owner', text: 'o2' });
    expect(h.historyOf('ana').map((t) => t.text)).toEqual(['o1', 'a2', 'o2']);
    expect(h.historyOf('rui').map((t) => t.text)).toEqual(['o1', 'r1', 'o2']);
    expect(h.historyOf('nobody').map((t) => t.text)).toEqual(['o1', 'o2']);
  });

  it('50,000 customers answered by one owner: owner turns are held once, not once per customer', () => {
    const h = new HistoryWindows();
    for (let i = 0; i < 50_000; i++) {
      h.add(`customer ${i}`, { from: 'customer', text: `question ${i}` });
      h.add(null, { from: 'owner', text: `answer ${i}` });
    }
    // One turn per customer plus the owner's last HISTORY_TURNS; a copy of each owner turn in each
    // customer's history would hold up to HISTORY_TURNS per customer.
    expect(h.held).toBe(50_000 + HISTORY_TURNS);
    const answers = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, k) => `answer ${from + k}`);
    expect(h.historyOf('customer 0').map((t) => t.text)).toEqual(answers(49_990, 49_999));
    expect(h.historyOf('customer 49999').map((t) => t.text)).toEqual([
      ...answers(49_991, 49_998),
      'question 49999',
      'answer 49999',
    ]);
  });
});
