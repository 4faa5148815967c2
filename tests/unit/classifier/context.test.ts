import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classifier/index';
import type { HistoryTurn } from '../../../lib/classifier/types';
import { config } from './helpers';

const c = (text: string): HistoryTurn => ({ from: 'customer', text });
const o = (text: string): HistoryTurn => ({ from: 'owner', text });

describe('conversation context', () => {
  it.each<[string, string, HistoryTurn[]]>([
    ['en', 'hello??', [c('Hi, is the black bag available?'), c('??')]],
    ['pt', 'alguém?', [c('oi, meu pedido não chegou ainda')]],
    ['es', '???', [c('hola, ¿tienen el bolso negro?'), c('hola?')]],
  ])('%s: growing impatience with no reply escalates', (_lang, text, history) => {
    const out = classify({ text, history }, config());
    expect(out.category).toBe('complaint');
    expect(out.reasons[0]).toMatch(/waiting for a reply/);
  });

  it('the same nudge after the owner answered is not escalated', () => {
    const history = [c('Hi, is the black bag available?'), o('Yes, we have 2 left!')];
    expect(classify({ text: 'ok?', history }, config()).escalate).toBe(false);
    expect(classify({ text: 'hello??' }, config()).escalate).toBe(false);
  });

  it('the same question asked again without an answer escalates', () => {
    const text = 'How long does delivery take?';
    expect(classify({ text }, config()).escalate).toBe(false);
    const out = classify({ text, history: [c('how long does delivery take to Leeds?')] }, config());
    expect(out.category).toBe('knowledge_gap');
    expect(out.reasons[0]).toMatch(/asked again/);
  });

  it("the owner's last reply answers a question the FAQ does not", () => {
    const text = 'and on Sundays?';
    expect(classify({ text }, config()).category).toBe('knowledge_gap');
    const history = [
      c('do you deliver on weekends?'),
      o('We deliver on Saturdays and Sundays too'),
    ];
    expect(classify({ text, history }, config()).escalate).toBe(false);
  });

  it('a bare number answering "how many?" is read as a quantity', () => {
    const history = [o('How many units do you need?')];
    expect(classify({ text: '300', history }, config()).category).toBe('high_value');
    expect(classify({ text: '3', history }, config()).escalate).toBe(false);
    expect(classify({ text: '300' }, config()).escalate).toBe(false);
  });
});
