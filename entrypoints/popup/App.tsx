// The popup's wiring: data hooks over the log (read-only, re-read whenever the background announces
// a change), the owner's actions as messages to the background, and the export of the log.
// Decisions live in lib/ui, the view in components/popup.
import { useCallback, useState } from 'preact/hooks';
import { PopupView, type PopupTab } from '@/components/popup/PopupView';
import { StatsPanel, type StatsWindow } from '@/components/popup/StatsPanel';
import { useUiText } from '@/components/shared/i18n';
import { queryAllForExport, type LogSource } from '@/lib/db/log-queries';
import { sendMessage } from '@/lib/messaging';
import { downloadText } from '@/lib/ui/download';
import { exportFileName, logToCsv, logToJson } from '@/lib/ui/export-log';
import { DEFAULT_FILTERS, isFiltered, type LogFilters } from '@/lib/ui/filters';
import { PAGE_SIZE, type FirstPage } from '@/lib/ui/first-page';
import { useLogPage, useStats, useTabHealth } from '@/lib/ui/hooks/use-log';
import { useNow } from '@/lib/ui/hooks/use-now';
import { LearningStatsPanel } from '@/components/popup/LearningStatsPanel';
import { queryAllVerdicts } from '@/lib/db/verdict-queries';
import { useLearningStats } from '@/lib/ui/hooks/use-learning';
import { usePopupSettings } from '@/lib/ui/hooks/use-popup-settings';
import {
  actionCategory,
  isCategoryAction,
  type EntryAction,
  type LogEntry,
} from '@/lib/ui/view-types';

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
  /** The first page popup.html's early script began reading, if it did. */
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
  const stats = useStats(log, tab === 'stats', statsWindow, now, connected);
  const learning = useLearningStats(log, tab === 'stats', now);

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
            text: t('notice_actionFailed', error instanceof Error ? error.message : String(error)),
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
      Promise.all([queryAllForExport(log.reader), queryAllVerdicts(log.reader)])
        .then(([rows, verdicts]) => {
          const at = Date.now();
          if (kind === 'csv')
            downloadText(exportFileName('csv', at), logToCsv(rows), 'text/csv;charset=utf-8');
          else
            downloadText(
              exportFileName('json', at),
              logToJson(rows, at, verdicts),
              'application/json',
            );
        })
        .catch((error: unknown) => {
          setNotice({
            kind: 'error',
            text: t('notice_exportFailed', error instanceof Error ? error.message : String(error)),
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
        <>
          <StatsPanel state={stats} window={statsWindow} onWindow={setStatsWindow} />
          <LearningStatsPanel state={learning} />
        </>
      }
    />
  );
}
