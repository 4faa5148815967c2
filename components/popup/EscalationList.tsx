/**
 * The log's list: entries in the order given (open first, newest first), arrow keys move between
 * entries, and a "show more" button (also pressed by scrolling to the end) asks for the next page.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { EntryAction, LogEntry } from '@/lib/ui/view-types';
import { useUiText } from '../shared/i18n';
import { EscalationItem } from './EscalationItem';

export interface EscalationListProps {
  entries: LogEntry[];
  now: number;
  /** The business time zone, in which promises are stated. */
  timeZone?: string;
  hasMore: boolean;
  isFiltered: boolean;
  busyIds?: ReadonlySet<number>;
  onAction: (action: EntryAction, entry: LogEntry) => void;
  onLoadMore: () => void;
}

const NAVIGATION_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  j: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  k: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function EscalationList(props: EscalationListProps) {
  const { t } = useUiText();
  const listRef = useRef<HTMLUListElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const { hasMore, onLoadMore } = props;

  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!hasMore || !sentinel || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((records) => {
      if (records.some((record) => record.isIntersecting)) onLoadMore();
    });
    observer.observe(sentinel);
    return () => {
      observer.disconnect();
    };
  }, [hasMore, onLoadMore]);

  // One handler for every entry (so an entry's props stay the same between renders and it is not
  // rendered again): the entry is the element the handler is on.
  const onItemKey = useCallback((event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    const move = NAVIGATION_KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [])];
    items[move(items.indexOf(event.currentTarget), items.length)]?.focus();
  }, []);

  if (props.entries.length === 0) {
    return (
      <p class="empty" data-testid="log-empty" role="status">
        {t(props.isFiltered ? 'log_emptyFiltered' : 'log_empty')}
      </p>
    );
  }

  return (
    <>
      <ul class="log" ref={listRef} aria-label={t('log_title')} data-testid="escalation-list">
        {props.entries.map((entry) => (
          <EscalationItem
            key={entry.id}
            entry={entry}
            now={props.now}
            timeZone={props.timeZone}
            busy={props.busyIds?.has(entry.id) ?? false}
            onAction={props.onAction}
            onKeyDown={onItemKey}
          />
        ))}
      </ul>
      {hasMore && (
        <div ref={sentinelRef} class="more">
          <button type="button" data-testid="log-more" onClick={onLoadMore}>
            {t('log_more')}
          </button>
        </div>
      )}
    </>
  );
}
