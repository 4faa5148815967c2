// The popup's wiring: data hooks over the log (read-only, re-read whenever the background announces
// a change), the owner's actions as messages to the background, and the export of the log. The
// stats tab (StatsTab.tsx) and the export (export.ts) are loaded when first asked for.
// Decisions live in lib/ui, the view in components/popup.
import { useCallback, useState } from 'preact/hooks';
import { PanelPending, PopupView, type PopupTab } from '@/components/popup/PopupView';
import type { StatsWindow } from '@/components/popup/StatsPanel';
import { useUiText } from '@/components/shared/i18n';
import type { LogSource } from '@/lib/db/log-queries';
import { sendMessage } from '@/lib/messaging';
import { errorText } from '@/lib/ui/error-text';
import { DEFAULT_FILTERS, isFiltered, type LogFilters } from '@/lib/ui/filters';
import { PAGE_SIZE, type FirstPage } from '@/lib/ui/first-page';
import { useLogPage, useTabHealth } from '@/lib/ui/hooks/use-log';
import { useNow } from '@/lib/ui/hooks/use-now';
import { useOnDemand } from '@/lib/ui/hooks/use-on-demand';
import { usePopupSettings } from '@/lib/ui/hooks/use-popup-settings';
import {
  actionCategory,
  isCategoryAction,
  type EntryAction,
  type LogEntry,
} from '@/lib/ui/view-types';

// Loaded on demand: the first screen is the log, and most openings never go further.
const loadStatsTab = () => import('./StatsTab');
const loadExport = () => import('./export');

export const SNOOZE_MINUTES = 60;

type Notice = { kind: 'info' | 'error'; text: string } | undefined;

async function perform(action: EntryAction, entry: LogEntry): Promise<string | undefined> {
  if (isCategoryAction(action)) {
    await sendMessage('escalation:recategorise', {
      id: entry.id,
      category: actionCategory(action),
    });
    return 'notice_recategorised';
  }
  switch (action) {
    case 'resolve':
    case 'dismiss':
      await sendMessage('escalation:close', {
        id: entry.id,
        status: action === 'resolve' ? 'resolved' : 'dismissed',
      });
      return undefined;
    case 'snooze':
      await sendMessage('escalation:snooze', { id: entry.id, minutes: SNOOZE_MINUTES });
      return 'notice_snoozed';
    case 'reopen':
      await sendMessage('escalation:reopen', { id: entry.id });
      return undefined;
    case 'copy':
      await navigator.clipboard.writeText(entry.draft);
      return 'notice_copied';
    case 'open': {
      const { revealed } = await sendMessage('escalation:reveal', { id: entry.id });
      return revealed ? undefined : `notice_openFailed_${entry.platform}`;
    }
  }
}

export interface AppProps {
  log: LogSource;
  /** The first page the popup began reading before its first render, if it did. */
  first?: FirstPage;
}

export function App({ log, first }: AppProps) {
  const { t } = useUiText();
  const now = useNow();
  const [tab, setTab] = useState<PopupTab>('log');
  const [filters, setFilters] = useState<LogFilters>(DEFAULT_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [statsWindow, setStatsWindow] = useState<StatsWindow>(7);
  const [notice, setNotice] = useState<Notice>(undefined);
  const [busyIds, setBusyIds] = useState<ReadonlySet<number>>(new Set());
  const page = useLogPage(log, filters, limit, first);
  const connections = useTabHealth(log);
  const { faqEmpty, timeZone } = usePopupSettings();
  const connected = connections.filter((c) => c.state === 'connected').length;
  const statsTab = useOnDemand(loadStatsTab, tab === 'stats');

  const onFilters = useCallback((next: LogFilters) => {
    setFilters(next);
    setLimit(PAGE_SIZE);
  }, []);
  const hasMore = page.hasMore;
  const onLoadMore = useCallback(() => {
    if (hasMore) setLimit((current) => current + PAGE_SIZE);
  }, [hasMore]);

  const onAction = useCallback(
    (action: EntryAction, entry: LogEntry) => {
      setBusyIds((ids) => new Set(ids).add(entry.id));
      perform(action, entry)
        .then((key) => {
          setNotice(key === undefined ? undefined : { kind: 'info', text: t(key) });
        })
        .catch((error: unknown) => {
          setNotice({
            kind: 'error',
            text: t('notice_actionFailed', errorText(error)),
          });
        })
        .finally(() => {
          setBusyIds((ids) => {
            const next = new Set(ids);
            next.delete(entry.id);
            return next;
          });
        });
    },
    [t],
  );

  const onExport = useCallback(
    (kind: 'csv' | 'json') => {
      loadExport()
        .then(({ exportLog }) => exportLog(log.reader, kind))
        .catch((error: unknown) => {
          setNotice({
            kind: 'error',
            text: t('notice_exportFailed', errorText(error)),
          });
        });
    },
    [log, t],
  );

  return (
    <PopupView
      tab={tab}
      onTab={setTab}
      filters={filters}
      isFiltered={isFiltered(filters)}
      onFilters={onFilters}
      entries={page.entries}
      hasMore={page.hasMore}
      openCount={page.openCount}
      now={now}
      timeZone={timeZone}
      busyIds={busyIds}
      connections={connections}
      faqEmpty={faqEmpty}
      notice={
        page.error === undefined
          ? notice
          : { kind: 'error', text: t('notice_loadFailed', page.error) }
      }
      onAction={onAction}
      onLoadMore={onLoadMore}
      onExport={onExport}
      stats={
        statsTab.status === 'ready' ? (
          <statsTab.value.StatsTab
            log={log}
            now={now}
            connected={connected}
            window={statsWindow}
            onWindow={setStatsWindow}
          />
        ) : (
          <PanelPending
            tab="stats"
            error={
              statsTab.status === 'error' ? t('notice_loadFailed', statsTab.message) : undefined
            }
          />
        )
      }
    />
  );
}
