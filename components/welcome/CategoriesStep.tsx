/** Setup step 4: which kinds of message to watch for, each with its colour and a plain hint. */
import { CATEGORIES, type Category } from '@/lib/classifier/types';
import { Checkbox } from '../options/fields';
import { categoryText, useUiText } from '../shared/i18n';
import type { StepProps } from './step';

export function CategoriesStep({ settings, onChange }: StepProps) {
  const { t } = useUiText();
  const noFaq = !settings.knowledgeBase.some((entry) => entry.question.trim() !== '');
  const setEnabled = (category: Category, enabled: boolean) => {
    onChange({
      ...settings,
      triggers: { ...settings.triggers, [category]: { ...settings.triggers[category], enabled } },
    });
  };
  return (
    <>
      <p class="muted">{t('setup_categoriesHint')}</p>
      <ul class="categories">
        {CATEGORIES.map((category) => (
          <li key={category} data-testid={`setup-category-${category}`}>
            <Checkbox
              label={
                <>
                  <span class="pill" data-category={category}>
                    {categoryText(t, category)}
                  </span>{' '}
                  <span class="muted">{t(`categoryHint_${category}`)}</span>
                </>
              }
              checked={settings.triggers[category].enabled}
              testId={`setup-watch-${category}`}
              onChange={(enabled) => {
                setEnabled(category, enabled);
              }}
            />
          </li>
        ))}
      </ul>
      {noFaq && (
        <p class="muted" data-testid="setup-no-faq-note">
          {t('setup_noFaqNote')}
        </p>
      )}
    </>
  );
}
