/** Setup step 3: the first FAQ entries, typed or added from ready-made examples in each language. */
import { LANGS } from '@/lib/classifier/types';
import { addFaqExamples, FAQ_EXAMPLES } from '@/lib/setup/examples';
import { FaqEditor } from '../options/faq-editor';
import { useUiText } from '../shared/i18n';
import type { StepProps } from './step';

export function FaqStep({ settings, onChange }: StepProps) {
  const { t } = useUiText();
  return (
    <>
      <p class="muted">{t('setup_faqHint')}</p>
      <div class="examples" role="group" aria-label={t('setup_faqExamples')}>
        <span>{t('setup_faqExamples')}</span>
        {LANGS.map((lang) => (
          <button
            key={lang}
            type="button"
            data-testid={`setup-faq-examples-${lang}`}
            onClick={() => {
              onChange({
                ...settings,
                knowledgeBase: addFaqExamples(settings.knowledgeBase, FAQ_EXAMPLES[lang]),
              });
            }}
          >
            {t(`lang_${lang}`)}
          </button>
        ))}
      </div>
      <FaqEditor settings={settings} onChange={onChange} idPrefix="setup-" />
    </>
  );
}
