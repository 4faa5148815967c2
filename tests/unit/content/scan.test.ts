import { describe, expect, it } from 'vitest';
import type { Classification, ClassifierInput } from '@/lib/classifier/types';
import { contentKey, previewKey } from '@/lib/content/keys';
import { firstName, scanRows, scanThread, type ScanContext } from '@/lib/content/scan';
import { SeenKeys } from '@/lib/content/seen-keys';
import type { ChatRow, IncomingMessage, OpenThread } from '@/lib/platforms/types';
import { defaultSettings } from '@/lib/settings/defaults';
import { toClassifierConfig } from '@/lib/settings/validate';

const NOW = Date.UTC(2026, 10, 26, 13, 0); // Thursday 13:00 UTC, inside default hours

/** A stand-in classifier: anything containing "PERSON" asks for a person; it records its inputs. */
function fakeClassifier() {
  const calls: ClassifierInput[] = [];
  const classify = (input: ClassifierInput): Classification => {
    calls.push(input);
    return input.text.includes('PERSON')
      ? {
          escalate: true,
          category: 'human_request',
          categories: ['human_request'],
          score: 0.9,
          lang: 'en',
          reasons: ['asks for a person'],
        }
      : { escalate: false, category: null, categories: [], score: 0.1, lang: 'en', reasons: [] };
  };
  return { calls, classify };
}

function context(classify: ScanContext['classify']): ScanContext {
  const settings = defaultSettings();
  settings.ownerName = 'Marta';
  return {
    platform: 'whatsapp',
    settings,
    config: toClassifierConfig(settings),
    now: NOW,
    seen: new SeenKeys(),
    classify,
  };
}

function row(overrides: Partial<ChatRow>): ChatRow {
  return {
    element: {} as HTMLElement,
    threadKey: 'wa:title:ana lima',
    title: 'Ana Lima',
    preview: 'PERSON please',
    previewFromMe: false,
    unreadCount: 2,
    muted: false,
    group: false,
    ...overrides,
  };
}

const thread: OpenThread = {
  threadKey: 't1',
  title: 'Ana Lima',
  group: false,
  root: {} as HTMLElement,
};
const msg = (
  key: string,
  author: 'them' | 'me',
  text: string,
  extra: Partial<IncomingMessage> = {},
): IncomingMessage => ({
  key,
  threadKey: 't1',
  author,
  text,
  hasMedia: false,
  ...extra,
});

