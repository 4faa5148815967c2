// Which messages of a page become candidates for the background to classify: new customer
// messages only, each once, with the turns before it as history.
import { describe, expect, it, vi } from 'vitest';
import { HISTORY_TURNS } from '@/lib/classifier/history';
import { contentKey, previewKey } from '@/lib/content/keys';
import { scanInboxRows, scanThread, type ScanContext } from '@/lib/content/scan';
import { SeenKeys } from '@/lib/content/seen-keys';
import type { InboxRow, IncomingMessage, OpenThread } from '@/lib/platforms/types';

// contentKey as it is, counted: a key is normalised and hashed text, made only where needed.
vi.mock('@/lib/content/keys', async (importOriginal) => {
  const keys = await importOriginal<typeof import('@/lib/content/keys')>();
  return { ...keys, contentKey: vi.fn(keys.contentKey) };
});

function context(): ScanContext {
  return { platform: 'whatsapp', seen: new SeenKeys() };
}

function row(overrides: Partial<InboxRow>): InboxRow {
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

describe('inbox previews', () => {
  it('an unread customer preview is a candidate, its keys held until the batch is acknowledged', () => {
    const ctx = context();
    const [candidate, ...rest] = scanInboxRows([row({})], ctx);
    expect(rest).toHaveLength(0);
    const keys = [
      previewKey('wa:title:ana lima', 'PERSON please'),
      contentKey('wa:title:ana lima', 'PERSON please'),
    ];
    expect(candidate).toEqual({
      threadKey: 'wa:title:ana lima',
      messageKeys: keys,
      customer: 'Ana Lima',
      text: 'PERSON please',
      history: [],
      source: 'preview',
      group: false,
    });
    expect(keys.every((k) => ctx.seen.isHeld(k))).toBe(true);
  });

  it("a group's preview says it comes from a group", () => {
    const [candidate] = scanInboxRows([row({ group: true })], context());
    expect(candidate?.group).toBe(true);
  });

  it.each([
    ['read chats', { unreadCount: 0 }],
    ['chats whose last message is the owner’s', { previewFromMe: true }],
    ['empty previews (media only)', { preview: '  ' }],
  ])('skips %s', (_name, overrides) => {
    expect(scanInboxRows([row(overrides)], context())).toEqual([]);
  });

  it('skips a preview whose message was read from the open chat, in this pass or before', () => {
    const ctx = context();
    const chat = { ...thread, threadKey: 'wa:title:ana lima' };
    const fromChat = { ...msg('m1', 'them', 'PERSON please'), threadKey: chat.threadKey };
    expect(scanThread(chat, [fromChat], ctx, false)).toHaveLength(1);
    // Held, not yet acknowledged: the preview of the same message is not sent.
    expect(scanInboxRows([row({})], ctx)).toEqual([]);
    ctx.seen.confirm(scanThread(chat, [fromChat], context(), false)[0]?.messageKeys ?? []);
    expect(scanInboxRows([row({})], ctx)).toEqual([]);
    // Another chat's preview, or another message, is still a candidate.
    expect(scanInboxRows([row({ threadKey: 'wa:title:bia' })], ctx)).toHaveLength(1);
    expect(scanInboxRows([row({ preview: 'PERSON again' })], ctx)).toHaveLength(1);
  });

  it('sends a preview once, however often the list re-renders', () => {
    const ctx = context();
    expect(scanInboxRows([row({})], ctx)).toHaveLength(1);
    expect(scanInboxRows([row({})], ctx)).toHaveLength(0);
    expect(scanInboxRows([row({ preview: 'PERSON again' })], ctx)).toHaveLength(1);
  });
});

describe('open thread', () => {
  it("a group's messages say they come from a group", () => {
    const group: OpenThread = { ...thread, group: true };
    const [candidate] = scanThread(
      group,
      [msg('m1', 'them', 'who brings the table?')],
      context(),
      false,
    );
    expect(candidate?.group).toBe(true);
    expect(scanThread(thread, [msg('m2', 'them', 'hi?')], context(), false)[0]?.group).toBe(false);
  });

  it('a new customer message is a candidate with the thread so far as history', () => {
    const messages = [
      msg('m1', 'them', 'hello'),
      msg('m2', 'me', 'hi, how can I help?'),
      msg('m3', 'them', 'PERSON now', { sentAt: 1_700_000_000_000 }),
    ];
    const [candidate, ...rest] = scanThread(thread, messages, context(), true);
    expect(rest).toEqual([]);
    expect(candidate).toMatchObject({
      threadKey: 't1',
      customer: 'Ana Lima',
      text: 'PERSON now',
      source: 'thread',
      sentAt: 1_700_000_000_000,
      history: [
        { from: 'customer', text: 'hello' },
        { from: 'owner', text: 'hi, how can I help?' },
      ],
    });
  });

  it('live: every new customer message is sent, each with the turns before it', () => {
    const messages = [msg('m1', 'them', 'hello'), msg('m2', 'them', 'anyone?')];
    const candidates = scanThread(thread, messages, context(), false);
    expect(candidates.map((c) => [c.text, c.history.map((t) => t.text)])).toEqual([
      ['hello', []],
      ['anyone?', ['hello']],
    ]);
  });

  it('history: the last turns with text, media without a caption left out', () => {
    const messages = [
      ...Array.from({ length: HISTORY_TURNS + 3 }, (_, i) => msg(`o${i}`, 'me', `reply ${i}`)),
      msg('p1', 'them', '', { hasMedia: true }),
      msg('p2', 'them', '', { hasMedia: true }),
      msg('m1', 'them', 'PERSON'),
    ];
    const [candidate] = scanThread(thread, messages, context(), false);
    expect(candidate?.history).toHaveLength(HISTORY_TURNS);
    expect(candidate?.history.at(-1)).toEqual({
      from: 'owner',
      text: `reply ${HISTORY_TURNS + 2}`,
    });
  });

  it('backlog: messages before the owner’s last reply are remembered but not sent', () => {
    const ctx = context();
    const messages = [
      msg('m1', 'them', 'PERSON old'),
      msg('m2', 'me', 'answered'),
      msg('m3', 'them', 'PERSON new'),
    ];
    const candidates = scanThread(thread, messages, ctx, true);
    expect(candidates.map((c) => c.messageKeys[0])).toEqual(['m3']);
    // Seen later as live messages, the old ones are still not sent.
    expect(scanThread(thread, messages, ctx, false)).toEqual([]);
  });

  it('each message is sent once: re-reading the same rows sends nothing new', () => {
    const ctx = context();
    const messages = [msg('m1', 'them', 'PERSON')];
    expect(scanThread(thread, messages, ctx, false)).toHaveLength(1);
    expect(scanThread(thread, [...messages], ctx, false)).toHaveLength(0);
    expect(
      scanThread(thread, [...messages, msg('m2', 'them', 'PERSON twice')], ctx, false),
    ).toHaveLength(1);
  });

  it('a new message read with its context makes one content key: the turns are looked up by their own key', () => {
    const ctx = context();
    const turns = Array.from({ length: HISTORY_TURNS }, (_, i) =>
      msg(`t${i}`, i % 2 ? 'me' : 'them', `turn ${i}`),
    );
    for (const turn of turns) ctx.seen.add(turn.key);
    const expected = contentKey('t1', 'PERSON');
    vi.mocked(contentKey).mockClear();
    const candidates = scanThread(thread, [...turns, msg('m1', 'them', 'PERSON')], ctx, false);
    expect(candidates.map((c) => c.messageKeys)).toEqual([['m1', expected]]);
    expect(vi.mocked(contentKey)).toHaveBeenCalledTimes(1);
  });

  it('a preview already sent makes no content key when the list is read again', () => {
    const ctx = context();
    scanInboxRows([row({})], ctx);
    vi.mocked(contentKey).mockClear();
    expect(scanInboxRows([row({}), row({})], ctx)).toEqual([]);
    expect(vi.mocked(contentKey)).not.toHaveBeenCalled();
  });

  it('ignores the owner’s own messages and media without text', () => {
    const messages = [
      msg('m1', 'me', 'PERSON is what I am'),
      msg('m2', 'them', '', { hasMedia: true }),
    ];
    expect(scanThread(thread, messages, context(), false)).toEqual([]);
  });

  it('names the group member who wrote, with the group', () => {
    const group = { ...thread, group: true, title: 'Encomendas 2026' };
    const [candidate] = scanThread(
      group,
      [msg('m1', 'them', 'PERSON', { sender: 'Pedro' })],
      context(),
      false,
    );
    expect(candidate?.customer).toBe('Pedro (Encomendas 2026)');
  });

  it('shares the content key between a preview and the same message in the chat', () => {
    expect(contentKey('t', 'Quero  falar\ncom alguém')).toBe(
      contentKey('t', 'quero falar com alguém'),
    );
    expect(contentKey('t', 'a')).not.toBe(contentKey('u', 'a'));
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
  it('older messages appearing above ones already seen are remembered, not sent', () => {
    const ctx = context();
    expect(
      scanThread(thread, [msg('m5', 'them', 'hello again')], ctx, true).map((c) => c.text),
    ).toEqual(['hello again']);
    const withHistory = [
      msg('m1', 'them', 'PERSON from last month'),
      msg('m2', 'me', 'done'),
      msg('m5', 'them', 'hello again'),
    ];
    expect(scanThread(thread, withHistory, ctx, false)).toEqual([]);
    // A genuinely new message below is still sent.
    expect(
      scanThread(thread, [...withHistory, msg('m6', 'them', 'PERSON now')], ctx, false),
    ).toHaveLength(1);
  });
});
