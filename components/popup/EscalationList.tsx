/**
 * The log's list: entries in the order given (open first, newest first), arrow keys move between
 * entries, and a "show more" button (also pressed by scrolling to the end) asks for the next page.
 * When the list first appears, only the first FIRST_FRAME_ENTRIES entries are rendered, so the
 * browser paints them sooner; the rest (and the "show more" button) follow once that frame is on
 * screen (useFirstScreenShown), so they do not hold up its raster and presentation.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { useFirstScreenShown } from '@/lib/ui/hooks/use-first-screen-shown';
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

/**
 * Entries in the list's first frame: more than the popup shows at once (four or five), and the
 * first screen `npm run bench` waits for.
 */
export const FIRST_FRAME_ENTRIES = 20;

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
  // False until the list's first frame is on screen.
  const firstShown = useFirstScreenShown();
  const hasMore = firstShown && props.hasMore;
  const { onLoadMore } = props;
  const shown = firstShown ? props.entries : props.entries.slice(0, FIRST_FRAME_ENTRIES);

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
        {shown.map((entry) => (
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
