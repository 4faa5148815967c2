/**
 * The banner shown in an open thread that needs the owner: the reasons grouped by category
 * in plain words, the promise, the drafted reply, and the three actions (named as in the popup).
 * Presentational and drawn with the DOM (./dom.ts): all text arrives as props and is set as text
 * (never HTML); actions go out through callbacks, which receive the click event.
 */
import { CATEGORY_COLOURS } from '@/lib/category-colours';
import type { Category } from '@/lib/classifier/types';
import type { ReasonLine } from '@/lib/reason-text';
import { button, drawOnce, el, TEST_ID } from './dom';
import { hostStyle, perCategory } from './host-style';

export interface BannerStrings {
  needsYou: string;
  insert: string;
  replaceTyped: string;
  keepTyped: string;
  typedWarning: string;
  inserted: string;
  resolve: string;
  dismiss: string;
  reasonsLabel: string;
  draftLabel: string;
  failed: string;
  /** Shown instead of Insert reply in a chat the owner cannot write to. */
  readOnly: string;
  /** Inserted, but the site did not confirm it (its send button stayed off). */
  unconfirmed: string;
}

export type InsertState = 'idle' | 'confirm' | 'inserted' | 'failed' | 'unconfirmed';

type Action = (event: Event) => void;

export interface HandoffBannerProps {
  category: Category;
  categoryLabel: string;
  customer: string;
  reasonLines: ReasonLine[];
  draft: string;
  /** The promise in full words, e.g. "You promised a reply today by 14:30". */
  promiseText?: string;
  insertState: InsertState;
  /** The owner cannot write in this chat: no Insert reply, a note instead. */
  readOnly?: boolean;
  strings: BannerStrings;
  onInsert: Action;
  onConfirmReplace: Action;
  onCancelReplace: Action;
  onResolve: Action;
  onDismiss: Action;
}

/**
 * Why it needs the owner: one line per category, the category named once, then what the customer
 * wrote or did. The category the banner's label already shows is not named again.
 */
function reasonList(
  doc: Document,
  lines: readonly ReasonLine[],
  labelShown: Category,
  label: string,
): HTMLElement | undefined {
  const shown = lines.filter((line) => line.category !== labelShown || line.details.length > 0);
  if (shown.length === 0) return undefined;
  return el(
    doc,
    'ul',
    { class: 'reasons', 'aria-label': label, [TEST_ID]: 'banner-reasons' },
    shown.map((line) => {
      const named = line.category !== labelShown;
      return el(doc, 'li', { 'data-category': line.category }, [
        named && el(doc, 'strong', { class: 'reason-category' }, [line.label]),
        named && line.details.length > 0 && ': ',
        line.details.join('; '),
      ]);
    }),
  );
}

/** The newest props of each mount: the buttons of an unchanged drawing call the newest callbacks. */
const current = new WeakMap<Element, HandoffBannerProps>();

/**
 * Draws the banner into `mount` in four parts (header, reasons, draft, actions), each drawn again
 * only when what it shows changed: a message merged into the escalation adds a reason and redraws
 * the reasons alone, leaving the other elements (and the owner's focus) where they are.
 */
