/** The business's and the owner's names and the time zone: the same controls on the options page
 * and in the welcome setup (which prefixes its test ids with "setup-"). */
import type { Settings } from '@/lib/settings/types';
import { knownTimeZones } from '@/lib/ui/settings-form';
import { useUiText } from '../shared/i18n';
import { TextField } from './fields';

interface BusinessFieldsProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** Put before every test id (and the zone list's id): "" on the options page, "setup-" in setup. */
  idPrefix: string;
}

export function NameFields({ settings, onChange, idPrefix }: BusinessFieldsProps) {
  const { t } = useUiText();
  return (
    <>
      <TextField
        label={t('options_businessName')}
        value={settings.businessName}
        maxLength={100}
        testId={`${idPrefix}business-name`}
        onChange={(businessName) => {
          onChange({ ...settings, businessName });
        }}
      />
      <TextField
        label={t('options_ownerName')}
        value={settings.ownerName}
        maxLength={100}
        testId={`${idPrefix}owner-name`}
        onChange={(ownerName) => {
          onChange({ ...settings, ownerName });
        }}
      />
    </>
  );
}

export function TimeZoneField({ settings, onChange, idPrefix }: BusinessFieldsProps) {
  const { t } = useUiText();
  const hours = settings.businessHours;
  const listId = `${idPrefix}time-zones`;
  return (
    <>
      <TextField
        label={t('options_timeZone')}
        value={hours.timeZone}
        list={listId}
        testId={`${idPrefix}time-zone`}
        onChange={(timeZone) => {
          onChange({ ...settings, businessHours: { ...hours, timeZone } });
        }}
      />
      <datalist id={listId}>
        {knownTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
