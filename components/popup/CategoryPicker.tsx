/**
 * An entry's category control. Until the owner uses it, it is one button showing the category
 * (with the hint and an arrow, like the list it opens); pressing it puts the real `<select>` of
 * every category in its place, focused and, where the browser can, already open. A `<select>`
 * with its five options is restyled and laid out as about twenty elements (its own inner parts
 * included) where the button is one, and the popup's first screen holds twenty of them; most
 * openings never change a category. Presentational: the choice goes out through `onPick`.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, isCategory, type Category } from '@/lib/classifier/types';
import { categoryText, useUiText } from '../shared/i18n';

export interface CategoryPickerProps {
  category: Category;
  disabled?: boolean;
  onPick: (category: Category) => void;
}

/** Opens a select's list where the browser allows it from script (a user's press comes first). */
function openList(select: HTMLSelectElement): void {
  try {
    select.showPicker();
  } catch {
    // Not supported, or not allowed here: the select is focused and opens on the next key.
  }
}

export function CategoryPicker({ category, disabled = false, onPick }: CategoryPickerProps) {
  const { t } = useUiText();
  const [used, setUsed] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);

  useLayoutEffect(() => {
    const select = selectRef.current;
    if (!used || !select) return;
    select.focus();
    if (typeof select.showPicker === 'function') openList(select);
  }, [used]);

  if (!used) {
    return (
      <button
        type="button"
        class="category-pick"
        data-testid="escalation-category-pick"
        aria-haspopup="listbox"
        aria-label={t('a11y_actionFor', [t('action_changeCategory'), categoryText(t, category)])}
        title={t('action_changeCategoryHint')}
        disabled={disabled}
        onClick={() => {
          setUsed(true);
        }}
      >
        {categoryText(t, category)}
      </button>
    );
  }
  return (
    <select
      ref={selectRef}
      data-testid="escalation-category"
      aria-label={t('action_changeCategory')}
      title={t('action_changeCategoryHint')}
      value={category}
      disabled={disabled}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isCategory(value) && value !== category) onPick(value);
      }}
    >
      {CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {categoryText(t, c)}
        </option>
      ))}
    </select>
  );
}
