// @vitest-environment jsdom
// The welcome page over the fake browser's storage: the time zone comes prefilled, each step is
// saved when the owner moves on (so the setup resumes where it was left), FAQ examples are added
// with one click, the try box shows the verdict and the draft, finishing and skipping are stored.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/welcome/App';
import { loadSettings } from '../../../lib/settings/store';
import { loadSetupState, saveSetupState } from '../../../lib/setup/store';
import { renderUi } from './ui-text';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(cleanup);

async function renderWelcome() {
  renderUi(<App />);
  await waitFor(() => expect(screen.getByTestId('setup-next')).toBeTruthy());
}

async function next(step: string) {
  fireEvent.click(screen.getByTestId('setup-next'));
  await waitFor(() => expect(screen.getByTestId(`setup-step-${step}`)).toBeTruthy());
}

describe('welcome page', () => {
  it('prefills the browser time zone, saves each step and finishes', async () => {
    await renderWelcome();
    expect(screen.getByTestId<HTMLInputElement>('setup-time-zone').value).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    fireEvent.input(screen.getByTestId('setup-business-name'), { target: { value: 'Forno Azul' } });
    fireEvent.input(screen.getByTestId('setup-owner-name'), { target: { value: 'Marta' } });
    fireEvent.input(screen.getByTestId('setup-time-zone'), {
      target: { value: 'America/Sao_Paulo' },
    });
    await next('hours');
    expect((await loadSettings()).businessName).toBe('Forno Azul');
    expect(await loadSetupState()).toEqual({ status: 'pending', step: 'hours' });

    fireEvent.click(
      screen.getByLabelText('Open', { selector: '[data-testid="setup-hours-sat"] input' }),
    );
    await next('faq');
    expect((await loadSettings()).businessHours.week.sat).toEqual({
      open: '09:00',
      close: '18:00',
    });

    fireEvent.click(screen.getByTestId('setup-faq-examples-pt'));
    await waitFor(() => expect(screen.getAllByTestId('setup-faq-entry')).toHaveLength(4));
    await next('categories');
    fireEvent.click(screen.getByTestId('setup-watch-emotional'));
    await next('try');

    fireEvent.input(screen.getByTestId('setup-try-text'), {
      target: { value: 'Posso falar com um atendente, por favor?' },
    });
    await waitFor(() => expect(screen.getByTestId('setup-try-flagged')).toBeTruthy());
    expect(screen.getByTestId('setup-try-flagged').textContent).toContain('Asks for a person');
    expect(screen.getByTestId('setup-try-draft').textContent).toContain('Marta');
    fireEvent.click(screen.getByTestId('setup-try-sample-0'));
    await waitFor(() => expect(screen.getByTestId('setup-try-quiet')).toBeTruthy());

    fireEvent.click(screen.getByTestId('setup-next'));
    await waitFor(() => expect(screen.getByTestId('setup-done')).toBeTruthy());
    const stored = await loadSettings();
    expect(stored).toMatchObject({
      businessName: 'Forno Azul',
      ownerName: 'Marta',
      businessHours: { timeZone: 'America/Sao_Paulo' },
    });
    expect(stored.knowledgeBase).toHaveLength(4);
    expect(stored.triggers.emotional.enabled).toBe(false);
    expect(stored.triggers.knowledge_gap.enabled).toBe(true);
    expect((await loadSetupState()).status).toBe('done');
  });

  it('resumes at the step where the owner left', async () => {
    await saveSetupState({ status: 'pending', step: 'faq' });
    await renderWelcome();
    expect(screen.getByTestId('setup-step-faq')).toBeTruthy();
  });

  it('refuses an unknown time zone and stays on the step', async () => {
    await renderWelcome();
    fireEvent.input(screen.getByTestId('setup-time-zone'), { target: { value: 'Mars/Olympus' } });
    fireEvent.click(screen.getByTestId('setup-next'));
    await waitFor(() =>
      expect(screen.getByTestId('setup-errors').textContent).toContain('businessHours.timeZone'),
    );
    expect(screen.getByTestId('setup-step-business')).toBeTruthy();
    expect((await loadSetupState()).status).toBe('pending');
  });

  it('skipping stores the defaults with the browser time zone and every category watched', async () => {
    await renderWelcome();
    fireEvent.click(screen.getByTestId('setup-skip'));
    await waitFor(() => expect(screen.getByTestId('setup-skipped')).toBeTruthy());
    const stored = await loadSettings();
    expect(stored.triggers.knowledge_gap.enabled).toBe(true);
    expect(stored.knowledgeBase).toEqual([]);
    expect(stored.triggers.human_request.enabled).toBe(true);
    expect(stored.businessHours.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect((await loadSetupState()).status).toBe('skipped');
  });
});
