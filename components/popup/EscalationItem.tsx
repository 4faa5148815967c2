/**
 * One entry of the log: who, where, why, what they wrote (as text), how long ago, when the promise
 * runs out, and the owner's actions. Presentational: actions go out through `onAction`.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { formatAge, formatDateTime, formatDue, isOverdue } from '@/lib/ui/format';
import type { EntryAction, LogEntry } from '@/lib/ui/view-types';
import { categoryText, useUiText } from '../shared/i18n';

export interface EscalationItemProps {
  entry: LogEntry;
  now: number;
  busy?: boolean;
  onAction: (action: EntryAction, entry: LogEntry) => void;
  onKeyDown?: (event: TargetedKeyboardEvent<HTMLElement>) => void;
}

export function EscalationItem({
  entry,
  now,
  busy = false,
  onAction,
  onKeyDown,
}: EscalationItemProps) {
  const { t, locale } = useUiText();
  const isOpen = entry.status === 'open';
  const isSnoozed = isOpen && entry.snoozedUntil !== undefined && entry.snoozedUntil > now;
  const headingId = `escalation-${entry.id}-title`;
  const customer = entry.customer || t('log_unknownCustomer');
  const act = (action: EntryAction) => () => {
    onAction(action, entry);
  };
  /** "Resolve, Pablo Moreno": each button says whose conversation it acts on. */
  const nameFor = (key: string) => t('a11y_actionFor', [t(key), customer]);
  // A dismissed escalation was not a real one: it has no promise outcome.
  const promiseOutcome = entry.status === 'resolved' ? entry.promiseState : 'none';
  return (
    <li
      class="entry"
      tabIndex={0}
      aria-labelledby={headingId}
      data-testid="escalation-item"
      data-escalation-id={String(entry.id)}
      data-status={entry.status}
      data-snoozed={isSnoozed ? '' : undefined}
      data-category={entry.category}
      data-platform={entry.platform}
      onKeyDown={onKeyDown}
    >
      <div class="entry-head">
        <span class="pill" data-category={entry.category}>
          {categoryText(t, entry.category)}
        </span>
        <span class="who">
          <strong id={headingId} class="customer">
            {customer}
          </strong>
          <span class="muted platform">{t(`platform_${entry.platform}`)}</span>
          <time
            class="muted age"
            dateTime={new Date(entry.detectedAt).toISOString()}
            title={formatDateTime(entry.detectedAt, locale)}
          >
            {formatAge(entry.detectedAt, now, locale)}
          </time>
        </span>
      </div>
      <ul class="reasons" aria-label={t('log_reasons')} data-testid="escalation-reasons">
        {entry.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {entry.excerpt && <blockquote class="excerpt">{entry.excerpt}</blockquote>}
      <div class="entry-meta">
        {entry.promiseDueAt !== undefined && isOpen && (
          <span
            class={isOverdue(entry.promiseDueAt, now) ? 'due overdue' : 'due'}
            data-testid="escalation-due"
          >
            {t(
              isOverdue(entry.promiseDueAt, now) ? 'log_promiseOverdue' : 'log_promiseDue',
              formatDue(entry.promiseDueAt, now, locale),
            )}
          </span>
        )}
        {promiseOutcome === 'kept' && (
          <span class="muted" data-testid="escalation-promise-outcome">
            {t('log_promiseKept')}
          </span>
        )}
        {promiseOutcome === 'missed' && (
          <span class="warn" data-testid="escalation-promise-outcome">
            {t('log_promiseMissed')}
          </span>
        )}
        {isSnoozed && entry.snoozedUntil !== undefined && (
          <span class="snoozed" data-testid="escalation-snoozed">
            {t('log_snoozedUntil', formatDue(entry.snoozedUntil, now, locale))}
          </span>
        )}
        {!isOpen && (
          <span class="status" data-testid="escalation-status">
            {t(`entry_${entry.status}`)}
          </span>
        )}
      </div>
      <div
        class="actions"
        role="group"
        aria-label={t('a11y_actionFor', [t('log_actions'), customer])}
      >
        {isOpen ? (
          <>
            <button
              type="button"
              class="primary"
              data-testid="escalation-resolve"
              aria-label={nameFor('action_resolve')}
              disabled={busy}
              onClick={act('resolve')}
            >
              {t('action_resolve')}
            </button>
            <button
              type="button"
              data-testid="escalation-dismiss"
              aria-label={nameFor('action_dismiss')}
              disabled={busy}
              title={t('action_dismissHint')}
              onClick={act('dismiss')}
            >
              {t('action_dismiss')}
            </button>
            <button
              type="button"
              data-testid="escalation-snooze"
              aria-label={nameFor('action_snooze')}
              disabled={busy}
              onClick={act('snooze')}
            >
              {t('action_snooze')}
            </button>
          </>
        ) : (
          <button
            type="button"
            data-testid="escalation-reopen"
            aria-label={nameFor('action_reopen')}
            disabled={busy}
            onClick={act('reopen')}
          >
            {t('action_reopen')}
          </button>
        )}
        <button
          type="button"
          data-testid="escalation-copy"
          aria-label={nameFor('action_copy')}
          disabled={entry.draft === ''}
          onClick={act('copy')}
        >
          {t('action_copy')}
        </button>
        <button
          type="button"
          data-testid="escalation-open"
          aria-label={nameFor('action_open')}
          onClick={act('open')}
        >
          {t('action_open')}
        </button>
      </div>
    </li>
  );
}
