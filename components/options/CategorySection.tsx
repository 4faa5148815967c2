/**
 * One category's rules and replies: on or off, phrases that make it apply, phrases muted, and the
 * reply template per language with its inline check and a live preview of the drafted reply under
 * the settings being edited.
 */
import { LANGS, type Category, type Lang } from '@/lib/classifier/types';
import { draftHandoff, findTemplateProblem } from '@/lib/handoff';
import type { Settings } from '@/lib/settings/types';
import { templateProblemText } from '@/lib/ui/settings-errors';
import { categoryText, useUiText } from '../shared/i18n';
import { Checkbox, LinesField } from './fields';

export interface CategorySectionProps {
  category: Category;
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** Clock for the preview's promise ("today by 15:00"). */
  now: number;
}

interface TemplateEditorProps extends CategorySectionProps {
  lang: Lang;
}

function TemplateEditor({ category, lang, settings, onChange, now }: TemplateEditorProps) {
  const { t } = useUiText();
  const text = settings.templates[category][lang];
  const found = findTemplateProblem(text);
  const problem = found === null ? null : templateProblemText(found, t);
  const categoryName = categoryText(t, category);
  const id = `template-${category}-${lang}`;
  const preview =
    problem === null
      ? draftHandoff({ category, lang, customerName: t('options_previewCustomer'), now }, settings)
          .text
      : '';
  return (
    <div class="template">
      <label class="field" for={id}>
        <span>{t(`lang_${lang}`)}</span>
      </label>
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-label={t('a11y_inCategory', [t(`lang_${lang}`), categoryName])}
        data-testid={`template-${category}-${lang}`}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-error ${id}-preview`}
        onInput={(event) => {
          const value = event.currentTarget.value;
          onChange({
            ...settings,
            templates: {
              ...settings.templates,
              [category]: { ...settings.templates[category], [lang]: value },
            },
          });
        }}
      />
      <p id={`${id}-error`} class="error" role={problem ? 'alert' : undefined}>
        {problem ?? ''}
      </p>
      <div class="preview">
        <span class="muted">{t('options_preview')}</span>
        <output
          id={`${id}-preview`}
          data-testid={`template-preview-${category}-${lang}`}
          aria-live="polite"
        >
          {preview}
        </output>
      </div>
    </div>
  );
}

export function CategorySection(props: CategorySectionProps) {
  const { t } = useUiText();
  const { category, settings, onChange } = props;
  const trigger = settings.triggers[category];
  const setTrigger = (change: Partial<typeof trigger>) => {
    onChange({
      ...settings,
      triggers: { ...settings.triggers, [category]: { ...trigger, ...change } },
    });
  };
  const titleId = `category-${category}-title`;
  const categoryName = categoryText(t, category);
  const inCategory = (label: string) => t('a11y_inCategory', [label, categoryName]);
  return (
    <section class="category" aria-labelledby={titleId} data-testid={`category-${category}`}>
      <h3 id={titleId}>
        <span class="pill" data-category={category}>
          {categoryName}
        </span>
      </h3>
      <p class="muted">{t(`categoryHint_${category}`)}</p>
      <Checkbox
        label={t('options_categoryEnabled')}
        ariaLabel={inCategory(t('options_categoryEnabled'))}
        checked={trigger.enabled}
        testId={`trigger-enabled-${category}`}
        onChange={(enabled) => {
          setTrigger({ enabled });
        }}
      />
      <div class="row">
        <LinesField
          label={t('options_phrasesAdd')}
          ariaLabel={inCategory(t('options_phrasesAdd'))}
          hint={t('options_phrasesHint')}
          items={trigger.add}
          testId={`trigger-add-${category}`}
          onChange={(add) => {
            setTrigger({ add });
          }}
        />
        <LinesField
          label={t('options_phrasesMute')}
          ariaLabel={inCategory(t('options_phrasesMute'))}
          hint={t('options_phrasesHint')}
          items={trigger.mute}
          testId={`trigger-mute-${category}`}
          onChange={(mute) => {
            setTrigger({ mute });
          }}
        />
      </div>
      <h4>{t('options_templates')}</h4>
      {LANGS.map((lang) => (
        <TemplateEditor key={lang} {...props} lang={lang} />
      ))}
    </section>
  );
}
