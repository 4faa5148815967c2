/**
 * Escalations per day as columns: each day's count above its bar and the day below it (the
 * weekday for a week, the day of the month, every few days, for a month). Each column also says
 * its day and count in words for screen readers.
 */
import { useUiText } from '../shared/i18n';

export interface DayChartProps {
  /** Days as YYYY-MM-DD, oldest first. */
  days: { day: string; count: number }[];
  label: string;
}

/** Noon UTC of a YYYY-MM-DD key: formatting it in UTC always gives that calendar day. */
function dateOf(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function DayChart({ days, label }: DayChartProps) {
  const { t, locale } = useUiText();
  const max = Math.max(1, ...days.map((d) => d.count));
  const short = days.length <= 7;
  const shortLabel = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    ...(short ? { weekday: 'short' } : { day: 'numeric' }),
  });
  const fullLabel = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  // A month of labels would not fit: label every fifth day, counting back from today.
  const labelled = (index: number) => short || (days.length - 1 - index) % 5 === 0;
  return (
    <figure class="chart">
      <figcaption id="stats-chart-caption">{label}</figcaption>
      <ol class="days" aria-labelledby="stats-chart-caption" data-testid="stats-chart">
        {days.map((d) => (
          <li key={d.day} data-day={d.day} data-count={d.count}>
            <span class="visually-hidden">
              {t('stats_dayValue', [fullLabel.format(dateOf(d.day)), String(d.count)])}
            </span>
            {(short || d.count > 0) && (
              <span class="day-count" aria-hidden="true">
                {d.count}
              </span>
            )}
            <span
              class="day-bar"
              aria-hidden="true"
              style={{ height: d.count === 0 ? '1px' : `${Math.max(3, (d.count / max) * 64)}px` }}
            />
          </li>
        ))}
      </ol>
      <ol class="day-labels" aria-hidden="true">
        {days.map((d, i) => (
          <li key={d.day}>{labelled(i) ? shortLabel.format(dateOf(d.day)) : ''}</li>
        ))}
      </ol>
    </figure>
  );
}
