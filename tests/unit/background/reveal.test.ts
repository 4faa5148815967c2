import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  broadcastMarksChanged,
  instagramThreadUrl,
  revealConversation,
} from '@/lib/background/reveal';
import type { EscalationRow } from '@/lib/db/schema';

function row(overrides: Partial<EscalationRow>): EscalationRow {
  return {
    id: 1,
    platform: 'whatsapp',
    threadKey: 'wa:title:ana',
    messageKey: 'k',
    customer: 'Ana',
    category: 'complaint',
    categories: ['complaint'],
    score: 0.9,
    lang: 'en',
    reasons: [],
    excerpt: '',
    draft: '',
    source: 'thread',
    status: 'open',
    detectedAt: 0,
    updatedAt: 0,
    promiseState: 'none',
    reminded: [],
    ...overrides,
  };
}

function stubTabs(tabs: { id: number; url: string; windowId: number; active?: boolean }[]) {
  const byUrl = (info: { url?: string | string[] }) => {
    const patterns = [info.url ?? []].flat().map((p) => p.replace('*', ''));
    return Promise.resolve(tabs.filter((t) => patterns.some((p) => t.url.startsWith(p))) as never);
  };
  // The fake's query is overloaded with a callback form; this stub is the promise form.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- see above
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(byUrl);
  const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  const focus = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
  return { query, update, create, sendMessage, focus };
}

describe('revealing a conversation', () => {
  it('focuses the WhatsApp tab and asks it to show the row, without opening the chat', async () => {
    const spies = stubTabs([
      { id: 4, url: 'https://www.instagram.com/direct/inbox/', windowId: 1 },
      { id: 9, url: 'https://web.whatsapp.com/', windowId: 2 },
    ]);
    expect(await revealConversation(row({}))).toBe(true);
    expect(spies.update).toHaveBeenCalledWith(9, { active: true });
    expect(spies.focus).toHaveBeenCalledWith(2, { focused: true });
    expect(spies.sendMessage).toHaveBeenCalledWith(9, {
      type: 'thread:reveal',
      threadKey: 'wa:title:ana',
    });
    expect(spies.create).not.toHaveBeenCalled();
  });

  it('on Instagram, where a thread has its own address, goes to it because the owner asked', async () => {
    const spies = stubTabs([
      { id: 4, url: 'https://www.instagram.com/direct/inbox/', windowId: 1 },
    ]);
    await revealConversation(row({ platform: 'instagram', threadKey: 'ig:t:1784' }));
    expect(spies.update).toHaveBeenCalledWith(4, {
      active: true,
      url: 'https://www.instagram.com/direct/t/1784/',
    });
  });

  it('knows the address of plain and encrypted Instagram threads, and none for name keys', () => {
    expect(instagramThreadUrl('ig:t:1784')).toBe('https://www.instagram.com/direct/t/1784/');
    expect(instagramThreadUrl('ig:e2ee:17849112233440001')).toBe(
      'https://www.instagram.com/direct/e2ee/t/17849112233440001/',
    );
    expect(instagramThreadUrl('ig:name:léa dubois')).toBeUndefined();
    expect(instagramThreadUrl('ig:e2ee:../x')).toBeUndefined();
  });

  it('opens the site’s inbox (not a chat) when no tab is open', async () => {
    const spies = stubTabs([]);
    expect(await revealConversation(row({}))).toBe(false);
    expect(spies.create).toHaveBeenCalledWith({ url: 'https://web.whatsapp.com/' });
  });

  it('tells every open site tab that the marks changed, ignoring tabs without the script', async () => {
    const spies = stubTabs([
      { id: 4, url: 'https://www.instagram.com/direct/inbox/', windowId: 1 },
      { id: 9, url: 'https://web.whatsapp.com/', windowId: 2 },
    ]);
    spies.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    await broadcastMarksChanged();
    expect(spies.sendMessage).toHaveBeenCalledTimes(2);
    expect(spies.sendMessage).toHaveBeenCalledWith(9, { type: 'marks:changed' });
  });

  it('does not tell the tab whose request’s answer carries the change', async () => {
    const spies = stubTabs([
      { id: 4, url: 'https://www.instagram.com/direct/inbox/', windowId: 1 },
      { id: 9, url: 'https://web.whatsapp.com/', windowId: 2 },
    ]);
    await broadcastMarksChanged(9);
    expect(spies.sendMessage.mock.calls).toEqual([[4, { type: 'marks:changed' }]]);
  });
});