export function renderHandoffBanner(mount: Element, props: HandoffBannerProps): void {
  current.set(mount, props);
  const doc = mount.ownerDocument;
  const { strings, category } = props;
  const banner = (mount.firstElementChild ??
    mount.appendChild(
      el(
        doc,
        'section',
        { class: 'banner', [TEST_ID]: 'escalation-banner' },
        [0, 1, 2, 3].map(() => el(doc, 'div')),
      ),
    )) as HTMLElement;
  const [head, reasons, draft, actions] = banner.children as unknown as Element[];
  const act =
    (pick: (p: HandoffBannerProps) => Action): Action =>
    (event) => {
      const latest = current.get(mount);
      if (latest) pick(latest)(event);
    };
  drawOnce(
    head as Element,
    [category, props.categoryLabel, strings.needsYou, props.promiseText],
    () => {
      banner.setAttribute('data-category', category);
      banner.setAttribute('aria-label', strings.needsYou);
      return el(doc, 'header', {}, [
        el(doc, 'span', { class: 'pill', [TEST_ID]: 'banner-category' }, [props.categoryLabel]),
        el(doc, 'strong', {}, [strings.needsYou]),
        props.promiseText !== undefined &&
          props.promiseText !== '' &&
          el(doc, 'span', { class: 'due', [TEST_ID]: 'banner-promise' }, [props.promiseText]),
      ]);
    },
  );
  drawOnce(reasons as Element, [props.reasonLines, category, strings.reasonsLabel], () =>
    reasonList(doc, props.reasonLines, category, strings.reasonsLabel),
  );
  drawOnce(draft as Element, [strings.draftLabel, props.draft], () => [
    el(doc, 'label', { class: 'draft-label', id: 'er-draft-label' }, [strings.draftLabel]),
    el(
      doc,
      'p',
      { class: 'draft', [TEST_ID]: 'banner-draft', 'aria-labelledby': 'er-draft-label' },
      [props.draft],
    ),
  ]);
  // Built only when the actions are drawn again.
  const actionList = () =>
    props.insertState === 'confirm'
      ? [
          el(doc, 'span', { class: 'warn', role: 'alert' }, [strings.typedWarning]),
          button(
            doc,
            { class: 'primary', [TEST_ID]: 'banner-replace' },
            strings.replaceTyped,
            act((p) => p.onConfirmReplace),
          ),
          button(
            doc,
            { [TEST_ID]: 'banner-keep' },
            strings.keepTyped,
            act((p) => p.onCancelReplace),
          ),
        ]
      : [
          props.readOnly === true
            ? el(doc, 'span', { class: 'note', [TEST_ID]: 'banner-read-only', role: 'note' }, [
                strings.readOnly,
              ])
            : button(
                doc,
                { class: 'primary', [TEST_ID]: 'banner-insert' },
                strings.insert,
                act((p) => p.onInsert),
              ),
          button(
            doc,
            { [TEST_ID]: 'banner-resolve' },
            strings.resolve,
            act((p) => p.onResolve),
          ),
          button(
            doc,
            { [TEST_ID]: 'banner-dismiss' },
            strings.dismiss,
            act((p) => p.onDismiss),
          ),
          props.insertState === 'inserted' &&
            el(doc, 'span', { class: 'note', role: 'status', [TEST_ID]: 'banner-inserted' }, [
              strings.inserted,
            ]),
          props.insertState === 'failed' &&
            el(doc, 'span', { class: 'warn', role: 'alert' }, [strings.failed]),
          props.insertState === 'unconfirmed' &&
            el(doc, 'span', { class: 'warn', role: 'alert', [TEST_ID]: 'banner-unconfirmed' }, [
              strings.unconfirmed,
            ]),
        ];
  drawOnce(actions as Element, [props.insertState, props.readOnly, strings], () =>
    el(doc, 'div', { class: 'actions', role: 'group' }, actionList()),
  );
}

export const BANNER_CSS =
  hostStyle(14, `;--warn:#9a3412;--accent:${CATEGORY_COLOURS.human_request}`, ';--warn:#fdba74') +
  '.banner{margin:8px 12px;padding:10px 12px;border-radius:10px;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-left:5px solid var(--accent);box-shadow:0 1px 3px #0000001f;max-height:40vh;overflow:auto}' +
  perCategory((category, colour) => `.banner[data-category=${category}]{--accent:${colour}}`) +
  'header,.actions{display:flex;gap:8px;align-items:center;flex-wrap:wrap}' +
  '.pill{background:var(--accent);color:#fff;border-radius:10px;padding:1px 8px;font-weight:600}' +
  '.due{margin-left:auto}' +
  '.reasons{margin:6px 0;padding-left:18px;color:var(--muted)}.reason-category{font-weight:600;color:var(--fg)}' +
  '.draft{white-space:pre-wrap;margin:2px 0 8px;padding:8px;border-radius:8px;background:color-mix(in srgb,var(--accent) 8%,var(--bg))}' +
  'button{font-size:13px;border-radius:16px;padding:4px 12px;color:var(--fg)}' +
  'button.primary{background:var(--accent);border-color:var(--accent);color:#fff}' +
  // The small print, each property once for all its elements.
  '.pill,.due,.draft-label,.warn,.note{font-size:12px}.due,.draft-label,.note{color:var(--muted)}.warn{color:var(--warn)}';
