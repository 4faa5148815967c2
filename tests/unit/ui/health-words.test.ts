import { describe, expect, it } from 'vitest';
import { missingParts, missingText, notConnectedLines } from '@/lib/health-words';
import en from '../../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;
const t = (key: string, subs?: string | string[]) =>
  ((en as Catalogue)[key]?.message ?? key).replace('$P1$', [subs ?? ''].flat()[0] ?? '');

describe('what a page that is not recognised cannot show', () => {
  it('maps both adapters’ names to the same few parts, each once, in a fixed order', () => {
    expect(missingParts(['rowPreview', 'rowName', 'rowTitle'])).toEqual(['names', 'previews']);
    expect(missingParts(['messageList', 'chatList', 'messages'])).toEqual(['list', 'messages']);
    expect(missingParts(['conversation', 'headerTitle', 'somethingNew'])).toEqual([
      'conversation',
      'chatName',
      'other',
    ]);
    expect(missingParts([])).toEqual([]);
  });

  it('puts them into plain words', () => {
    expect(missingText(t, ['rowName', 'rowPreview'])).toBe(
      "can't read chat names, message previews",
    );
    expect(missingText(t, [])).toBe('');
  });

  it('gives one line per distinct unrecognised page, and none for other states', () => {
    const row = (
      platform: 'instagram' | 'whatsapp',
      state: 'unrecognised' | 'connected' | 'loading',
      missing: string[],
      tabId: number,
    ) => ({ tabId, platform, state, missing, reportedAt: 0 });
    expect(
      notConnectedLines(t, [
        row('instagram', 'unrecognised', ['conversation'], 1),
        row('instagram', 'unrecognised', ['conversation'], 2),
        row('whatsapp', 'connected', [], 3),
        row('whatsapp', 'loading', [], 4),
      ]),
    ).toEqual(["Instagram: not connected: page not recognised (can't read the open conversation)"]);
  });
});
