// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EscalationItem } from '../../../components/popup/EscalationItem';
import type { LogEntry } from '../../../lib/ui/view-types';
import { makeRow, MINUTE, T0 } from '../../unit/ui/rows';
import { renderUi, renderUiIn } from './ui-text';

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
        timeZone="UTC"
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
    expect(item.textContent).toContain('wrote “produto veio quebrado”');
    // The category is named once, by the label, not again in the reasons.
    expect(screen.getByTestId('escalation-reasons').textContent).not.toMatch(/complaint/i);
    expect(item.textContent).toContain('O produto veio quebrado');
    expect(item.textContent).toContain('5 min ago');
    // Worded like the draft, in the business time zone.
    expect(screen.getByTestId('escalation-due').textContent).toBe('Reply promised today by 12:30');
  });

  // A request for a person that grew into a big order: keyed reasons, a promise for tomorrow in
  // São Paulo (T0 is 12:00 UTC, 9:00 there; due 13:00 UTC the next day, 10:00 there).
  const keyedEntry = entry({
    category: 'human_request',
    categories: ['human_request', 'high_value'],
    reasons: [
      "asks for a person: 'falar com um atendente'",
      "large quantity: '200 caixas' (bulk from 50)",
    ],
    keyedReasons: [
      { category: 'human_request', key: 'person', quote: 'falar com um atendente' },
      { category: 'high_value', key: 'quantity', quote: '200 caixas', count: 50 },
    ],
    promiseDueAt: T0 + 25 * 60 * MINUTE,
  });

  it.each([
    [
      'pt_BR',
      'escreveu “falar com um atendente”',
      'Pedido grande: pede 200 caixas (grande a partir de 50)',
      'Resposta prometida amanhã até as 10:00',
    ],
    [
      'es',
      'escribió “falar com um atendente”',
      'Pedido grande: pide 200 caixas (grande desde 50)',
      'Respuesta prometida mañana antes de las 10:00',
    ],
  ] as const)(
    'says the reasons and the promise in the interface language (%s)',
    (locale, own, other, due) => {
      renderUiIn(
        locale,
        <EscalationItem
          entry={keyedEntry}
          now={T0}
          timeZone="America/Sao_Paulo"
          onAction={vi.fn()}
        />,
      );
      const lines = [...screen.getByTestId('escalation-reasons').querySelectorAll('li')];
      expect(lines.map((li) => li.textContent)).toEqual([own, other]);
      expect(screen.getByTestId('escalation-due').textContent).toBe(due);
    },
  );

  it('an overdue promise from yesterday says so in the draft’s words', () => {
    renderUi(
      <EscalationItem
        entry={entry({ promiseDueAt: T0 - 20 * 60 * MINUTE })}
        now={T0}
        timeZone="UTC"
        onAction={vi.fn()}
      />,
    );
    expect(screen.getByTestId('escalation-due').textContent).toBe(
      'Overdue: reply promised yesterday by 16:00',
    );
  });

  it("ages from the customer's message time when the page gave it, and marks the card with its category", () => {
    renderUi(
      <EscalationItem
        entry={entry({
          detectedAt: T0,
          messageAt: T0 - 3 * 60 * MINUTE,
          category: 'human_request',
          categories: ['human_request'],
        })}
        now={T0 + 5 * MINUTE}
        onAction={vi.fn()}
      />,
    );
    expect(screen.getByTestId('escalation-age').textContent).toMatch(/^3 hr\.? ago$/);
    // The stripe and label take the category colour through data-category (the stylesheet maps
    // it to the colour table's value).
    expect(screen.getByTestId('escalation-item').dataset['category']).toBe('human_request');
  });

  it('shows the draft collapsed with Copy, and expands it on request', () => {
    const onAction = vi.fn();
    const draft = 'Oi Ana, sinto muito pelo transtorno. '.repeat(5);
    renderUi(<EscalationItem entry={entry({ draft })} now={T0} onAction={onAction} />);
    const text = screen.getByTestId('escalation-draft');
    expect(text.textContent).toBe(draft);
    expect(text.classList.contains('collapsed')).toBe(true);
    const toggle = screen.getByTestId('escalation-draft-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByTestId('escalation-draft').classList.contains('collapsed')).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByTestId('escalation-copy'));
    expect(onAction).toHaveBeenCalledWith('copy', expect.objectContaining({ draft }));
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
  it('changes the category from its labelled list of every category, and not on a false alarm', () => {
    const onAction = vi.fn();
    const open = entry();
    renderUi(<EscalationItem entry={open} now={T0} onAction={onAction} />);
    fireEvent.click(screen.getByTestId('escalation-category-pick'));
    const select = screen.getByTestId<HTMLSelectElement>('escalation-category');
    expect(select.getAttribute('aria-label')).toBe('Category');
    expect(select.value).toBe('complaint');
    expect([...select.options].map((option) => option.value).sort()).toEqual([
      'complaint',
      'emotional',
      'high_value',
      'human_request',
      'knowledge_gap',
    ]);
    fireEvent.change(select, { target: { value: 'complaint' } });
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.change(select, { target: { value: 'emotional' } });
    expect(onAction).toHaveBeenCalledWith('category:emotional', open);
    cleanup();
    renderUi(<EscalationItem entry={entry({ status: 'dismissed' })} now={T0} onAction={vi.fn()} />);
    expect(screen.queryByTestId('escalation-category-pick')).toBeNull();
    expect(screen.queryByTestId('escalation-category')).toBeNull();
  });

  it('shows the category as one named button and makes the list only when the owner presses it', () => {
    renderUi(
      <EscalationItem
        entry={entry({ customer: 'Pablo Moreno', category: 'human_request' })}
        now={T0}
        onAction={vi.fn()}
      />,
    );
    const item = screen.getByTestId('escalation-item');
    expect(item.querySelector('select, option')).toBeNull();
    const pick = screen.getByTestId('escalation-category-pick');
    expect(pick.tagName).toBe('BUTTON');
    expect(pick.getAttribute('aria-label')).toBe('Category, Asks for a person');
    expect(pick.getAttribute('aria-haspopup')).toBe('listbox');
    expect(pick.textContent).toBe('Asks for a person');
    fireEvent.click(pick);
    expect(screen.queryByTestId('escalation-category-pick')).toBeNull();
    const select = screen.getByTestId<HTMLSelectElement>('escalation-category');
    expect(document.activeElement).toBe(select);
    expect(select.value).toBe('human_request');
    expect(item.querySelectorAll('option')).toHaveLength(5);
  });

  it('keeps the category button unusable while the entry is busy', () => {
    renderUi(<EscalationItem entry={entry()} now={T0} busy onAction={vi.fn()} />);
    expect(screen.getByTestId<HTMLButtonElement>('escalation-category-pick').disabled).toBe(true);
  });

  it('names each action with the customer it acts on', () => {
    renderUi(
      <EscalationItem entry={entry({ customer: 'Pablo Moreno' })} now={T0} onAction={vi.fn()} />,
    );
    expect(screen.getByRole('button', { name: 'Handled, Pablo Moreno' })).toBeTruthy();
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
