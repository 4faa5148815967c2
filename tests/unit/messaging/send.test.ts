// The content scripts talk to the background through the browser's own API (no polyfill in their
// bundle); the background answers through webextension-polyfill, whose error answers they must
// still read as errors.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/lib/messaging';

describe('sendMessage', () => {
  it('a failed handler’s answer, as the polyfill sends it in Chrome, rejects with its message', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      __mozWebExtensionPolyfillReject__: true,
      message: 'candidates:classify: invalid candidates[0].text',
    } as never);
    await expect(sendMessage('escalation:listOpen', { platform: 'whatsapp' })).rejects.toThrow(
      'candidates:classify: invalid candidates[0].text',
    );
  });

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
