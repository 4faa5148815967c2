/**
 * The options page's state: the stored settings, the owner's unsaved draft, saving (validated;
 * every error listed), importing a settings file (refused whole when any field is wrong, the
 * settings in use unchanged) and following changes made elsewhere while the draft is clean.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings } from '../../settings/store';
import type { Settings } from '../../settings/types';
import { parseSettingsText, type SettingsProblem } from '../../settings/validate';
import { cleanSettings, isSameSettings } from '../settings-form';
import { errorText } from '../error-text';

/** Failures keep the check's structured problems, which the pages word in the owner's language. */
export type SaveState =
  { status: 'idle' } | { status: 'saved' } | { status: 'failed'; errors: SettingsProblem[] };
export type ImportState =
  | { status: 'idle' }
  | { status: 'imported'; fileName: string }
  | { status: 'failed'; fileName: string; errors: SettingsProblem[] };

export interface SettingsForm {
  saved: Settings | undefined;
  draft: Settings | undefined;
  isDirty: boolean;
  saveState: SaveState;
  importState: ImportState;
  setDraft: (settings: Settings) => void;
  save: () => Promise<void>;
  revert: () => void;
  importFile: (fileName: string, text: string) => Promise<void>;
}

/** An unexpected failure while saving, as a problem of the whole file with the browser's words. */
function storageProblem(error: unknown): SettingsProblem {
  const detail = errorText(error);
  return {
    path: 'settings',
    code: 'storage_failed',
    message: `the settings could not be stored: ${detail}`,
    detail,
  };
}

export function useSettingsForm(): SettingsForm {
  const [saved, setSaved] = useState<Settings | undefined>(undefined);
  const [draft, setDraftState] = useState<Settings | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [importState, setImportState] = useState<ImportState>({ status: 'idle' });
  const isDirty = saved !== undefined && draft !== undefined && !isSameSettings(saved, draft);

  useEffect(() => {
    let isActive = true;
    void loadSettings().then((settings) => {
      if (!isActive) return;
      setSaved(settings);
      setDraftState((current) => current ?? settings);
    });
    const stop = watchSettings((settings) => {
      setSaved((previous) => {
        // Follow changes made elsewhere only while the owner has no edits of their own.
        setDraftState((current) =>
          current === undefined || previous === undefined || isSameSettings(current, previous)
            ? settings
            : current,
        );
        return settings;
      });
    });
    return () => {
      isActive = false;
      stop();
    };
  }, []);

  const setDraft = useCallback((settings: Settings) => {
    setDraftState(settings);
    setSaveState((state) => (state.status === 'failed' ? state : { status: 'idle' }));
  }, []);

  const save = useCallback(async () => {
    if (draft === undefined) return;
    try {
      const result = await saveSettings(cleanSettings(draft));
      if (!result.ok) {
        setSaveState({ status: 'failed', errors: result.problems });
        return;
      }
      setSaved(result.settings);
      setDraftState(result.settings);
      setSaveState({ status: 'saved' });
    } catch (error) {
      setSaveState({ status: 'failed', errors: [storageProblem(error)] });
    }
  }, [draft]);

  const revert = useCallback(() => {
    if (saved) setDraftState(saved);
    setSaveState({ status: 'idle' });
  }, [saved]);

  const importFile = useCallback(async (fileName: string, text: string) => {
    const parsed = parseSettingsText(text);
    if (!parsed.ok) {
      setImportState({ status: 'failed', fileName, errors: parsed.problems });
      return;
    }
    const result = await saveSettings(parsed.settings);
    if (!result.ok) {
      setImportState({ status: 'failed', fileName, errors: result.problems });
      return;
    }
    setSaved(result.settings);
    setDraftState(result.settings);
    setImportState({ status: 'imported', fileName });
    setSaveState({ status: 'idle' });
  }, []);

  return { saved, draft, isDirty, saveState, importState, setDraft, save, revert, importFile };
}
