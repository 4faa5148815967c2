import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/lib/settings/defaults';
import { loadSettings, saveSettings, SETTINGS_KEY, watchSettings } from '@/lib/settings/store';

describe('settings store', () => {
  it('gives the defaults on a fresh install', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('saves a valid partial document as complete settings', async () => {
    const result = await saveSettings({ ownerName: 'Lucía' });
    expect(result.ok).toBe(true);
    expect((await loadSettings()).ownerName).toBe('Lucía');
  });

  it('keeps the old settings when a document is invalid', async () => {
    await saveSettings({ ownerName: 'Lucía' });
    const result = await saveSettings({ ownerName: 'Ana', retentionDays: -1 });
    expect(result.ok).toBe(false);
    expect((await loadSettings()).ownerName).toBe('Lucía');
  });

  it('falls back to defaults when storage holds something unreadable', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { retentionDays: 'forever' } });
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.businessName));
    await saveSettings({ businessName: 'Flores de Leeds' });
    stop();
    await saveSettings({ businessName: 'ignored' });
    expect(seen).toEqual(['Flores de Leeds']);
  });
});
