/**
 * What the radar learned from the owner: how many verdicts per category, the latest ones (each
 * removable), and "Forget what it learned". Customer text is rendered as text.
 */
import { CATEGORIES } from '@/lib/classifier/types';
import type { VerdictSummary } from '@/lib/ui/view-types';
import type { Loaded } from '@/lib/ui/hooks/use-learning';
import { formatDateTime } from '@/lib/ui/format';
import { categoryText, useUiText } from '../shared/i18n';

export interface LearningSectionProps {
  summary: Loaded<VerdictSummary>;
  busy: boolean;
  onRemove: (id: number) => void;
  onForget: () => void;
}

export function LearningSection({ summary, busy, onRemove, onForget }: LearningSectionProps) {
  const { t, locale } = useUiText();
  return (
    <section aria-labelledby="learning-title" data-testid="section-learning">
      <h2 id="learning-title">{t('learning_title')}</h2>
      <p class="muted">{t('learning_hint')}</p>
      {summary.status === 'error' && (
        <p role="alert" class="error">
          {summary.message}
        </p>
      )}
      {summary.status === 'ready' && (
        <>
          <p data-testid="learning-total">{t('learning_total', String(summary.value.total))}</p>
          <ul class="learning-counts" data-testid="learning-counts">
            <li data-category="none">
              {t('learning_notNeeded')}: <span>{summary.value.notNeeded}</span>
            </li>
            {CATEGORIES.map((c) => (
              <li key={c} data-category={c}>
                {categoryText(t, c)}: <span>{summary.value.byCategory[c]}</span>
              </li>
            ))}
          </ul>
          {summary.value.latest.length > 0 && (
            <>
              <h3>{t('learning_latest')}</h3>
              <ul class="learning-verdicts" data-testid="learning-verdicts">
                {summary.value.latest.map((v) => (
                  <li key={v.id} data-testid="learning-verdict" data-kind={v.kind}>
                    <strong>
                      {v.category === null ? t('learning_notNeeded') : categoryText(t, v.category)}
                    </strong>{' '}
                    <span class="muted">
                      {v.customer} · {formatDateTime(v.at, locale)}
                    </span>
                    <blockquote class="excerpt">{v.text}</blockquote>
                    <button
                      type="button"
                      data-testid="learning-remove"
                      disabled={busy || v.id === undefined}
                      onClick={() => {
                        if (v.id !== undefined) onRemove(v.id);
                      }}
                    >
                      {t('learning_remove')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button
            type="button"
            class="danger"
            data-testid="learning-forget"
            disabled={busy || summary.value.total === 0}
            onClick={onForget}
          >
            {t('learning_forget')}
          </button>
        </>
      )}
    </section>
  );
}
