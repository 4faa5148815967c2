// The welcome page's wiring: loads the stored settings (fresh ones carry the browser's time zone)
// and where the setup was left, saves each step when the owner moves on (validated like every
// other write), and records a finished or skipped setup. Decisions live in lib/setup, the view in
// components/welcome.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WelcomeView, type WelcomePhase } from '@/components/welcome/WelcomeView';
import { useUiText } from '@/components/shared/i18n';
import { classify } from '@/lib/classifier';
import { draftLang } from '@/lib/handoff';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/types';
import type { SetupStep } from '@/lib/setup/state';
import { loadSetupState, saveSetupState } from '@/lib/setup/store';
import { tryMessage } from '@/lib/setup/try-message';
import { useNow } from '@/lib/ui/hooks/use-now';
import { cleanSettings } from '@/lib/ui/settings-form';

export function App() {
  const { t, locale } = useUiText();
  const now = useNow();
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [step, setStep] = useState<SetupStep>('business');
  const [phase, setPhase] = useState<WelcomePhase>('setup');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [tryText, setTryText] = useState('');

  useEffect(() => {
    Promise.all([loadSettings(), loadSetupState()])
      .then(([stored, state]) => {
        setSettings(stored);
        // A finished setup opened again starts over; a half-done or skipped one resumes.
        setStep(state.status === 'done' ? 'business' : state.step);
      })
      .catch((error: unknown) => {
        setErrors([t('notice_loadFailed', String(error))]);
      });
  }, [t]);

  const tryOutcome = useMemo(
    () =>
      settings === undefined
        ? undefined
        : tryMessage(tryText, cleanSettings(settings), now, classify, t('options_previewCustomer')),
    [tryText, settings, now, t],
  );

  /** Saves the settings as they are; true when they were valid and stored. */
  const save = async (document: Settings): Promise<boolean> => {
    const result = await saveSettings(cleanSettings(document));
    setErrors(result.ok ? [] : result.errors);
    return result.ok;
  };

  const run = (task: () => Promise<void>) => {
    setBusy(true);
    task()
      .catch((error: unknown) => {
        setErrors([String(error)]);
      })
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <WelcomeView
      settings={settings}
      step={step}
      phase={phase}
      busy={busy}
      errors={errors}
      tryText={tryText}
      tryOutcome={tryOutcome}
      sampleLang={draftLang(locale)}
      onChange={setSettings}
      onStep={(next) => {
        run(async () => {
          if (!settings || !(await save(settings))) return;
          await saveSetupState({ status: 'pending', step: next });
          setStep(next);
        });
      }}
      onFinish={() => {
        run(async () => {
          if (!settings || !(await save(settings))) return;
          await saveSetupState({ status: 'done', step: 'business' });
          setPhase('done');
        });
      }}
      onSkip={() => {
        run(async () => {
          // The settings as stored (fresh ones: the defaults with the browser's time zone), fixed
          // so the radar runs with them from now on.
          const result = await saveSettings(await loadSettings());
          if (!result.ok) {
            setErrors(result.errors);
            return;
          }
          await saveSetupState({ status: 'skipped', step });
          setPhase('skipped');
        });
      }}
      onTryText={setTryText}
      onOpenOptions={() => {
        browser.runtime.openOptionsPage().catch((error: unknown) => {
          setErrors([String(error)]);
        });
      }}
    />
  );
}
