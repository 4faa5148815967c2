/**
 * "Needs me": a small, quiet action in an open conversation the radar did not flag, for when it
 * should have. It asks what the chat needs the owner for (one of the categories), then the radar
 * remembers it. Presentational and drawn with the DOM (./dom.ts): text arrives as props and is set
 * as text, choices go out through callbacks.
 */
import type { Category } from '@/lib/classifier/types';
import { button, drawOnce, el, TEST_ID } from './dom';
import { hostStyle, perCategory } from './host-style';

export interface NeedsMeStrings {
  button: string;
  hint: string;
  question: string;
  cancel: string;
  failed: string;
}

export type NeedsMeState = 'idle' | 'choosing' | 'sending' | 'failed';

export interface NeedsMeProps {
  state: NeedsMeState;
  categories: { category: Category; label: string }[];
  strings: NeedsMeStrings;
  onOpen: () => void;
  onChoose: (category: Category) => void;
  onCancel: () => void;
}

/** The newest props of each mount: the buttons of an unchanged drawing call the newest callbacks. */
const current = new WeakMap<Element, NeedsMeProps>();

/** Draws "Needs me" into `mount`; redrawn only when what it shows changed. */
export function renderNeedsMe(mount: Element, props: NeedsMeProps): void {
  current.set(mount, props);
  const { state, categories, strings } = props;
  drawOnce(mount, [state, categories, strings], () => view(mount, props));
}

function view(mount: Element, props: NeedsMeProps): Node {
  const doc = mount.ownerDocument;
  const { strings } = props;
  const latest = () => current.get(mount) ?? props;
  if (props.state === 'idle' || props.state === 'failed') {
    return el(doc, 'div', { class: 'needs-me' }, [
      button(
        doc,
        { [TEST_ID]: 'needs-me', title: strings.hint, 'aria-haspopup': 'true' },
        strings.button,
        () => {
          latest().onOpen();
        },
      ),
      props.state === 'failed' &&
        el(doc, 'span', { class: 'warn', role: 'alert' }, [strings.failed]),
    ]);
  }
  const sending = props.state === 'sending';
  return el(doc, 'div', { class: 'needs-me', role: 'group', 'aria-label': strings.question }, [
    el(doc, 'span', { class: 'question' }, [strings.question]),
    ...props.categories.map(({ category, label }) =>
      button(
        doc,
        {
          class: 'choice',
          'data-category': category,
          [TEST_ID]: `needs-me-${category}`,
          disabled: sending,
        },
        label,
        () => {
          latest().onChoose(category);
        },
      ),
    ),
    button(doc, { [TEST_ID]: 'needs-me-cancel', disabled: sending }, strings.cancel, () => {
      latest().onCancel();
    }),
  ]);
}

export const NEEDS_ME_CSS =
  hostStyle(13) +
  '.needs-me{display:flex;gap:6px;align-items:center;flex-wrap:wrap;justify-content:flex-end;margin:4px 12px}' +
  '.question{color:var(--muted)}' +
  'button{font-size:12px;border-radius:14px;padding:2px 10px;color:var(--muted)}' +
  perCategory(
    (category, colour) =>
      `.choice[data-category=${category}]{border-color:${colour};color:var(--fg)}`,
  ) +
  '.warn{color:#d84315;font-size:12px}';
