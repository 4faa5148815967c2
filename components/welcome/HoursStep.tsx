/** Setup step 2: the opening hours of each weekday, which the drafted promises are computed from. */
import { WEEKDAYS, type DayHours, type Weekday } from '@/lib/settings/types';
import { Checkbox, TextField } from '../options/fields';
import { useUiText } from '../shared/i18n';
import type { StepProps } from './step';

export function HoursStep({ settings, onChange }: StepProps) {
  const { t } = useUiText();
  const hours = settings.businessHours;
  const setDay = (day: Weekday, value: DayHours | null) => {
    onChange({ ...settings, businessHours: { ...hours, week: { ...hours.week, [day]: value } } });
  };
  return (
    <>
      <p class="muted">{t('setup_hoursHint')}</p>
      <table class="week">
        <caption class="visually-hidden">{t('options_hours')}</caption>
        <tbody>
          {WEEKDAYS.map((day) => {
            const value = hours.week[day];
            return (
              <tr key={day} data-testid={`setup-hours-${day}`}>
                <th scope="row">{t(`weekday_${day}`)}</th>
                <td>
                  <Checkbox
                    label={t('options_open')}
                    checked={value !== null}
                    onChange={(isOpen) => {
                      setDay(day, isOpen ? { open: '09:00', close: '18:00' } : null);
                    }}
                  />
                </td>
                <td>
                  {value && (
                    <TextField
                      type="time"
                      label={t('options_opens')}
                      value={value.open}
                      onChange={(open) => {
                        setDay(day, { ...value, open });
                      }}
                    />
                  )}
                </td>
                <td>
                  {value && (
                    <TextField
                      type="time"
                      label={t('options_closes')}
                      value={value.close}
                      onChange={(close) => {
                        setDay(day, { ...value, close });
                      }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
