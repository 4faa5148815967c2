// A backtest classifies each message with the turns before it, and passes the same turn objects
// again with the next messages: each owner turn must be read into an answer document once, not
// once per message that follows it (a chat of long messages was dominated by re-reading them).
import { describe, expect, it, vi } from 'vitest';
import type { HistoryTurn } from '../../../lib/classifier/types';
import { config } from './helpers';

const documents: string[] = [];
vi.mock('../../../lib/classifier/faq', async (importOriginal) => {
  const faq = await importOriginal<typeof import('../../../lib/classifier/faq')>();
  return {
    ...faq,
    docOf: (text: string, label: string) => {
      if (label === 'your last reply') documents.push(text);
      return faq.docOf(text, label);
    },
  };
});

const { classify } = await import('../../../lib/classifier/index');

const c = (text: string): HistoryTurn => ({ from: 'customer', text });
const o = (text: string): HistoryTurn => ({ from: 'owner', text });

describe('history turns are read once', () => {
  it('three owner replies passed with twenty messages are each read once, with the same verdicts', () => {
    const history = [
      o('We deliver on Saturdays and Sundays too'),
      c('great'),
      o('The black bag costs 40 euros'),
      o('We open at 9 on weekdays'),
    ];
    const questions = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? 'and on Sundays?' : `do you have the red one in size ${i}?`,
    );
    documents.length = 0;
    const verdicts = questions.map((text) => classify({ text, history }, config()));
    expect(documents.sort()).toEqual([
      'The black bag costs 40 euros',
      'We deliver on Saturdays and Sundays too',
      'We open at 9 on weekdays',
    ]);
    // Fresh turn objects (nothing remembered) give the same verdicts.
    const fresh = questions.map((text) =>
      classify({ text, history: history.map((t) => ({ ...t })) }, config()),
    );
    expect(verdicts).toEqual(fresh);
    expect(verdicts[0]?.category).toBeNull();
  });

  it('a turn whose text changed is read again', () => {
    const reply = o('We deliver on Saturdays and Sundays too');
    const history = [c('do you deliver on weekends?'), reply];
    expect(classify({ text: 'and on Sundays?', history }, config()).category).toBeNull();
    reply.text = 'Thanks for your message';
    documents.length = 0;
    expect(classify({ text: 'and on Sundays?', history }, config()).category).toBe('knowledge_gap');
    expect(documents).toEqual(['Thanks for your message']);
  });
});
