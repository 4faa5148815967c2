// The one history builder: the tab's candidates, "Needs me" and the backtest all classify a
// message with the turns historyBefore gives, so the backtest replays what the tab does.
import { describe, expect, it } from 'vitest';
import {
  HISTORY_TURN_CHARS,
  HISTORY_TURNS,
  HistoryWindows,
  historyBefore,
} from '../../../lib/classifier/history';
import type { HistoryTurn } from '../../../lib/classifier/types';
import { historyOf } from '../../../lib/content/scan';
import type { IncomingMessage } from '../../../lib/platforms/types';

const same = (t: HistoryTurn) => t;
const turn = (from: HistoryTurn['from'], text: string): HistoryTurn => ({ from, text });

describe('historyBefore', () => {
  it('gives the turns before the message, oldest first', () => {
    const turns = [turn('customer', 'a'), turn('owner', 'b'), turn('customer', 'c')];
    expect(historyBefore(turns, 2, same)).toEqual([turn('customer', 'a'), turn('owner', 'b')]);
    expect(historyBefore(turns, 0, same)).toEqual([]);
  });

  it('keeps the last HISTORY_TURNS turns with text; turns without text do not take a place', () => {
    const turns = [
      ...Array.from({ length: 15 }, (_, i) => turn('owner', `o${i}`)),
      turn('customer', ''),
      turn('customer', '   '),
    ];
    const history = historyBefore(turns, turns.length, same);
    expect(history).toHaveLength(HISTORY_TURNS);
    expect(history.map((t) => t.text)).toEqual(
      Array.from({ length: HISTORY_TURNS }, (_, i) => `o${15 - HISTORY_TURNS + i}`),
    );
  });

  it('cuts a long turn at HISTORY_TURN_CHARS and leaves the input unchanged', () => {
    const long = turn('customer', 'x'.repeat(HISTORY_TURN_CHARS + 50));
    const [cut] = historyBefore([long], 1, same);
    expect(cut?.text).toHaveLength(HISTORY_TURN_CHARS);
    expect(long.text).toHaveLength(HISTORY_TURN_CHARS + 50);
  });

  it('the tab and the backtest give the same history for the same conversation', () => {
    // A conversation as the tab reads it from the page ...
    const page: IncomingMessage[] = [
      ['them', 'hi'],
      ['me', 'hello, how can I help?'],
      ['them', ''],
      ...Array.from({ length: 12 }, (_, i) => ['them', `question ${i}`] as const),
      ['me', 'one moment'],
      ['them', 'a'.repeat(HISTORY_TURN_CHARS + 10)],
      ['them', 'still there?'],
    ].map(([author, text], i) => ({
      key: `m${i}`,
      threadKey: 't',
      author: author as 'me' | 'them',
      text,
      hasMedia: text === '',
    }));
    // ... and as the backtest streams it from an export.
    const windows = new HistoryWindows();
    page.forEach((message, index) => {
      if (message.author === 'them') {
        expect(windows.historyOf('t'), `message ${index}`).toEqual(historyOf(page, index));
      }
      windows.add(message.author === 'me' ? null : 't', {
        from: message.author === 'me' ? 'owner' : 'customer',
        text: message.text,
      });
    });
  });
});

describe('history windows', () => {
  it('keep the last turns of each conversation, owner turns interleaved in order', () => {
    const h = new HistoryWindows();
    h.add('ana', { from: 'customer', text: 'a1' });
    h.add(null, { from: 'owner', text: 'o1' });
    h.add('rui', { from: 'customer', text: 'r1' });
    h.add('ana', { from: 'customer', text: 'a2' });
    h.add(null, { from: 'owner', text: 'o2' });
    expect(h.historyOf('ana').map((t) => t.text)).toEqual(['a1', 'o1', 'a2', 'o2']);
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
