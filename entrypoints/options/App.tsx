// The options page's wiring: the settings form state, the backtest over the draft, the settings
// file and deleting all data (through the background). Decisions live in lib/ui and lib/settings.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DeleteState } from '@/components/options/DataSection';
import { LearningSection } from '@/components/options/LearningSection';
import { OptionsView } from '@/components/options/OptionsView';
import { useUiText } from '@/components/shared/i18n';
import { sendMessage } from '@/lib/messaging';
import type { SetupStatus } from '@/lib/setup/state';
import { loadSetupState, WELCOME_PATH } from '@/lib/setup/store';
import { errorText } from '@/lib/ui/error-text';
import { downloadText } from '@/lib/ui/download';
import { useBacktest } from '@/lib/ui/hooks/use-backtest';
import { useVerdictSummary } from '@/lib/ui/hooks/use-learning';
import { pageLogSource } from '@/lib/ui/hooks/log-changes';
import { useNow } from '@/lib/ui/hooks/use-now';
import { useSettingsForm } from '@/lib/ui/hooks/use-settings-form';
import { settingsFileName, settingsFileText } from '@/lib/ui/settings-form';

export interface AppProps {
  /** Asks the owner to confirm (window.confirm on the page). */
  confirm: (message: string) => boolean;
}

/** The backtest runs off the page's thread; without workers (unit tests) it runs on the page. */
const createBacktestWorker =
  typeof Worker === 'undefined'
    ? undefined
    : () => new Worker(new URL('./backtest.worker.ts', import.meta.url), { type: 'module' });
const log = pageLogSource();

export function App({ confirm }: AppProps) {
  const { t } = useUiText();
  const now = useNow(60_000);
  const form = useSettingsForm();
  const backtest = useBacktest(form.draft, createBacktestWorker);
  const [deleteState, setDeleteState] = useState<DeleteState>('idle');
  const { saved, importFile } = form;
  const verdicts = useVerdictSummary(log);
  const [learningBusy, setLearningBusy] = useState(false);
  const learningAction = useCallback((run: () => Promise<unknown>) => {
    setLearningBusy(true);
    run()
      .catch(() => undefined)
      .finally(() => {
        setLearningBusy(false);
      });
  }, []);
  const [setupStatus, setSetupStatus] = useState<SetupStatus | undefined>(undefined);

  useEffect(() => {
    loadSetupState()
      .then((state) => {
        setSetupStatus(state.status);
      })
      .catch(() => {
        // Without the setup's state the options page still works; the link reads "run again".
        setSetupStatus('done');
      });
  }, []);

  const onExport = useCallback(() => {
    if (saved)
      downloadText(settingsFileName(Date.now()), settingsFileText(saved), 'application/json');
  }, [saved]);

  const onImport = useCallback(
    (file: File) => {
      void file.text().then((text) => importFile(file.name, text));
    },
    [importFile],
  );

  const onDeleteAll = useCallback(() => {
    if (!confirm(t('options_deleteAllConfirm'))) return;
    setDeleteState('deleting');
    sendMessage('data:deleteAll', {})
      .then(() => {
        setDeleteState('deleted');
      })
      .catch((error: unknown) => {
        setDeleteState({ error: errorText(error) });
      });
  }, [confirm, t]);

  return (
    <OptionsView
      settings={form.draft}
      isDirty={form.isDirty}
      now={now}
      saveState={form.saveState}
      importState={form.importState}
      deleteState={deleteState}
      backtest={backtest.state}
      onChange={form.setDraft}
      onSave={() => void form.save()}
      onRevert={form.revert}
      onImport={onImport}
      onExport={onExport}
      onDeleteAll={onDeleteAll}
      onBacktestFile={(file) => void backtest.loadFile(file.name, file.arrayBuffer())}
      onBacktestOwner={backtest.setOwner}
      onBacktestCancel={backtest.cancel}
      learning={
        <LearningSection
          summary={verdicts}
          busy={learningBusy}
          onRemove={(id) => {
            learningAction(() => sendMessage('verdict:remove', { id }));
          }}
          onForget={() => {
            if (confirm(t('learning_forgetConfirm')))
              learningAction(() => sendMessage('learning:forget', {}));
          }}
        />
      }
      setupStatus={setupStatus}
      setupHref={WELCOME_PATH}
    />
  );
}
