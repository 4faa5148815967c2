/**
 * The popup: header with the open count and connection state, two tabs (the log and the stats),
 * the filter bar, the list and the export buttons. Presentational: data and callbacks come from
 * entrypoints/popup-app/App.tsx.
 */
import type { ComponentChildren } from 'preact';
import type { LogFilters } from '@/lib/ui/filters';
import type { Connection, EntryAction, LogEntry } from '@/lib/ui/view-types';
import { useUiText } from '../shared/i18n';
import { ConnectionList } from './ConnectionList';
import { EscalationList } from './EscalationList';
import { FilterBar } from './FilterBar';

export type PopupTab = 'log' | 'stats';

export interface PopupViewProps {
  tab: PopupTab;
  onTab: (tab: PopupTab) => void;
  filters: LogFilters;
  isFiltered: boolean;
  onFilters: (filters: LogFilters) => void;
  /** undefined while the first page loads. */
  entries: LogEntry[] | undefined;
  hasMore: boolean;
  openCount: number;
  now: number;
  /** The business time zone, in which promises are stated (the browser's when absent). */
  timeZone?: string;
  busyIds?: ReadonlySet<number>;
  connections: Connection[];
  /** The FAQ has no entries, so unanswered questions are not flagged: say so, invite entries. */
  faqEmpty?: boolean;
  notice?: { kind: 'info' | 'error'; text: string } | undefined;
  onAction: (action: EntryAction, entry: LogEntry) => void;
  onLoadMore: () => void;
  onExport: (kind: 'csv' | 'json') => void;
  /** The stats panel, rendered only while its tab is selected. */
  stats: ComponentChildren;
}

const TABS: readonly PopupTab[] = ['log', 'stats'];

/** A tab's panel while its code loads (the stats tab is loaded when first opened), or why it did not. */
export function PanelPending({ tab, error }: { tab: PopupTab; error?: string | undefined }) {
  const { t } = useUiText();
  return (
    <section
      id={`panel-${tab}`}
      role="tabpanel"
      aria-labelledby={`tab-${tab}`}
      data-testid={`panel-${tab}-pending`}
    >
      {error === undefined ? (
        <p role="status">{t('common_loading')}</p>
      ) : (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}

export function PopupView(props: PopupViewProps) {
  const { t } = useUiText();
  const selectTab = (tab: PopupTab) => () => {
    props.onTab(tab);
  };
  return (
    <main class="popup" data-testid="popup">
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <span class="open-count" data-testid="open-count" aria-live="polite">
          {t('log_openCount', String(props.openCount))}
        </span>
      </header>
      <ConnectionList connections={props.connections} />
      {props.faqEmpty === true && (
        <p class="muted" data-testid="faq-off">
          {t('popup_faqOff')}
        </p>
      )}
      <div class="tabs" role="tablist" aria-label={t('popup_views')}>
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            data-testid={`tab-${tab}`}
            aria-selected={props.tab === tab}
            aria-controls={`panel-${tab}`}
            tabIndex={props.tab === tab ? 0 : -1}
            onClick={selectTab(tab)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const next = props.tab === 'log' ? 'stats' : 'log';
              props.onTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {t(`tab_${tab}`)}
          </button>
        ))}
      </div>
      {props.notice && (
        <p
          class={`notice ${props.notice.kind}`}
          role={props.notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="popup-notice"
        >
          {props.notice.text}
        </p>
      )}
      {props.tab === 'log' ? (
        <section id="panel-log" role="tabpanel" aria-labelledby="tab-log" data-testid="log">
          <FilterBar filters={props.filters} onChange={props.onFilters} />
          {props.entries === undefined ? (
            <p role="status">{t('common_loading')}</p>
          ) : (
            <EscalationList
              entries={props.entries}
              now={props.now}
              timeZone={props.timeZone}
              hasMore={props.hasMore}
              isFiltered={props.isFiltered}
              busyIds={props.busyIds}
              onAction={props.onAction}
              onLoadMore={props.onLoadMore}
            />
          )}
          <footer class="export" aria-label={t('export_label')}>
            <span class="muted">{t('export_label')}</span>
            <button
              type="button"
              data-testid="export-csv"
              onClick={() => {
                props.onExport('csv');
              }}
            >
              {t('export_csv')}
            </button>
            <button
              type="button"
              data-testid="export-json"
              onClick={() => {
                props.onExport('json');
              }}
            >
              {t('export_json')}
            </button>
          </footer>
        </section>
      ) : (
        props.stats
      )}
    </main>
  );
}
