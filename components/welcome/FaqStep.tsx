/** Setup step 3: the first FAQ entries, typed or added from ready-made examples in each language. */
import { LANGS } from '@/lib/classifier/types';
import { addFaqExamples, FAQ_EXAMPLES } from '@/lib/setup/examples';
import { useUiText } from '../shared/i18n';
import type { StepProps } from './step';

export function FaqStep({ settings, onChange }: StepProps) {
  const { t } = useUiText();
  const faq = settings.knowledgeBase;
  const setEntry = (index: number, question: string, answer: string) => {
    onChange({
      ...settings,
      knowledgeBase: faq.map((entry, i) => (i === index ? { question, answer } : entry)),
    });
  };
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
              onChange({ ...settings, knowledgeBase: addFaqExamples(faq, FAQ_EXAMPLES[lang]) });
            }}
          >
            {t(`lang_${lang}`)}
          </button>
        ))}
      </div>
      {faq.length === 0 ? (
        <p class="muted" data-testid="setup-faq-empty">
          {t('options_faqEmpty')}
        </p>
      ) : (
        <ol class="faq">
          {faq.map((entry, index) => (
            <li key={index} data-testid="setup-faq-entry">
              <label class="field">
                <span>{t('options_question', String(index + 1))}</span>
                <input
                  type="text"
                  value={entry.question}
                  maxLength={500}
                  onInput={(event) => {
                    setEntry(index, event.currentTarget.value, entry.answer);
                  }}
                />
              </label>
              <label class="field">
                <span>{t('options_answer', String(index + 1))}</span>
                <textarea
                  rows={2}
                  value={entry.answer}
                  maxLength={2000}
                  onInput={(event) => {
                    setEntry(index, entry.question, event.currentTarget.value);
                  }}
                />
              </label>
              <button
                type="button"
                onClick={() => {
                  onChange({ ...settings, knowledgeBase: faq.filter((_e, i) => i !== index) });
                }}
              >
                {t('options_faqRemove', String(index + 1))}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        data-testid="setup-faq-add"
        onClick={() => {
          onChange({ ...settings, knowledgeBase: [...faq, { question: '', answer: '' }] });
        }}
      >
        {t('options_faqAdd')}
      </button>
    </>
  );
}
