/** The FAQ's entries, each a question and its answer, with remove and add: the same editor on the
 * options page and in the welcome setup (which prefixes its test ids with "setup-"). */
import type { Settings } from '@/lib/settings/types';
import { useUiText } from '../shared/i18n';

interface FaqEditorProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** Put before every test id: "" on the options page, "setup-" in setup. */
  idPrefix: string;
}

export function FaqEditor({ settings, onChange, idPrefix }: FaqEditorProps) {
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
    <>
      {entries.length === 0 ? (
        <p class="muted" data-testid={`${idPrefix}faq-empty`}>
          {t('options_faqEmpty')}
        </p>
      ) : (
        <ol class="faq">
          {entries.map((entry, index) => (
            <li key={index} data-testid={`${idPrefix}faq-entry`}>
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
      )}
      <button
        type="button"
        data-testid={`${idPrefix}faq-add`}
        onClick={() => {
          onChange({ ...settings, knowledgeBase: [...entries, { question: '', answer: '' }] });
        }}
      >
        {t('options_faqAdd')}
      </button>
    </>
  );
}
