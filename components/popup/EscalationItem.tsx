/**
 * One entry of the log: who, where, why (grouped by category), what they wrote (as text), how long
 * ago they wrote it, when the promise runs out, the drafted reply (two lines, expandable, with
 * Copy) and the owner's actions. The stripe and label carry the category's colour, as the page
 * mark does. Presentational: actions go out through `onAction`.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { memo } from '../shared/memo';
import { useState } from 'preact/hooks';
import { draftLang, dueAtPhrase } from '@/lib/handoff';
import { reasonLines } from '@/lib/reasons';
import { localTimeZone } from '@/lib/settings/defaults';
import { isSnoozed as isSnoozedAt } from '@/lib/escalation-status';
import { formatAge, formatDateTime, formatDue, isOverdue } from '@/lib/ui/format';
import type { EntryAction, LogEntry } from '@/lib/ui/view-types';
import { customerTime } from '@/lib/urgency';
import { categoryText, useUiText } from '../shared/i18n';
import { ReasonGroups } from '../shared/ReasonGroups';
import { CategoryPicker } from './CategoryPicker';

/** Drafts longer than this are shown collapsed to two lines first. */
const LONG_DRAFT = 110;

export interface EscalationItemProps {
  entry: LogEntry;
  now: number;
  /** The business time zone: the promise is stated in it, as the draft states it. */
  timeZone?: string;
  busy?: boolean;
  onAction: (action: EntryAction, entry: LogEntry) => void;
  onKeyDown?: (event: TargetedKeyboardEvent<HTMLElement>) => void;
}

/**
 * Rendered again only when one of its props changes: the popup re-renders as the settings, the
 * connection state and the clock come in, and the list's entries stay the same objects until the
 * log itself changes.
 */
export const EscalationItem = memo(function EscalationItem({
  entry,
  now,
  timeZone,
  busy = false,
  onAction,
  onKeyDown,
}: EscalationItemProps) {
  const { t, locale } = useUiText();
  const [expanded, setExpanded] = useState(false);
  const wroteAt = customerTime(entry);
  const draftId = `escalation-${entry.id}-draft`;
  const isLong = entry.draft.length > LONG_DRAFT || entry.draft.includes('\n');
  const isOpen = entry.status === 'open';
  const isSnoozed = isSnoozedAt(entry, now);
  const headingId = `escalation-${entry.id}-title`;
  const customer = entry.customer || t('log_unknownCustomer');
  const act = (action: EntryAction) => () => {
    onAction(action, entry);
  };
  /** "Resolve, Pablo Moreno": each button says whose conversation it acts on. */
  const nameFor = (key: string) => t('a11y_actionFor', [t(key), customer]);
  // A dismissed escalation was not a real one: it has no promise outcome.
  const promiseOutcome = entry.status === 'resolved' ? entry.promiseState : 'none';
  // The line under the draft, only when it has something to say (most open entries do not).
  const hasMeta =
    (entry.promiseDueAt !== undefined && isOpen) ||
    promiseOutcome === 'kept' ||
    promiseOutcome === 'missed' ||
    (isSnoozed && entry.snoozedUntil !== undefined) ||
    !isOpen;
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
            dateTime={new Date(wroteAt).toISOString()}
            title={formatDateTime(wroteAt, locale)}
            data-testid="escalation-age"
          >
            {formatAge(wroteAt, now, locale)}
          </time>
        </span>
      </div>
      <ReasonGroups
        lines={reasonLines(entry, t, (c) => categoryText(t, c))}
        labelShown={entry.category}
        label={t('log_reasons')}
        testId="escalation-reasons"
      />
      {entry.excerpt && <blockquote class="excerpt">{entry.excerpt}</blockquote>}
      {entry.draft !== '' && (
        <div class="draft-box">
          <span class="draft-label muted">{t('banner_draftLabel')}</span>
          <p
            id={draftId}
            class={expanded ? 'draft' : 'draft collapsed'}
            data-testid="escalation-draft"
          >
            {entry.draft}
          </p>
          <div class="draft-actions">
            {isLong && (
              <button
                type="button"
                class="link"
                aria-expanded={expanded}
                aria-controls={draftId}
                data-testid="escalation-draft-toggle"
                onClick={() => {
                  setExpanded(!expanded);
                }}
              >
                {t(expanded ? 'log_draftLess' : 'log_draftMore')}
              </button>
            )}
            <button
              type="button"
              data-testid="escalation-copy"
              aria-label={nameFor('action_copy')}
              onClick={act('copy')}
            >
              {t('action_copy')}
            </button>
          </div>
        </div>
      )}
      {hasMeta && (
        <div class="entry-meta">
          {entry.promiseDueAt !== undefined && isOpen && (
            <span
              class={isOverdue(entry.promiseDueAt, now) ? 'due overdue' : 'due'}
              data-testid="escalation-due"
            >
              {t(
                isOverdue(entry.promiseDueAt, now) ? 'log_promiseOverdue' : 'log_promiseDue',
                dueAtPhrase(
                  entry.promiseDueAt,
                  now,
                  timeZone ?? localTimeZone(),
                  draftLang(locale),
                ),
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
      )}
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
        {entry.status !== 'dismissed' && (
          <CategoryPicker
            category={entry.category}
            disabled={busy}
            onPick={(category) => {
              onAction(`category:${category}`, entry);
            }}
          />
        )}
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
});
