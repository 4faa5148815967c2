/** Desktop notifications: on or off, per category, quiet hours, and the promise reminder lead. */
import { CATEGORIES } from '@/lib/classifier/types';
import { categoryText, useUiText } from '../shared/i18n';
import type { SectionProps } from './BusinessSection';
import { Checkbox, NumberField, TextField } from './fields';

export function NotificationsSection({ settings, onChange }: SectionProps) {
  const { t } = useUiText();
  const notifications = settings.notifications;
  const set = (change: Partial<typeof notifications>) => {
    onChange({ ...settings, notifications: { ...notifications, ...change } });
  };
  const quiet = notifications.quietHours;
  return (
    <section aria-labelledby="notifications-title" data-testid="section-notifications">
      <h2 id="notifications-title">{t('options_notifications')}</h2>
      <Checkbox
        label={t('options_notificationsEnabled')}
        checked={notifications.enabled}
        testId="notifications-enabled"
        onChange={(enabled) => {
          set({ enabled });
        }}
      />
      <fieldset disabled={!notifications.enabled}>
        <legend>{t('options_notifyCategories')}</legend>
        {CATEGORIES.map((category) => (
          <Checkbox
            key={category}
            label={categoryText(t, category)}
            checked={notifications.categories[category]}
            testId={`notify-${category}`}
            onChange={(checked) => {
              set({ categories: { ...notifications.categories, [category]: checked } });
            }}
          />
        ))}
      </fieldset>
      <Checkbox
        label={t('options_quietHours')}
        checked={quiet !== null}
        testId="quiet-hours-enabled"
        onChange={(checked) => {
          set({ quietHours: checked ? { start: '22:00', end: '07:00' } : null });
        }}
      />
      {quiet && (
        <div class="row">
          <TextField
            type="time"
            label={t('options_quietFrom')}
            value={quiet.start}
            onChange={(start) => {
              set({ quietHours: { ...quiet, start } });
            }}
          />
          <TextField
            type="time"
            label={t('options_quietTo')}
            value={quiet.end}
            onChange={(end) => {
              set({ quietHours: { ...quiet, end } });
            }}
          />
        </div>
      )}
      <NumberField
        label={t('options_reminderLead')}
        value={settings.reminderLeadMinutes}
        min={0}
        max={24 * 60}
        testId="reminder-lead"
        onChange={(reminderLeadMinutes) => {
          onChange({ ...settings, reminderLeadMinutes });
        }}
      />
    </section>
  );
}
