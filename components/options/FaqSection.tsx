/** The FAQ: questions and answers. A customer question the FAQ answers is not an escalation. */
import { useUiText } from '../shared/i18n';
import type { SectionProps } from './BusinessSection';

export function FaqSection({ settings, onChange }: SectionProps) {
  const { t } = useUiText();
  const entries = settings.knowledgeBase;
  const setEntry = (index: number, field: 'question' | 'answer', value: string) => {
    onChange({
      ...settings,
      knowledgeBase: entries.map((entry, i) =>
        i === index ? { ...entry, [field]: value } : entry,
      ),
    });
  };
  return (
    <section aria-labelledby="faq-title" data-testid="section-faq">
      <h2 id="faq-title">{t('options_faq')}</h2>
      <p class="muted">{t('options_faqHint')}</p>
      {entries.length === 0 && <p class="muted">{t('options_faqEmpty')}</p>}
      <ol class="faq">
        {entries.map((entry, index) => (
          <li key={index} data-testid="faq-entry">
            <label class="field">
              <span>{t('options_question', String(index + 1))}</span>
              <input
                type="text"
                value={entry.question}
                maxLength={500}
                onInput={(event) => {
                  setEntry(index, 'question', event.currentTarget.value);
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
                  setEntry(index, 'answer', event.currentTarget.value);
                }}
              />
            </label>
            <button
              type="button"
              class="danger"
              onClick={() => {
                onChange({ ...settings, knowledgeBase: entries.filter((_, i) => i !== index) });
              }}
            >
              {t('options_faqRemove', String(index + 1))}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        data-testid="faq-add"
        onClick={() => {
          onChange({ ...settings, knowledgeBase: [...entries, { question: '', answer: '' }] });
        }}
      >
        {t('options_faqAdd')}
      </button>
    </section>
  );
}
