// @vitest-environment jsdom
// The banner as the content script draws it, with the DOM and no UI library: the same elements,
// test ids and roles as before, customer text only ever as text, and a pass that changes nothing
// leaves the elements (and the owner's focus) alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  renderHandoffBanner,
  type BannerStrings,
  type HandoffBannerProps,
} from '@/components/injected/HandoffBanner';

const strings: BannerStrings = {
  needsYou: 'Needs you',
  insert: 'Insert reply',
  replaceTyped: 'Replace',
  keepTyped: 'Keep mine',
  typedWarning: 'You typed something',
  inserted: 'Inserted',
  resolve: 'Handled',
  dismiss: 'Not needed',
  reasonsLabel: 'Why',
  draftLabel: 'Drafted reply',
  failed: 'Could not do that',
  readOnly: 'You cannot write here',
  unconfirmed: 'Check the reply',
};

const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

function props(overrides: Partial<HandoffBannerProps> = {}): HandoffBannerProps {
  return {
    category: 'complaint',
    categoryLabel: 'Complaint',
    customer: HOSTILE,
    reasonLines: [
      { category: 'complaint', label: 'Complaint', details: [`wrote “${HOSTILE}”`] },
      { category: 'human_request', label: 'Asks for a person', details: [] },
    ],
    draft: `Hi ${HOSTILE}`,
    promiseText: 'You promised a reply today by 15:00',
    insertState: 'idle',
    strings,
    onInsert: vi.fn(),
    onConfirmReplace: vi.fn(),
    onCancelReplace: vi.fn(),
    onResolve: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
}

function mount(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

const q = (root: Element, id: string) => root.querySelector(`[data-testid="${id}"]`);

afterEach(() => {
  document.body.replaceChildren();
});

describe('the handoff banner, drawn with the DOM', () => {
  it('keeps its contract: ids, roles, labels, the reasons with the other category named', () => {
    const root = mount();
    renderHandoffBanner(root, props());
    const banner = q(root, 'escalation-banner');
    expect(banner?.getAttribute('aria-label')).toBe('Needs you');
    expect(banner?.getAttribute('data-category')).toBe('complaint');
    expect(q(root, 'banner-category')?.textContent).toBe('Complaint');
    expect(q(root, 'banner-promise')?.textContent).toBe('You promised a reply today by 15:00');
    const items = [...(q(root, 'banner-reasons')?.querySelectorAll('li') ?? [])];
    // The banner's own category is not named again; the other one is, even without details.
    expect(items.map((li) => li.textContent)).toEqual([`wrote “${HOSTILE}”`, 'Asks for a person']);
    expect(q(root, 'banner-draft')?.getAttribute('aria-labelledby')).toBe('er-draft-label');
    expect(root.querySelector('#er-draft-label')?.textContent).toBe('Drafted reply');
    expect(root.querySelector('.actions')?.getAttribute('role')).toBe('group');
    expect(
      [...root.querySelectorAll('button')].map((b) => [b.dataset['testid'], b.type, b.textContent]),
    ).toEqual([
      ['banner-insert', 'button', 'Insert reply'],
      ['banner-resolve', 'button', 'Handled'],
      ['banner-dismiss', 'button', 'Not needed'],
    ]);
  });

  it('customer text stays text: no element, no handler comes from it', () => {
    const root = mount();
    renderHandoffBanner(root, props());
    expect(root.querySelector('img, b')).toBeNull();
    expect(q(root, 'banner-draft')?.textContent).toBe(`Hi ${HOSTILE}`);
    expect(root.innerHTML).not.toContain('<img');
  });

  it('a pass that changes nothing leaves the elements and the focus where they are', () => {
    const root = mount();
    renderHandoffBanner(root, props());
    const insert = q(root, 'banner-insert') as HTMLButtonElement;
    insert.focus();
    const onInsert = vi.fn();
    renderHandoffBanner(root, props({ onInsert }));
    expect(q(root, 'banner-insert')).toBe(insert);
    expect(document.activeElement).toBe(insert);
    // The buttons call the newest callbacks.
    insert.click();
    expect(onInsert).toHaveBeenCalledTimes(1);
  });

  it('a reason added redraws the reasons alone: the other elements and the focus stay', () => {
    const root = mount();
    const first = props();
    renderHandoffBanner(root, first);
    const kept = ['banner-category', 'banner-promise', 'banner-draft', 'banner-insert'].map((id) =>
      q(root, id),
    );
    (q(root, 'banner-insert') as HTMLButtonElement).focus();
    const created = vi.spyOn(Document.prototype, 'createElement');
    const reasonLines = [
      ...first.reasonLines,
      { category: 'emotional' as const, label: 'Upset', details: ['wrote “so sad”'] },
    ];
    renderHandoffBanner(root, props({ reasonLines }));
    // The list, its three items and the two categories named: six elements, nothing else.
    expect(created).toHaveBeenCalledTimes(6);
    created.mockRestore();
    expect(q(root, 'banner-reasons')?.querySelectorAll('li')).toHaveLength(3);
    expect(
      ['banner-category', 'banner-promise', 'banner-draft', 'banner-insert'].map((id) =>
        q(root, id),
      ),
    ).toEqual(kept);
    expect(document.activeElement).toBe(kept[3]);
  });

  it('redraws when what it shows changes: asking before replacing, then the outcome', () => {
    const root = mount();
    const p = props({ insertState: 'confirm' });
    renderHandoffBanner(root, p);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('You typed something');
    (q(root, 'banner-replace') as HTMLButtonElement).click();
    expect(p.onConfirmReplace).toHaveBeenCalledTimes(1);
    (q(root, 'banner-keep') as HTMLButtonElement).click();
    expect(p.onCancelReplace).toHaveBeenCalledTimes(1);
    renderHandoffBanner(root, props({ insertState: 'unconfirmed', readOnly: true }));
    expect(q(root, 'banner-insert')).toBeNull();
    expect(q(root, 'banner-read-only')?.getAttribute('role')).toBe('note');
    expect(q(root, 'banner-unconfirmed')?.textContent).toBe('Check the reply');
  });
});
