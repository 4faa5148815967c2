// First install opens the welcome page once and records a setup not started; an update or a
// second install event leaves the owner's progress alone.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onInstalled } from '@/lib/background/welcome';
import { loadSetupState, saveSetupState } from '@/lib/setup/store';

describe('onInstalled', () => {
  it('opens the welcome page on install and marks the setup as not started', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await onInstalled({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
    expect(await loadSetupState()).toEqual({ status: 'pending', step: 'business' });
  });

  it('opens nothing on an update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await onInstalled({ reason: 'update' });
    expect(create).not.toHaveBeenCalled();
  });

  it('keeps a setup already finished', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await saveSetupState({ status: 'done', step: 'business' });
    await onInstalled({ reason: 'install' });
    expect((await loadSetupState()).status).toBe('done');
  });
});