describe('chat list previews', () => {
  it('classifies unread customer previews and reports escalations with draft and promise', () => {
    const { classify } = fakeClassifier();
    const [report, ...rest] = scanRows([row({})], context(classify));
    expect(rest).toHaveLength(0);
    expect(report).toMatchObject({
      platform: 'whatsapp',
      threadKey: 'wa:title:ana lima',
      customer: 'Ana Lima',
      category: 'human_request',
      source: 'preview',
      messageKeys: [
        previewKey('wa:title:ana lima', 'PERSON please'),
        contentKey('wa:title:ana lima', 'PERSON please'),
      ],
    });
    expect(report?.draft).toContain('Ana');
    expect(report?.promiseDueAt).toBeGreaterThan(NOW);
  });

  it.each([
    ['read chats', { unreadCount: 0 }],
    ['chats whose last message is the owner’s', { previewFromMe: true }],
    ['empty previews (media only)', { preview: '  ' }],
  ])('skips %s', (_name, overrides) => {
    const { classify, calls } = fakeClassifier();
    expect(scanRows([row(overrides)], context(classify))).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('classifies a preview once, however often the list re-renders', () => {
    const { classify, calls } = fakeClassifier();
    const ctx = context(classify);
    expect(scanRows([row({})], ctx)).toHaveLength(1);
    expect(scanRows([row({})], ctx)).toHaveLength(0);
    expect(calls).toHaveLength(1);
    expect(scanRows([row({ preview: 'PERSON again' })], ctx)).toHaveLength(1);
  });
});

describe('open conversation', () => {
  it('classifies new customer messages with the conversation so far as history', () => {
    const { classify, calls } = fakeClassifier();
    const messages = [
      msg('m1', 'them', 'hello'),
      msg('m2', 'me', 'hi, how can I help?'),
      msg('m3', 'them', 'PERSON now'),
    ];
    const reports = scanThread(thread, messages, context(classify), false);
    expect(reports.map((r) => r.messageKeys[0])).toEqual(['m3']);
    expect(calls.at(-1)).toEqual({
      text: 'PERSON now',
      history: [
        { from: 'customer', text: 'hello' },
        { from: 'owner', text: 'hi, how can I help?' },
      ],
    });
  });

  it('backlog: messages before the owner’s last reply are remembered but not classified', () => {
    const { classify, calls } = fakeClassifier();
    const ctx = context(classify);
    const messages = [
      msg('m1', 'them', 'PERSON old'),
      msg('m2', 'me', 'answered'),
      msg('m3', 'them', 'PERSON new'),
    ];
    const reports = scanThread(thread, messages, ctx, true);
    expect(reports.map((r) => r.messageKeys[0])).toEqual(['m3']);
    expect(calls.map((c) => c.text)).toEqual(['PERSON new']);
    // Seen later as live messages, the old ones still do not escalate.
    expect(scanThread(thread, messages, ctx, false)).toEqual([]);
  });

  it('each message is handled once: re-reading the same rows reports nothing new', () => {
    const { classify } = fakeClassifier();
    const ctx = context(classify);
    const messages = [msg('m1', 'them', 'PERSON')];
    expect(scanThread(thread, messages, ctx, false)).toHaveLength(1);
    expect(scanThread(thread, [...messages], ctx, false)).toHaveLength(0);
    expect(
      scanThread(thread, [...messages, msg('m2', 'them', 'PERSON twice')], ctx, false),
    ).toHaveLength(1);
  });

  it('ignores the owner’s own messages and media without text', () => {
    const { classify, calls } = fakeClassifier();
    const messages = [
      msg('m1', 'me', 'PERSON is what I am'),
      msg('m2', 'them', '', { hasMedia: true }),
    ];
    expect(scanThread(thread, messages, context(classify), false)).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('names the group member who wrote, with the group', () => {
    const { classify } = fakeClassifier();
    const group = { ...thread, group: true, title: 'Encomendas 2026' };
    const [report] = scanThread(
      group,
      [msg('m1', 'them', 'PERSON', { sender: 'Pedro' })],
      context(classify),
      false,
    );
    expect(report?.customer).toBe('Pedro (Encomendas 2026)');
  });

  it('shares the content key between a preview and the same message in the chat', () => {
    expect(contentKey('t', 'Quero  falar\ncom alguém')).toBe(
      contentKey('t', 'quero falar com alguém'),
    );
    expect(contentKey('t', 'a')).not.toBe(contentKey('u', 'a'));
  });
});

describe('first names for greetings', () => {
  it.each([
    ['Carla Mendes', 'Carla'],
    ['+55 48 99999-0000', undefined],
    ['', undefined],
    ['Lucía', 'Lucía'],
  ])('%s → %s', (title, expected) => {
    expect(firstName(title)).toBe(expected);
  });
});

describe('seen keys', () => {
  it('forgets the oldest keys beyond capacity so memory stays bounded', () => {
    const seen = new SeenKeys(3);
    for (const key of ['a', 'b', 'c', 'd']) seen.add(key);
    expect(seen.size).toBe(3);
    expect(seen.has('a')).toBe(false);
    expect(seen.has('d')).toBe(true);
    expect(seen.add('d')).toBe(false);
  });
});

describe('history loaded by scrolling up', () => {
  it('older messages appearing above ones already seen are remembered, not classified', () => {
    const { classify, calls } = fakeClassifier();
    const ctx = context(classify);
    expect(scanThread(thread, [msg('m5', 'them', 'hello again')], ctx, true)).toEqual([]);
    const withHistory = [
      msg('m1', 'them', 'PERSON from last month'),
      msg('m2', 'me', 'done'),
      msg('m5', 'them', 'hello again'),
    ];
    expect(scanThread(thread, withHistory, ctx, false)).toEqual([]);
    expect(calls.map((c) => c.text)).toEqual(['hello again']);
    // A genuinely new message below still escalates.
    expect(
      scanThread(thread, [...withHistory, msg('m6', 'them', 'PERSON now')], ctx, false),
    ).toHaveLength(1);
  });
});
