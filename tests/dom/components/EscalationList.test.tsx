// @vitest-environment jsdom
// The list's first frame: only the first entries are rendered before the browser paints; every
// entry, with its buttons, the keyboard moves and the "show more" button follow once that frame is
// on screen (the browser's report of the first contentful paint, stood in for here).
// Rendered with Preact's own render (not the testing library's, whose act() runs the effects at
// once), so the frame before the effects is observable.
import { fireEvent, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubPaintTiming } from '../hooks/paint-timing';
import { EscalationList, FIRST_FRAME_ENTRIES } from '../../../components/popup/EscalationList';
import { UiTextContext } from '../../../components/shared/i18n';
import type { LogEntry } from '../../../lib/ui/view-types';
import { makeRow, MINUTE, T0 } from '../../unit/ui/rows';
import { englishText } from './ui-text';

const COUNT = 50;

const entries: LogEntry[] = Array.from({ length: COUNT }, (_, i) => ({
  ...makeRow({
    customer: `Customer ${i}`,
    status: i < 10 ? 'open' : 'resolved',
    detectedAt: T0 - i * MINUTE,
  }),
  id: i + 1,
}));

let root: HTMLElement | undefined;

afterEach(() => {
  vi.unstubAllGlobals();
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

function mount(hasMore: boolean, onLoadMore = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  render(
    <UiTextContext.Provider value={englishText}>
      <EscalationList
        entries={entries}
        now={T0}
        hasMore={hasMore}
        isFiltered={false}
        onAction={vi.fn()}
        onLoadMore={onLoadMore}
      />
    </UiTextContext.Provider>,
    root,
  );
  return root;
}

const items = (el: HTMLElement) => [
  ...el.querySelectorAll<HTMLElement>('[data-testid="escalation-item"]'),
];

describe('EscalationList first frame', () => {
  it('renders the first entries at once and every entry right after', async () => {
    const el = mount(false);
    expect(FIRST_FRAME_ENTRIES).toBeLessThan(COUNT);
    expect(items(el).map((item) => item.dataset['escalationId'])).toEqual(
      entries.slice(0, FIRST_FRAME_ENTRIES).map((entry) => String(entry.id)),
    );
    await waitFor(() => expect(items(el)).toHaveLength(COUNT));
    expect(items(el).map((item) => item.dataset['escalationId'])).toEqual(
      entries.map((entry) => String(entry.id)),
    );
  });

  it('gives a resolved entry beyond the first frame its Reopen button', async () => {
    const el = mount(false);
    await waitFor(() => expect(items(el)).toHaveLength(COUNT));
    const last = items(el)[COUNT - 1]!;
    expect(last.dataset['status']).toBe('resolved');
    expect(last.querySelector('[data-testid="escalation-reopen"]')?.textContent).toBe('Reopen');
  });

  it('moves by keyboard to the last entry once all are there', async () => {
    const el = mount(false);
    await waitFor(() => expect(items(el)).toHaveLength(COUNT));
    const first = items(el)[0]!;
    first.focus();
    fireEvent.keyDown(first, { key: 'End' });
    expect(document.activeElement).toBe(items(el)[COUNT - 1]);
  });

  it('offers "show more" only after every entry is rendered', async () => {
    const onLoadMore = vi.fn();
    const el = mount(true, onLoadMore);
    expect(el.querySelector('[data-testid="log-more"]')).toBeNull();
    await waitFor(() => expect(el.querySelector('[data-testid="log-more"]')).not.toBeNull());
    expect(items(el)).toHaveLength(COUNT);
    expect(onLoadMore).not.toHaveBeenCalled();
  });

  it('renders the rest only once the first frame is on screen', async () => {
    const paint = stubPaintTiming();
    const onLoadMore = vi.fn();
    const el = mount(true, onLoadMore);
    // Well past the first paint, when a plain effect has run (and the list watches for the report).
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(items(el)).toHaveLength(FIRST_FRAME_ENTRIES);
    expect(el.querySelector('[data-testid="log-more"]')).toBeNull();
    expect(paint.observing()).toHaveLength(1);
    paint.report();
    await waitFor(() => expect(items(el)).toHaveLength(COUNT));
    expect(el.querySelector('[data-testid="log-more"]')).not.toBeNull();
    expect(onLoadMore).not.toHaveBeenCalled();
  });

  it('puts no list control and few elements per entry in the first frame', () => {
    const el = mount(true);
    const first = items(el);
    expect(first).toHaveLength(FIRST_FRAME_ENTRIES);
    // Each category control is a single button until the owner uses it.
    expect(el.querySelectorAll('select, option')).toHaveLength(0);
    expect(el.querySelectorAll('[data-testid="escalation-category-pick"]')).toHaveLength(
      first.filter((item) => item.dataset['status'] !== 'dismissed').length,
    );
    // The budget of the first frame's markup: 22 elements per entry at most (27 with a <select>
    // of five options in each), and no empty line under an open entry's draft.
    for (const item of first) expect(item.querySelectorAll('*').length + 1).toBeLessThanOrEqual(22);
    const quiet = first.find((item) => item.dataset['status'] === 'open');
    expect(quiet?.querySelector('.entry-meta')).toBeNull();
  });
});
