// The pages (popup, options) send one message at a time; the polyfill they are built with reads
// a failed handler's answer back as an error itself. A content script takes only the
// background's two pushes (isTabMessage).
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTabMessage, sendMessage } from '@/lib/messaging';

describe('sendMessage', () => {
  it('an ordinary answer is passed through, and the envelope names the type', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue([] as never);
    await expect(sendMessage('escalation:listOpen', { platform: 'instagram' })).resolves.toEqual(
      [],
    );
    expect(send).toHaveBeenCalledWith({
      type: 'escalation:listOpen',
      data: { platform: 'instagram' },
    });
  });

  it('a rejection (no background, dead context) stays a rejection', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    await expect(sendMessage('escalation:listOpen', { platform: 'whatsapp' })).rejects.toThrow(
      'context invalidated',
    );
  });
});

describe('isTabMessage', () => {
  it('takes the background’s two pushes and nothing else', () => {
    expect(isTabMessage({ type: 'marks:changed' })).toBe(true);
    expect(isTabMessage({ type: 'thread:reveal', threadKey: 'ig:t:1' })).toBe(true);
    for (const other of [
      { type: 'thread:reveal' },
      { type: 'thread:reveal', threadKey: 1 },
      { type: 'escalation:listOpen' },
      {},
      null,
      undefined,
      'marks:changed',
      7,
    ])
      expect(isTabMessage(other)).toBe(false);
  });
});
