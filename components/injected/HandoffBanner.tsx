/**
 * The banner shown in an open conversation that needs the owner: the reasons grouped by category
 * in plain words, the promise, the drafted reply, and the three actions (named as in the popup).
 * Presentational: all text arrives as props and is rendered as text (never HTML); actions go out
 * through callbacks.
 */
import { CATEGORY_COLOURS } from '@/lib/category-colours';
import type { Category } from '@/lib/classifier/types';
import type { ReasonLine } from '@/lib/reasons';
import { ReasonGroups } from '../shared/ReasonGroups';

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
  onInsert: () => void;
  onConfirmReplace: () => void;
  onCancelReplace: () => void;
  onResolve: () => void;
  onDismiss: () => void;
}

export function HandoffBanner(props: HandoffBannerProps) {
  const { strings } = props;
  return (
    <section
      class="banner"
      data-category={props.category}
      data-testid="escalation-banner"
      aria-label={strings.needsYou}
    >
      <header>
        <span class="pill" data-testid="banner-category">
          {props.categoryLabel}
        </span>
        <strong>{strings.needsYou}</strong>
        {props.promiseText && (
          <span class="due" data-testid="banner-promise">
            {props.promiseText}
          </span>
        )}
      </header>
      <ReasonGroups
        lines={props.reasonLines}
        labelShown={props.category}
        label={strings.reasonsLabel}
        testId="banner-reasons"
      />
      <label class="draft-label" id="er-draft-label">
        {strings.draftLabel}
      </label>
      <p class="draft" data-testid="banner-draft" aria-labelledby="er-draft-label">
        {props.draft}
      </p>
      {props.insertState === 'confirm' ? (
        <div class="actions" role="group">
          <span class="warn" role="alert">
            {strings.typedWarning}
          </span>
          <button
            type="button"
            class="primary"
            data-testid="banner-replace"
            onClick={props.onConfirmReplace}
          >
            {strings.replaceTyped}
          </button>
          <button type="button" data-testid="banner-keep" onClick={props.onCancelReplace}>
            {strings.keepTyped}
          </button>
        </div>
      ) : (
        <div class="actions" role="group">
          {props.readOnly === true ? (
            <span class="note" data-testid="banner-read-only" role="note">
              {strings.readOnly}
            </span>
          ) : (
            <button
              type="button"
              class="primary"
              data-testid="banner-insert"
              onClick={props.onInsert}
            >
              {strings.insert}
            </button>
          )}
          <button type="button" data-testid="banner-resolve" onClick={props.onResolve}>
            {strings.resolve}
          </button>
          <button type="button" data-testid="banner-dismiss" onClick={props.onDismiss}>
            {strings.dismiss}
          </button>
          {props.insertState === 'inserted' && (
            <span class="note" role="status" data-testid="banner-inserted">
              {strings.inserted}
            </span>
          )}
          {props.insertState === 'failed' && (
            <span class="warn" role="alert">
              {strings.failed}
            </span>
          )}
          {props.insertState === 'unconfirmed' && (
            <span class="warn" role="alert" data-testid="banner-unconfirmed">
              {strings.unconfirmed}
            </span>
          )}
        </div>
      )}
    </section>
  );
}

export const BANNER_CSS = `
:host{all:initial;display:block;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--bg:#ffffff;--fg:#111b21;--muted:#54656f;--line:#e9edef;--warn:#9a3412;--accent:${CATEGORY_COLOURS.human_request}}
:host([data-theme="dark"]){--bg:#202c33;--fg:#e9edef;--muted:#aebac1;--line:#2a3942;--warn:#fdba74}
.banner{margin:8px 12px;padding:10px 12px;border-radius:10px;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-left:5px solid var(--accent);box-shadow:0 1px 3px rgba(0,0,0,.12);max-height:40vh;overflow:auto}
${Object.entries(CATEGORY_COLOURS)
  .map(([category, colour]) => `.banner[data-category="${category}"]{--accent:${colour}}`)
  .join('')}
header{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.pill{background:var(--accent);color:#fff;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600}
.due{margin-left:auto;color:var(--muted);font-size:12px}
.reasons{margin:6px 0;padding-left:18px;color:var(--muted)}.reason-category{font-weight:600;color:var(--fg)}
.draft-label{font-size:12px;color:var(--muted)}
.draft{white-space:pre-wrap;margin:2px 0 8px;padding:8px;border-radius:8px;background:color-mix(in srgb,var(--accent) 8%,var(--bg))}
.actions{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
button{font:inherit;font-size:13px;border-radius:16px;padding:4px 12px;border:1px solid var(--line);background:var(--bg);color:var(--fg);cursor:pointer}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff}
button:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
.warn{color:var(--warn);font-size:12px}.note{color:var(--muted);font-size:12px}
`;
