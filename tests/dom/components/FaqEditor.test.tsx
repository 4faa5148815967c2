// @vitest-environment jsdom
// The FAQ editor the options page and the welcome setup share: the same controls, each page's
// test ids, and every edit handed back as a whole new settings document.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FaqEditor } from '../../../components/options/faq-editor';
import { FaqSection } from '../../../components/options/FaqSection';
import { FaqStep } from '../../../components/welcome/FaqStep';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/types';
import { renderUi } from './ui-text';

afterEach(cleanup);

const withFaq = (entries: Settings['knowledgeBase']): Settings => ({
  ...defaultSettings('UTC'),
  knowledgeBase: entries,
});

describe('FaqEditor', () => {
  it('says the FAQ is empty and adds a blank entry', () => {
    const onChange = vi.fn();
    renderUi(<FaqEditor settings={withFaq([])} onChange={onChange} idPrefix="" />);
    expect(screen.getByTestId('faq-empty').textContent).not.toBe('');
    expect(screen.queryAllByTestId('faq-entry')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('faq-add'));
    expect((onChange.mock.calls[0]?.[0] as Settings).knowledgeBase).toEqual([
      { question: '', answer: '' },
    ]);
  });

  it('edits a question or an answer in place and removes an entry', () => {
    const onChange = vi.fn();
    const settings = withFaq([
      { question: 'Do you ship?', answer: 'Yes' },
      { question: 'Open on Sunday?', answer: 'No' },
    ]);
    renderUi(<FaqEditor settings={settings} onChange={onChange} idPrefix="" />);
    expect(screen.getAllByTestId('faq-entry')).toHaveLength(2);
    fireEvent.input(screen.getByLabelText('Answer 2'), { target: { value: 'From 10:00' } });
    fireEvent.input(screen.getByLabelText('Question 1'), { target: { value: 'Do you deliver?' } });
    fireEvent.click(screen.getByRole('button', { name: /1$/ }));
    const [edited, renamed, removed] = onChange.mock.calls.map(
      (call) => (call[0] as Settings).knowledgeBase,
    );
    expect(edited).toEqual([
      { question: 'Do you ship?', answer: 'Yes' },
      { question: 'Open on Sunday?', answer: 'From 10:00' },
    ]);
    expect(renamed?.[0]).toEqual({ question: 'Do you deliver?', answer: 'Yes' });
    expect(removed).toEqual([{ question: 'Open on Sunday?', answer: 'No' }]);
    // The rest of the document is handed back unchanged.
    expect((onChange.mock.calls[0]?.[0] as Settings).businessHours).toBe(settings.businessHours);
  });

  it('is the editor of both the options page and the welcome setup, with their test ids', () => {
    const settings = withFaq([{ question: 'Do you ship?', answer: 'Yes' }]);
    renderUi(
      <>
        <FaqSection settings={settings} onChange={vi.fn()} />
        <FaqStep settings={settings} onChange={vi.fn()} />
      </>,
    );
    const options = screen.getByTestId('faq-entry');
    const setup = screen.getByTestId('setup-faq-entry');
    expect(options.innerHTML).toBe(setup.innerHTML);
    expect(screen.getByTestId('faq-add').textContent).toBe(
      screen.getByTestId('setup-faq-add').textContent,
    );
  });
});
