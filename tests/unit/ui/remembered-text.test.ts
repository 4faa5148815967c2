import { describe, expect, it, vi } from 'vitest';
import { rememberedText } from '../../../lib/ui/remembered-text';

describe('rememberedText', () => {
  it('asks the catalogue once per key and substitutions, and answers the same text after', () => {
    const lookup = vi.fn((key: string, subs?: string | string[]) =>
      subs === undefined ? `<${key}>` : `<${key}:${[subs].flat().join('+')}>`,
    );
    const t = rememberedText(lookup);
    expect(t('action_resolve')).toBe('<action_resolve>');
    expect(t('action_resolve')).toBe('<action_resolve>');
    expect(t('a11y_actionFor', ['Resolve', 'Ana'])).toBe('<a11y_actionFor:Resolve+Ana>');
    expect(t('a11y_actionFor', ['Resolve', 'Ana'])).toBe('<a11y_actionFor:Resolve+Ana>');
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('keeps different substitutions apart', () => {
    const t = rememberedText((key, subs) => `${key}(${[subs ?? []].flat().join(',')})`);
    expect(t('log_openCount', '3')).toBe('log_openCount(3)');
    expect(t('log_openCount', '4')).toBe('log_openCount(4)');
    expect(t('a11y_actionFor', ['Open', 'Ana'])).toBe('a11y_actionFor(Open,Ana)');
    expect(t('a11y_actionFor', ['Open', 'Bea'])).toBe('a11y_actionFor(Open,Bea)');
    expect(t('log_openCount')).toBe('log_openCount()');
  });
});
