/** The FAQ: questions and answers. A customer question the FAQ answers is not an escalation. */
import { useUiText } from '../shared/i18n';
import type { SectionProps } from './BusinessSection';
import { FaqEditor } from './faq-editor';

export function FaqSection({ settings, onChange }: SectionProps) {
  const { t } = useUiText();
  return (
    <section aria-labelledby="faq-title" data-testid="section-faq">
      <h2 id="faq-title">{t('options_faq')}</h2>
      <p class="muted">{t('options_faqHint')}</p>
      <FaqEditor settings={settings} onChange={onChange} idPrefix="" />
    </section>
  );
}
