/**
 * The settings file (import and export), how long the log is kept, and deleting every stored
 * escalation. An import that fails lists every error, each naming its field; the settings in use
 * stay as they were.
 */
import type { ImportState } from '@/lib/ui/hooks/use-settings-form';
import { useUiText } from '../shared/i18n';
import type { SectionProps } from './BusinessSection';
import { NumberField } from './fields';
import { settingsErrorText } from '@/lib/ui/settings-errors';

export type DeleteState = 'idle' | 'deleting' | 'deleted' | { error: string };

export interface DataSectionProps extends SectionProps {
  importState: ImportState;
  deleteState: DeleteState;
  onImport: (file: File) => void;
  onExport: () => void;
  onDeleteAll: () => void;
}

export function DataSection(props: DataSectionProps) {
  const { t } = useUiText();
  const { importState, deleteState } = props;
  return (
    <section aria-labelledby="data-title" data-testid="section-data">
      <h2 id="data-title">{t('options_data')}</h2>
      <h3>{t('options_settingsFile')}</h3>
      <p class="muted">{t('options_settingsFileHint')}</p>
      <div class="row">
        <label class="field">
          <span>{t('options_import')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-testid="settings-import"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onImport(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" data-testid="settings-export" onClick={props.onExport}>
          {t('options_export')}
        </button>
      </div>
      {importState.status === 'imported' && (
        <p role="status" data-testid="settings-import-ok">
          {t('options_importOk', importState.fileName)}
        </p>
      )}
      {importState.status === 'failed' && (
        <div role="alert">
          <p class="error">{t('options_importFailed', importState.fileName)}</p>
          <ul class="error" data-testid="settings-import-errors">
            {importState.errors.map((error) => (
              <li key={`${error.path} ${error.message}`}>{settingsErrorText(error, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('options_retention')}</h3>
      <NumberField
        label={t('options_retentionDays')}
        value={props.settings.retentionDays}
        min={1}
        max={3650}
        testId="retention-days"
        hint={t('options_retentionHint')}
        onChange={(retentionDays) => {
          props.onChange({ ...props.settings, retentionDays });
        }}
      />
      <h3>{t('options_deleteAllTitle')}</h3>
      <p class="muted">{t('options_deleteAllHint')}</p>
      <button
        type="button"
        class="danger"
        data-testid="delete-all"
        disabled={deleteState === 'deleting'}
        onClick={props.onDeleteAll}
      >
        {t('options_deleteAll')}
      </button>
      {deleteState === 'deleted' && (
        <p role="status" data-testid="delete-all-done">
          {t('options_deleteAllDone')}
        </p>
      )}
      {typeof deleteState === 'object' && (
        <p role="alert" class="error">
          {t('options_deleteAllFailed', deleteState.error)}
        </p>
      )}
    </section>
  );
}
