/** Setup step 1: the business's and the owner's names (they sign the replies) and the time zone,
 * prefilled from the browser. */
import { knownTimeZones } from '@/lib/ui/settings-form';
import { TextField } from '../options/fields';
import { useUiText } from '../shared/i18n';
import type { StepProps } from './step';

export function BusinessStep({ settings, onChange }: StepProps) {
  const { t } = useUiText();
  const hours = settings.businessHours;
  return (
    <>
      <p class="muted">{t('setup_businessHint')}</p>
      <TextField
        label={t('options_businessName')}
        value={settings.businessName}
        maxLength={100}
        testId="setup-business-name"
        onChange={(businessName) => {
          onChange({ ...settings, businessName });
        }}
      />
      <TextField
        label={t('options_ownerName')}
        value={settings.ownerName}
        maxLength={100}
        testId="setup-owner-name"
        onChange={(ownerName) => {
          onChange({ ...settings, ownerName });
        }}
      />
      <TextField
        label={t('options_timeZone')}
        value={hours.timeZone}
        list="setup-time-zones"
        testId="setup-time-zone"
        onChange={(timeZone) => {
          onChange({ ...settings, businessHours: { ...hours, timeZone } });
        }}
      />
      <small class="muted">{t('setup_timeZoneHint')}</small>
      <datalist id="setup-time-zones">
        {knownTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
