/**
 * The stats tab's learning figures: verdicts this week, and the false-alarm rate on the owner's
 * own chats before the radar learned from them and since.
 */
import type { LearningStats } from '@/lib/ui/learning-stats';
import type { Loaded } from '@/lib/ui/hooks/use-learning';
import { useUiText } from '../shared/i18n';

function percent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    value,
  );
}

export function LearningStatsPanel({ state }: { state: Loaded<LearningStats> }) {
  const { t, locale } = useUiText();
  if (state.status !== 'ready') return null;
  const s = state.value;
  const rate = (r: LearningStats['before']) =>
    r === null
      ? t('stats_none')
      : t('stats_falseAlarmValue', [
          percent(r.rate, locale),
          String(r.dismissed),
          String(r.closed),
        ]);
  return (
    <section class="learning-stats" data-testid="stats-learning" aria-labelledby="learning-title">
      <h3 id="learning-title">{t('learning_statsTitle')}</h3>
      <dl class="figures">
        <dt>{t('learning_verdictsThisWeek')}</dt>
        <dd data-testid="stats-verdicts-week">{s.verdictsThisWeek}</dd>
        <dt>{t('learning_falseAlarmsBefore')}</dt>
        <dd data-testid="stats-false-alarms-before">{rate(s.before)}</dd>
        <dt>{t('learning_falseAlarmsAfter')}</dt>
        <dd data-testid="stats-false-alarms-after">{rate(s.after)}</dd>
      </dl>
    </section>
  );
}
