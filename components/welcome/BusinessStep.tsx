/** Setup step 1: the business's and the owner's names (they sign the replies) and the time zone,
 * prefilled from the browser. */
import { NameFields, TimeZoneField } from '../options/business-fields';
import { useUiText } from '../shared/i18n';
import type { StepProps } from './step';

export function BusinessStep({ settings, onChange }: StepProps) {
  const { t } = useUiText();
  return (
    <>
      <p class="muted">{t('setup_businessHint')}</p>
      <NameFields settings={settings} onChange={onChange} idPrefix="setup-" />
      <TimeZoneField settings={settings} onChange={onChange} idPrefix="setup-" />
      <small class="muted">{t('setup_timeZoneHint')}</small>
    </>
  );
}
