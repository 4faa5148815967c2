/**
 * The stats tab: escalations per day (a small bar chart) and per category, false alarms overall
 * and per trigger, median time to resolve, promises kept, and plain hints drawn from them.
 */
import { CATEGORIES } from '@/lib/classifier/types';
import { formatDuration } from '@/lib/ui/format';
import type { Hint } from '@/lib/ui/hints';
import type { LogStats } from '@/lib/ui/stats';
import { categoryText, useUiText } from '../shared/i18n';
import { DayChart } from './DayChart';

export type StatsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; stats: LogStats; hints: Hint[] };

export const STATS_WINDOWS = [7, 30] as const;
export type StatsWindow = (typeof STATS_WINDOWS)[number];

export interface StatsPanelProps {
  state: StatsState;
  window: StatsWindow;
  onWindow: (days: StatsWindow) => void;
}

function percent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    value,
  );
}

function StatsBody({ stats, hints }: { stats: LogStats; hints: Hint[] }) {
  const { t, locale } = useUiText();
  const maxCategory = Math.max(1, ...CATEGORIES.map((c) => stats.byCategory[c]));
  const { kept, missed, pending } = stats.promises;
  return (
    <>
      {hints.length > 0 && (
        <ul class="hints" aria-label={t('stats_hints')} data-testid="stats-hints">
          {hints.map((hint) => (
            <li key={hint.key}>{t(hint.key, hint.substitutions)}</li>
          ))}
        </ul>
      )}
      <p data-testid="stats-total">{t('stats_total', String(stats.total))}</p>
      <DayChart days={stats.perDay} label={t('stats_perDay')} />
      <h3>{t('stats_byCategory')}</h3>
      <ul class="bars" data-testid="stats-categories">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <span class="bar-label">{categoryText(t, category)}</span>
            <span
              class="bar"
              data-category={category}
              style={{ width: `${(stats.byCategory[category] / maxCategory) * 100}%` }}
            />
            <span class="bar-value">{stats.byCategory[category]}</span>
          </li>
        ))}
      </ul>
      <dl class="figures">
        <dt>{t('stats_falseAlarmRate')}</dt>
        <dd data-testid="stats-false-alarm-rate">
          {stats.falseAlarmRate === null
            ? t('stats_none')
            : t('stats_falseAlarmValue', [
                percent(stats.falseAlarmRate, locale),
                String(stats.dismissed),
                String(stats.resolved + stats.dismissed),
              ])}
        </dd>
        <dt>{t('stats_medianResolve')}</dt>
        <dd data-testid="stats-median-resolve">
          {stats.medianResolveMs === null
            ? t('stats_none')
            : formatDuration(stats.medianResolveMs, locale)}
        </dd>
        <dt>{t('stats_promises')}</dt>
        <dd data-testid="stats-promises">
          {kept + missed === 0
            ? t('stats_none')
            : t('stats_promisesValue', [String(kept), String(kept + missed)])}
          {pending > 0 && ` · ${t('stats_promisesPending', String(pending))}`}
        </dd>
      </dl>
      {stats.triggers.length > 0 && (
        <table class="triggers" data-testid="stats-triggers">
          <caption>{t('stats_triggers')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats_trigger')}</th>
              <th scope="col">{t('stats_falseAlarms')}</th>
              <th scope="col">{t('stats_rate')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.triggers.slice(0, 8).map((row) => (
              <tr key={row.trigger}>
                <th scope="row">{row.trigger}</th>
                <td>
                  {row.falseAlarms} / {row.fired}
                </td>
                <td>{percent(row.rate, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function StatsPanel({ state, window, onWindow }: StatsPanelProps) {
  const { t } = useUiText();
  return (
    <section
      class="stats"
      data-testid="stats"
      id="panel-stats"
      role="tabpanel"
      aria-labelledby="tab-stats"
    >
      <div class="window" role="group" aria-label={t('stats_window')}>
        {STATS_WINDOWS.map((days) => (
          <button
            key={days}
            type="button"
            aria-pressed={window === days}
            data-testid={`stats-window-${days}`}
            onClick={() => {
              onWindow(days);
            }}
          >
            {t('stats_lastDays', String(days))}
          </button>
        ))}
      </div>
      {state.status === 'loading' && <p role="status">{t('common_loading')}</p>}
      {state.status === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && <StatsBody stats={state.stats} hints={state.hints} />}
    </section>
  );
}
