/** Business and owner names, opening hours per weekday with the time zone, closed days, and the
 * reply times the drafted replies promise in and out of hours. */
import { WEEKDAYS, type Settings, type Weekday } from '@/lib/settings/types';
import { NameFields, TimeZoneField } from './business-fields';
import { useUiText } from '../shared/i18n';
import { Checkbox, LinesField, NumberField, TextField } from './fields';

export interface SectionProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

export function BusinessSection({ settings, onChange }: SectionProps) {
  const { t } = useUiText();
  const hours = settings.businessHours;
  const setDay = (day: Weekday, value: Settings['businessHours']['week'][Weekday]) => {
    onChange({ ...settings, businessHours: { ...hours, week: { ...hours.week, [day]: value } } });
  };
  return (
    <section aria-labelledby="business-title" data-testid="section-business">
      <h2 id="business-title">{t('options_business')}</h2>
      <div class="row">
        <NameFields settings={settings} onChange={onChange} idPrefix="" />
      </div>
      <h3>{t('options_hours')}</h3>
      <TimeZoneField settings={settings} onChange={onChange} idPrefix="" />
      <table class="week">
        <caption class="visually-hidden">{t('options_hours')}</caption>
        <tbody>
          {WEEKDAYS.map((day) => {
            const value = hours.week[day];
            const dayName = t(`weekday_${day}`);
            return (
              <tr key={day} data-testid={`hours-${day}`}>
                <th scope="row">{dayName}</th>
                <td>
                  <Checkbox
                    label={t('options_open')}
                    ariaLabel={t('a11y_openOn', dayName)}
                    checked={value !== null}
                    onChange={(isOpen) => {
                      setDay(day, isOpen ? { open: '09:00', close: '18:00' } : null);
                    }}
                  />
                </td>
                {value && (
                  <>
                    <td>
                      <TextField
                        type="time"
                        label={t('options_opens')}
                        ariaLabel={t('a11y_opensOn', dayName)}
                        value={value.open}
                        onChange={(open) => {
                          setDay(day, { ...value, open });
                        }}
                      />
                    </td>
                    <td>
                      <TextField
                        type="time"
                        label={t('options_closes')}
                        ariaLabel={t('a11y_closesOn', dayName)}
                        value={value.close}
                        onChange={(close) => {
                          setDay(day, { ...value, close });
                        }}
                      />
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <LinesField
        label={t('options_closedDates')}
        hint={t('options_closedDatesHint')}
        items={hours.closedDates}
        testId="closed-dates"
        onChange={(closedDates) => {
          onChange({ ...settings, businessHours: { ...hours, closedDates } });
        }}
      />
      <h3>{t('options_responseTimes')}</h3>
      <div class="row">
        <NumberField
          label={t('options_inHours')}
          value={settings.responseTimes.inHoursMinutes}
          min={5}
          max={7 * 24 * 60}
          testId="response-in-hours"
          onChange={(inHoursMinutes) => {
            onChange({ ...settings, responseTimes: { ...settings.responseTimes, inHoursMinutes } });
          }}
        />
        <NumberField
          label={t('options_outOfHours')}
          value={settings.responseTimes.outOfHoursMinutes}
          min={0}
          max={7 * 24 * 60}
          testId="response-out-of-hours"
          onChange={(outOfHoursMinutes) => {
            onChange({
              ...settings,
              responseTimes: { ...settings.responseTimes, outOfHoursMinutes },
            });
          }}
        />
      </div>
    </section>
  );
}
