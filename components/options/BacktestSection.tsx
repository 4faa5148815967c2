/**
 * Backtest: the owner drops a WhatsApp chat export (.txt or .zip) and sees which customer messages
 * would escalate under the settings being edited, and why, before saving anything. Message text is
 * shown as text only.
 */
import type { BacktestReport, OwnerBasis } from '@/lib/export';
import type { BacktestState } from '@/lib/ui/hooks/use-backtest';
import { categoryText, useUiText } from '../shared/i18n';

export type { BacktestState };

export interface BacktestSectionProps {
  state: BacktestState;
  onFile: (file: File) => void;
  onCancel: () => void;
  /** undefined: let the backtest choose the owner. */
  onOwner: (owner: string | undefined) => void;
}

/** The export's own wall-clock time ("2024-03-14 09:05"); it carries no time zone. */
const OWNER_BASIS_KEY: Record<OwnerBasis, string> = {
  given: 'given',
  settings: 'settings',
  you: 'you',
  single: 'single',
  'not-starter': 'notStarter',
  busiest: 'busiest',
  'account-holder': 'accountHolder',
};

function exportTime(at: number): string {
  return new Date(at).toISOString().slice(0, 16).replace('T', ' ');
}

function Report({
  report,
  owner,
  onOwner,
}: {
  report: BacktestReport;
  owner: string | undefined;
  onOwner: BacktestSectionProps['onOwner'];
}) {
  const { t } = useUiText();
  return (
    <div data-testid="backtest-results">
      <label class="field">
        <span>{t('backtest_owner')}</span>
        <select
          data-testid="backtest-owner"
          value={owner ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onOwner(value === '' ? undefined : value);
          }}
        >
          <option value="">{t('backtest_ownerAuto')}</option>
          {report.authors.map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
      </label>
      <p class="muted" data-testid="backtest-owner-basis">
        {t(`backtest_ownerBasis_${OWNER_BASIS_KEY[report.ownerBasis]}`, report.owner ?? '')}
      </p>
      <p role="status" data-testid="backtest-summary">
        {t('backtest_summary', [String(report.escalations), String(report.customerMessages)])}
      </p>
      {report.conversations.map((conversation) => (
        <section
          key={conversation.customer}
          class="backtest-conversation"
          aria-label={conversation.customer}
        >
          <h3>
            {conversation.customer}{' '}
            <span class="muted">
              {t('backtest_conversationCount', [
                String(conversation.escalations.length),
                String(conversation.customerMessages),
              ])}
            </span>
          </h3>
          <ol>
            {conversation.escalations.map((hit, index) => (
              <li
                key={`${hit.at}-${index}`}
                data-testid="backtest-hit"
                data-category={hit.category ?? ''}
              >
                <div class="entry-head">
                  {hit.category && (
                    <span class="pill" data-category={hit.category}>
                      {categoryText(t, hit.category)}
                    </span>
                  )}
                  <time class="muted">{exportTime(hit.at)}</time>
                </div>
                <blockquote class="excerpt">{hit.text}</blockquote>
                <ul class="reasons" aria-label={t('log_reasons')}>
                  {hit.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

export function BacktestSection({ state, onFile, onOwner, onCancel }: BacktestSectionProps) {
  const { t } = useUiText();
  return (
    <section aria-labelledby="backtest-title" data-testid="section-backtest">
      <h2 id="backtest-title">{t('backtest_title')}</h2>
      <p class="muted">{t('backtest_hint')}</p>
      <label class="field drop">
        <span>{t('backtest_file')}</span>
        <input
          type="file"
          accept=".txt,.zip,.json,text/plain,application/zip,application/json"
          data-testid="backtest-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      {state.status === 'reading' && <p role="status">{t('common_loading')}</p>}
      {state.status === 'running' && (
        <div class="backtest-progress" data-testid="backtest-progress">
          <progress
            max={state.total || 1}
            value={state.total ? state.done : undefined}
            aria-label={t('backtest_progress', [String(state.done), String(state.total)])}
          />
          <span role="status">
            {t('backtest_progress', [String(state.done), String(state.total)])}
          </span>
          <button type="button" data-testid="backtest-cancel" onClick={onCancel}>
            {t('backtest_cancel')}
          </button>
        </div>
      )}
      {state.status === 'cancelled' && (
        <p role="status" data-testid="backtest-cancelled">
          {t('backtest_cancelled')}
        </p>
      )}
      {state.status === 'failed' && (
        <p role="alert" class="error" data-testid="backtest-error">
          {t('backtest_failed', [state.fileName, state.error])}
        </p>
      )}
      {state.status === 'ready' && (
        <Report report={state.report} owner={state.owner} onOwner={onOwner} />
      )}
    </section>
  );
}
