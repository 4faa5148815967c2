/**
 * "Needs me": a small, quiet action in an open conversation the radar did not flag, for when it
 * should have. It asks what the chat needs the owner for (one of the categories), then the radar
 * remembers it. Presentational: text arrives as props, choices go out through callbacks.
 */
import { CATEGORY_COLOURS } from '@/lib/category-colours';
import type { Category } from '@/lib/classifier/types';

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

export function NeedsMeButton(props: NeedsMeProps) {
  const { strings } = props;
  if (props.state === 'idle' || props.state === 'failed') {
    return (
      <div class="needs-me">
        <button
          type="button"
          data-testid="needs-me"
          title={strings.hint}
          aria-haspopup="true"
          onClick={props.onOpen}
        >
          {strings.button}
        </button>
        {props.state === 'failed' && (
          <span class="warn" role="alert">
            {strings.failed}
          </span>
        )}
      </div>
    );
  }
  return (
    <div class="needs-me" role="group" aria-label={strings.question}>
      <span class="question">{strings.question}</span>
      {props.categories.map(({ category, label }) => (
        <button
          key={category}
          type="button"
          class="choice"
          data-category={category}
          data-testid={`needs-me-${category}`}
          disabled={props.state === 'sending'}
          onClick={() => {
            props.onChoose(category);
          }}
        >
          {label}
        </button>
      ))}
      <button
        type="button"
        data-testid="needs-me-cancel"
        disabled={props.state === 'sending'}
        onClick={props.onCancel}
      >
        {strings.cancel}
      </button>
    </div>
  );
}

export const NEEDS_ME_CSS = `
:host{all:initial;display:block;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--bg:#fff;--fg:#111b21;--muted:#54656f;--line:#e9edef}
:host([data-theme="dark"]){--bg:#202c33;--fg:#e9edef;--muted:#aebac1;--line:#2a3942}
.needs-me{display:flex;gap:6px;align-items:center;flex-wrap:wrap;justify-content:flex-end;margin:4px 12px}
.question{color:var(--muted)}
button{font:inherit;font-size:12px;border-radius:14px;padding:2px 10px;border:1px solid var(--line);background:var(--bg);color:var(--muted);cursor:pointer}
button:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
${Object.entries(CATEGORY_COLOURS)
  .map(
    ([category, colour]) =>
      `.choice[data-category="${category}"]{border-color:${colour};color:var(--fg)}`,
  )
  .join('')}
.warn{color:#d84315;font-size:12px}
`;
