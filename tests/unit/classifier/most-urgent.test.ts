import { describe, expect, it } from 'vitest';
import { mostUrgent, type Category } from '@/lib/classifier/types';

describe('mostUrgent', () => {
  it.each<[Category[], Category | undefined]>([
    [[], undefined],
    [['knowledge_gap'], 'knowledge_gap'],
    [['knowledge_gap', 'high_value'], 'high_value'],
    [['high_value', 'emotional'], 'emotional'],
    [['emotional', 'complaint', 'knowledge_gap'], 'complaint'],
    [['complaint', 'human_request'], 'human_request'],
    [['knowledge_gap', 'knowledge_gap', 'high_value'], 'high_value'],
  ])('%j → %s (a person, complaint, upset, big order, question)', (categories, expected) => {
    expect(mostUrgent(categories)).toBe(expected);
  });
});
