/**
 * The options page: every section of the settings document, the backtest, and a save bar that
 * says whether there are unsaved edits and lists every error when saving fails. Presentational.
 */
import type { ComponentChildren } from 'preact';
import { CATEGORIES } from '@/lib/classifier/types';
import type { Settings } from '@/lib/settings/types';
import type { SetupStatus } from '@/lib/setup/state';
import type { ImportState, SaveState } from '@/lib/ui/hooks/use-settings-form';
import { useUiText } from '../shared/i18n';
import { BacktestSection, type BacktestState } from './BacktestSection';
import { BusinessSection } from './BusinessSection';
import { CategorySection } from './CategorySection';
import { DataSection, type DeleteState } from './DataSection';
import { FaqSection } from './FaqSection';
import { NotificationsSection } from './NotificationsSection';
import { settingsErrorText } from '@/lib/ui/settings-errors';

export interface OptionsViewProps {
  /** undefined while the stored settings load. */
  settings: Settings | undefined;
  isDirty: boolean;
  now: number;
  saveState: SaveState;
  importState: ImportState;
  deleteState: DeleteState;
  backtest: BacktestState;
  onChange: (settings: Settings) => void;
  onSave: () => void;
  onRevert: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
  onDeleteAll: () => void;
  onBacktestFile: (file: File) => void;
  onBacktestOwner: (owner: string | undefined) => void;
  onBacktestCancel: () => void;
  /** What the radar learned from the owner (LearningSection), shown after the data section. */
  learning?: ComponentChildren;
  /** Where the welcome setup stands (undefined while it loads), and the page that runs it. */
  setupStatus?: SetupStatus | undefined;
  setupHref?: string;
}

export function OptionsView(props: OptionsViewProps) {
  const { t } = useUiText();
  const { settings, onChange } = props;
  return (
    <main class="options" data-testid="options">
      <header>
        <h1>{t('options_title')}</h1>
        {props.setupStatus !== undefined && props.setupHref !== undefined && (
          <p
            class={props.setupStatus === 'done' ? 'setup-link' : 'setup-link notice'}
            data-testid="setup-link"
            data-setup-status={props.setupStatus}
          >
            {props.setupStatus !== 'done' && <span>{t('setup_unfinished')} </span>}
            <a href={props.setupHref} target="_blank" rel="noopener">
              {t(props.setupStatus === 'done' ? 'setup_runAgain' : 'setup_resume')}
            </a>
          </p>
        )}
      </header>
      {settings === undefined ? (
        <p role="status">{t('common_loading')}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            props.onSave();
          }}
        >
          <BusinessSection settings={settings} onChange={onChange} />
          <FaqSection settings={settings} onChange={onChange} />
          <section aria-labelledby="categories-title" data-testid="section-categories">
            <h2 id="categories-title">{t('options_categories')}</h2>
            <p class="muted">{t('options_categoriesHint')}</p>
            {CATEGORIES.map((category) => (
              <CategorySection
                key={category}
                category={category}
                settings={settings}
                onChange={onChange}
                now={props.now}
              />
            ))}
          </section>
          <NotificationsSection settings={settings} onChange={onChange} />
          <DataSection
            settings={settings}
            onChange={onChange}
            importState={props.importState}
            deleteState={props.deleteState}
            onImport={props.onImport}
            onExport={props.onExport}
            onDeleteAll={props.onDeleteAll}
          />
          {props.learning}
          <BacktestSection
            state={props.backtest}
            onFile={props.onBacktestFile}
            onOwner={props.onBacktestOwner}
            onCancel={props.onBacktestCancel}
          />
          <div class="save-bar">
            <button type="submit" class="primary" data-testid="save-settings">
              {t('options_save')}
            </button>
            <button
              type="button"
              disabled={!props.isDirty}
              data-testid="revert-settings"
              onClick={props.onRevert}
            >
              {t('options_revert')}
            </button>
            <span role="status" data-testid="save-status">
              {props.saveState.status === 'saved' && !props.isDirty
                ? t('options_saved')
                : props.isDirty
                  ? t('options_unsaved')
                  : ''}
            </span>
            {props.saveState.status === 'failed' && (
              <div role="alert" class="error">
                <p>{t('options_saveFailed')}</p>
                <ul data-testid="save-errors">
                  {props.saveState.errors.map((error) => (
                    <li key={`${error.path} ${error.message}`}>{settingsErrorText(error, t)}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </form>
      )}
    </main>
  );
}
