// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EscalationItem } from '../../../components/popup/EscalationItem';
import type { LogEntry } from '../../../lib/ui/view-types';
import { makeRow, MINUTE, T0 } from '../../unit/ui/rows';
import { renderUi } from './ui-text';

afterEach(cleanup);

const entry = (overrides: Partial<LogEntry> = {}): LogEntry => ({
  ...makeRow(),
  id: 42,
  ...overrides,
});

describe('EscalationItem', () => {
  it('shows who, where, why, the excerpt, the age and the promise', () => {
    renderUi(
      <EscalationItem
        entry={entry({ promiseDueAt: T0 + 30 * MINUTE })}
        now={T0 + 5 * MINUTE}
        onAction={vi.fn()}
      />,
    );
    const item = screen.getByTestId('escalation-item');
    expect(item.dataset).toMatchObject({
      escalationId: '42',
      status: 'open',
      category: 'complaint',
    });
    expect(item.textContent).toContain('Ana Souza');
    expect(item.textContent).toContain('WhatsApp');
    expect(item.textContent).toContain('Complaint');
    expect(item.textContent).toContain("complaint: 'produto veio quebrado'");
    expect(item.textContent).toContain('O produto veio quebrado');
    expect(item.textContent).toContain('5 min ago');
    expect(screen.getByTestId('escalation-due').textContent).toBe('Promised by 12:30');
  });

  it('renders customer text as text, never as markup', () => {
    const { container } = renderUi(
      <EscalationItem
        entry={entry({
          customer: '<img src=x onerror=alert(1)>',
          excerpt: '<b>bold</b><script>x()</script>',
        })}
        now={T0}
        onAction={vi.fn()}
      />,
    );
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.textContent).toContain('<b>bold</b><script>x()</script>');
  });

  it.each(['resolve', 'dismiss', 'snooze', 'copy', 'open'] as const)(
    'sends the %s action',
    (action) => {
      const onAction = vi.fn();
      renderUi(<EscalationItem entry={entry()} now={T0} onAction={onAction} />);
      fireEvent.click(screen.getByTestId(`escalation-${action}`));
      expect(onAction).toHaveBeenCalledWith(action, expect.objectContaining({ id: 42 }));
    },
  );

  it('offers reopen instead of resolve on a closed entry and shows the promise outcome', () => {
    const onAction = vi.fn();
    renderUi(
      <EscalationItem
        entry={entry({ status: 'resolved', promiseState: 'kept' })}
        now={T0}
        onAction={onAction}
      />,
    );
    expect(screen.queryByTestId('escalation-resolve')).toBeNull();
    expect(screen.getByText('Promise kept')).toBeTruthy();
    fireEvent.click(screen.getByTestId('escalation-reopen'));
    expect(onAction).toHaveBeenCalledWith('reopen', expect.objectContaining({ id: 42 }));
  });

  it('marks an overdue promise', () => {
    renderUi(
      <EscalationItem entry={entry({ promiseDueAt: T0 - MINUTE })} now={T0} onAction={vi.fn()} />,
    );
    expect(screen.getByTestId('escalation-due').className).toContain('overdue');
  });
});

describe('EscalationItem for assistive technology and closed states', () => {
  it('names each action with the customer it acts on', () => {
    renderUi(
      <EscalationItem entry={entry({ customer: 'Pablo Moreno' })} now={T0} onAction={vi.fn()} />,
    );
    expect(screen.getByRole('button', { name: 'Resolve, Pablo Moreno' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'False alarm, Pablo Moreno' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Actions, Pablo Moreno' })).toBeTruthy();
  });

  it('labels one closed entry in the singular', () => {
    renderUi(
      <EscalationItem
        entry={entry({ status: 'dismissed', closedAt: T0 })}
        now={T0}
        onAction={vi.fn()}
      />,
    );
    expect(screen.getByTestId('escalation-status').textContent).toBe('False alarm');
  });

  it('shows no promise outcome on a false alarm, and the outcome on a resolved one', () => {
    const { unmount } = renderUi(
      <EscalationItem
        entry={entry({
          status: 'dismissed',
          closedAt: T0,
          promiseState: 'kept',
          promiseDueAt: T0 + MINUTE,
        })}
        now={T0}
        onAction={vi.fn()}
      />,
    );
    expect(screen.queryByTestId('escalation-promise-outcome')).toBeNull();
    unmount();
    renderUi(
      <EscalationItem
        entry={entry({
          status: 'resolved',
          closedAt: T0,
          promiseState: 'kept',
          promiseDueAt: T0 + MINUTE,
        })}
        now={T0}
        onAction={vi.fn()}
      />,
    );
    expect(screen.getByTestId('escalation-promise-outcome').textContent).toBe('Promise kept');
  });

  it('marks a snoozed entry apart from an open one', () => {
    renderUi(
      <EscalationItem
        entry={entry({ snoozedUntil: T0 + 60 * MINUTE })}
        now={T0}
        onAction={vi.fn()}
      />,
    );
    const item = screen.getByTestId('escalation-item');
    expect(item.hasAttribute('data-snoozed')).toBe(true);
    expect(screen.getByTestId('escalation-snoozed').textContent).toContain('Snoozed until');
  });
});
