// @vitest-environment jsdom
// The options page over the fake browser's storage: editing and saving, the live template preview,
// importing (errors listed, settings kept), exporting, deleting all data and the backtest.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/defaults';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { renderUi } from './ui-text';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/messaging', () => ({ sendMessage }));

const { App } = await import('../../../entrypoints/options/App');

/** jsdom's File has no text()/arrayBuffer(); the browser's has. */
function makeFile(name: string, text: string): File {
  const file = new File([text], name);
  const bytes = new TextEncoder().encode(text);
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(bytes.buffer) });
  return file;
}

function pick(testId: string, file: File) {
  fireEvent.change(screen.getByTestId(testId), { target: { files: [file] } });
}

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
  sendMessage.mockResolvedValue(null);
});

afterEach(cleanup);

async function renderOptions(confirm: (message: string) => boolean = () => true) {
  renderUi(<App confirm={confirm} />);
  await waitFor(() => expect(screen.getByTestId('business-name')).toBeTruthy());
}

describe('options', () => {
  it('edits and saves the business, hours and reply times', async () => {
    await renderOptions();
    expect(screen.getByTestId('options')).toBeTruthy();
    fireEvent.input(screen.getByTestId('business-name'), { target: { value: 'Bolsas da Ilha' } });
    fireEvent.input(screen.getByTestId('response-in-hours'), { target: { value: '90' } });
    fireEvent.click(screen.getByTestId('trigger-enabled-emotional'));
    fireEvent.input(screen.getByTestId('trigger-mute-complaint'), {
      target: { value: 'refund\n\n' },
    });
    expect(screen.getByTestId('save-status').textContent).toBe('Unsaved changes');
    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved.'));
    const stored = await loadSettings();
    expect(stored.businessName).toBe('Bolsas da Ilha');
    expect(stored.responseTimes.inHoursMinutes).toBe(90);
    expect(stored.triggers.emotional.enabled).toBe(false);
    expect(stored.triggers.complaint.mute).toContain('refund');
    expect(stored.triggers.complaint.mute).not.toContain('');
  });

  it('refuses to save an invalid document, lists every error and keeps the stored settings', async () => {
    await renderOptions();
    fireEvent.click(screen.getByTestId('faq-add'));
    const answer = screen.getByLabelText('Answer 1');
    fireEvent.input(answer, { target: { value: 'We ship on Mondays' } });
    fireEvent.input(screen.getByTestId('time-zone'), { target: { value: 'Mars/Olympus' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(screen.getByTestId('save-errors').children.length).toBe(2));
    // Each error names the field as the page labels it, never its path in the settings file.
    const saveErrors = [...screen.getByTestId('save-errors').children].map((li) => li.textContent);
    expect(saveErrors).toEqual([
      'Question 1: write the question, or remove it',
      'Time zone: choose a time zone from the list, such as Europe/Madrid',
    ]);
    expect((await loadSettings()).businessHours.timeZone).toBe('UTC');
  });

  it('previews each template live and checks it inline', async () => {
    await renderOptions();
    fireEvent.input(screen.getByTestId('owner-name'), { target: { value: 'Marta' } });
    const preview = () => screen.getByTestId('template-preview-complaint-en').textContent;
    await waitFor(() => expect(preview()).toContain('Marta'));
    expect(preview()).toContain('Ana');
    fireEvent.input(screen.getByTestId('template-complaint-en'), {
      target: { value: 'Sorry {customer}, {owner} will call you {promise}.' },
    });
    await waitFor(() => expect(preview()).toMatch(/^Sorry Ana, Marta will call you .+\.$/));
    fireEvent.input(screen.getByTestId('template-complaint-en'), {
      target: { value: 'Hi {client}' },
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('{client}'));
    expect(preview()).toBe('');
    expect(screen.getByTestId('template-preview-high_value-pt').textContent).not.toBe('');
  });

  it('imports a settings file, or lists every error and keeps the settings', async () => {
    await saveSettings({ businessName: 'Before' });
    await renderOptions();
    pick(
      'settings-import',
      makeFile('bad.json', JSON.stringify({ businessName: 7, retentionDays: 0, colour: 'red' })),
    );
    await waitFor(() =>
      expect(screen.getByTestId('settings-import-errors').children.length).toBe(3),
    );
    const errors = screen.getByTestId('settings-import-errors').textContent;
    expect(errors).toContain('Business name: write at most 100 characters');
    expect(errors).toContain('Delete escalations older than (days): enter a whole number');
    expect(errors).toContain('"colour" is not a setting this version knows');
    expect(errors).not.toMatch(/businessName|retentionDays/);
    expect((await loadSettings()).businessName).toBe('Before');

    pick('settings-import', makeFile('broken.json', '{ not json'));
    await waitFor(() =>
      expect(screen.getByTestId('settings-import-errors').textContent).toContain('not valid JSON'),
    );

    pick(
      'settings-import',
      makeFile('good.json', JSON.stringify({ businessName: 'After', ownerName: 'Marta' })),
    );
    await waitFor(() => expect(screen.getByTestId('settings-import-ok')).toBeTruthy());
    expect((await loadSettings()).businessName).toBe('After');
    expect(screen.getByTestId<HTMLInputElement>('business-name').value).toBe('After');
  });

  it('words the import limits and a storage failure for the owner, never as raw paths', async () => {
    await saveSettings({ businessName: 'Before' });
    await renderOptions();
    const tooMany = { triggers: { complaint: { add: Array.from({ length: 150 }, () => '') } } };
    pick('settings-import', makeFile('long.json', JSON.stringify(tooMany)));
    await waitFor(() =>
      expect(screen.getByTestId('settings-import-errors').children.length).toBe(1),
    );
    expect(screen.getByTestId('settings-import-errors').textContent).toBe(
      'Extra phrases that mean this (Complaint): keep at most 100 entries (the file has 150)',
    );

    // The browser refuses to store (quota): the page says so instead of failing silently.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    fireEvent.input(screen.getByTestId('business-name'), { target: { value: 'After' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(screen.getByTestId('save-errors').children.length).toBe(1));
    expect(screen.getByTestId('save-errors').textContent).toBe(
      'The browser could not store the settings, so nothing changed: QUOTA_BYTES quota exceeded',
    );
    vi.restoreAllMocks();
    expect((await loadSettings()).businessName).toBe('Before');
  });

  it('exports the saved settings as a file', async () => {
    await saveSettings({ businessName: 'Exported' });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await renderOptions();
    fireEvent.click(screen.getByTestId('settings-export'));
    expect(click).toHaveBeenCalledOnce();
    expect(blobs[0]?.type).toBe('application/json');
  });

  it('deletes all data only after confirmation', async () => {
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    await renderOptions(confirm);
    fireEvent.click(screen.getByTestId('delete-all'));
    expect(sendMessage).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('delete-all'));
    await waitFor(() => expect(screen.getByTestId('delete-all-done')).toBeTruthy());
    expect(sendMessage).toHaveBeenCalledWith('data:deleteAll', {});
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it('backtests a WhatsApp export under the unsaved settings', async () => {
    await renderOptions();
    fireEvent.input(screen.getByTestId('owner-name'), { target: { value: 'Marta' } });
    const chat = [
      '14/03/2026, 09:01 - Marta: Bom dia! Em que posso ajudar?',
      '14/03/2026, 09:02 - Ana Souza: Quero falar com um atendente humano agora',
      '14/03/2026, 09:03 - Marta: Claro',
      '14/03/2026, 09:05 - Ana Souza: <b>I want to speak to a real person</b> please',
      '',
    ].join('\n');
    pick('backtest-input', makeFile('WhatsApp Chat with Ana.txt', chat));
    await waitFor(() => expect(screen.getAllByTestId('backtest-hit')).toHaveLength(2));
    const results = screen.getByTestId('backtest-results');
    expect(results.textContent).toContain('asks for a person');
    expect(results.querySelector('b')).toBeNull();
    expect(screen.getByTestId('backtest-summary').textContent).toBe(
      '2 of 2 customer messages would need you.',
    );
    // The owner guess is said in the page's words (from the catalogue), naming who was taken.
    expect(screen.getByTestId('backtest-owner-basis').textContent).toBe(
      'You are Marta: it matches a name in your settings.',
    );
    // An unsaved edit changes the result at once.
    fireEvent.click(screen.getByTestId('trigger-enabled-human_request'));
    await waitFor(() => expect(screen.queryAllByTestId('backtest-hit')).toHaveLength(0));
    expect((await loadSettings()).triggers.human_request.enabled).toBe(
      defaultSettings().triggers.human_request.enabled,
    );
  });

  it('says what went wrong with an unreadable export', async () => {
    await renderOptions();
    pick('backtest-input', makeFile('chat.zip', 'PK\u0003\u0004garbage'));
    await waitFor(() =>
      expect(screen.getByTestId('backtest-error').textContent).toContain('chat.zip'),
    );
  });
});
