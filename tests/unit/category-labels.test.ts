import { describe, expect, it } from 'vitest';
import { categoryLabelFrom } from '@/lib/category-labels';

describe('categoryLabelFrom', () => {
  it('asks the catalogue for category_<name>', () => {
    const asked: string[] = [];
    const label = categoryLabelFrom((key) => {
      asked.push(key);
      return 'Reclamação';
    }, 'complaint');
    expect(asked).toEqual(['category_complaint']);
    expect(label).toBe('Reclamação');
  });

  it('falls back to English when the catalogue answers with the key or nothing', () => {
    expect(categoryLabelFrom((key) => key, 'human_request')).toBe('Asks for a person');
    expect(categoryLabelFrom(() => '', 'knowledge_gap')).toBe('Unanswered question');
  });
});
