// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderNeedsMe, type NeedsMeState } from '../../../components/injected/NeedsMeButton';
import { LearningSection } from '../../../components/options/LearningSection';
import { LearningStatsPanel } from '../../../components/popup/LearningStatsPanel';
import type { VerdictSummary } from '../../../lib/ui/view-types';
import { renderUi } from './ui-text';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

const strings = {
  button: 'Needs me',
  hint: 'The radar missed this chat',
  question: 'What does this chat need you for?',
  cancel: 'Cancel',
  failed: 'Could not save',
};
const categories = [
  { category: 'complaint' as const, label: 'Complaint' },
  { category: 'human_request' as const, label: 'Wants a person' },
];

/** "Needs me" as the content script draws it (with the DOM, no UI library), in the page's body. */
function needsMe(state: NeedsMeState) {
  const props = { onOpen: vi.fn(), onChoose: vi.fn(), onCancel: vi.fn() };
  const mount = document.createElement('div');
  document.body.append(mount);
  renderNeedsMe(mount, { state, categories, strings, ...props });
  return props;
}

describe('"Needs me" in the page', () => {
  it('is one quiet button until pressed', () => {
    const props = needsMe('idle');
    expect(screen.queryByTestId('needs-me-complaint')).toBeNull();
    fireEvent.click(screen.getByTestId('needs-me'));
    expect(props.onOpen).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks which category, and reports the one chosen', () => {
    const props = needsMe('choosing');
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe(strings.question);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Complaint',
      'Wants a person',
      'Cancel',
    ]);
    fireEvent.click(screen.getByTestId('needs-me-human_request'));
    expect(props.onChoose).toHaveBeenCalledWith('human_request');
    fireEvent.click(screen.getByTestId('needs-me-cancel'));
    expect(props.onCancel).toHaveBeenCalledTimes(1);
  });

  it('cannot be pressed twice while sending, and says when saving failed', () => {
    needsMe('sending');
    for (const button of screen.getAllByRole('button'))
      expect((button as HTMLButtonElement).disabled).toBe(true);
    document.body.replaceChildren();
    const props = needsMe('failed');
    expect(screen.getByRole('alert').textContent).toBe('Could not save');
    fireEvent.click(screen.getByTestId('needs-me'));
    expect(props.onOpen).toHaveBeenCalledTimes(1);
  });
});

const summary = (overrides: Partial<VerdictSummary> = {}): VerdictSummary => ({
  total: 3,
  notNeeded: 2,
  byCategory: { human_request: 0, complaint: 1, emotional: 0, high_value: 0, knowledge_gap: 0 },
  latest: [
    {
      id: 7,
      kind: 'needs_me',
      text: '<img src=x onerror=alert(1)> the strap came off',
      history: [],
      category: 'complaint',
      at: Date.UTC(2026, 10, 30, 9, 5),
      platform: 'whatsapp',
      customer: 'Tom Becker',
    },
    {
      id: 5,
      kind: 'not_needed',
      text: 'haha talk to a manager about my bag addiction',
      history: [],
      category: null,
      at: Date.UTC(2026, 10, 29, 18, 0),
      platform: 'instagram',
      customer: 'Ana',
    },
  ],
  ...overrides,
});

describe('what the radar learned, on the options page', () => {
  it('counts verdicts per category and lists the latest, each removable', () => {
    const onRemove = vi.fn();
    const onForget = vi.fn();
    renderUi(
      <LearningSection
        summary={{ status: 'ready', value: summary() }}
        busy={false}
        onRemove={onRemove}
        onForget={onForget}
      />,
    );
    expect(screen.getByTestId('learning-total').textContent).toBe(
      '3 verdicts kept (the newest 5,000)',
    );
    const counts = screen.getByTestId('learning-counts');
    expect(counts.querySelector('[data-category="none"] span')?.textContent).toBe('2');
    expect(counts.querySelector('[data-category="complaint"] span')?.textContent).toBe('1');
    expect(counts.querySelector('[data-category="emotional"] span')?.textContent).toBe('0');

    const verdicts = screen.getAllByTestId('learning-verdict');
    expect(verdicts.map((v) => v.dataset['kind'])).toEqual(['needs_me', 'not_needed']);
    expect(verdicts[0]?.textContent).toContain('Tom Becker');
    // Customer text is shown as text, never as markup.
    expect(verdicts[0]?.querySelector('img')).toBeNull();
    expect(verdicts[0]?.querySelector('blockquote')?.textContent).toBe(
      '<img src=x onerror=alert(1)> the strap came off',
    );
    expect(verdicts[1]?.querySelector('strong')?.textContent).toBe('Not needed');

    fireEvent.click(screen.getAllByTestId('learning-remove')[1] as HTMLElement);
    expect(onRemove).toHaveBeenCalledWith(5);
    fireEvent.click(screen.getByTestId('learning-forget'));
    expect(onForget).toHaveBeenCalledTimes(1);
  });

  it('offers nothing to forget when nothing was learned, and nothing to press while busy', () => {
    renderUi(
      <LearningSection
        summary={{
          status: 'ready',
          value: summary({ total: 0, notNeeded: 0, latest: [] }),
        }}
        busy={false}
        onRemove={vi.fn()}
        onForget={vi.fn()}
      />,
    );
    expect(screen.queryByTestId('learning-verdicts')).toBeNull();
    expect(screen.getByTestId<HTMLButtonElement>('learning-forget').disabled).toBe(true);
    cleanup();
    renderUi(
      <LearningSection
        summary={{ status: 'ready', value: summary() }}
        busy={true}
        onRemove={vi.fn()}
        onForget={vi.fn()}
      />,
    );
    for (const button of screen.getAllByRole('button'))
      expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when the verdicts cannot be read', () => {
    renderUi(
      <LearningSection
        summary={{ status: 'error', message: 'database closed' }}
        busy={false}
        onRemove={vi.fn()}
        onForget={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('database closed');
    expect(screen.queryByTestId('learning-forget')).toBeNull();
  });
});

describe("the popup's learning figures", () => {
  it('shows verdicts this week and the false-alarm rate before and since', () => {
    renderUi(
      <LearningStatsPanel
        state={{
          status: 'ready',
          value: {
            verdictsThisWeek: 4,
            verdictsKept: 9,
            before: { rate: 0.5, dismissed: 5, closed: 10 },
            after: null,
          },
        }}
      />,
    );
    expect(screen.getByTestId('stats-verdicts-week').textContent).toBe('4');
    expect(screen.getByTestId('stats-false-alarms-before').textContent).toBe(
      '50% (5 of 10 closed)',
    );
    expect(screen.getByTestId('stats-false-alarms-after').textContent).toBe('none yet');
  });

  it('shows nothing while loading', () => {
    renderUi(<LearningStatsPanel state={{ status: 'loading' }} />);
    expect(screen.queryByTestId('stats-learning')).toBeNull();
  });
});
