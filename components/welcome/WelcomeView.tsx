/**
 * The welcome page: a short setup in five steps (business, hours, FAQ, what to watch, try a
 * message), each saved when the owner moves on, so it can be left and resumed from the options
 * page; or skipped for now. Presentational: state and saving live in entrypoints/welcome/App.tsx.
 */
import type { Lang } from '@/lib/classifier/types';
import type { Settings } from '@/lib/settings/types';
import { SETUP_STEPS, stepIndex, type SetupStep } from '@/lib/setup/state';
import type { TryOutcome } from '@/lib/setup/try-message';
import { useUiText } from '../shared/i18n';
import { BusinessStep } from './BusinessStep';
import { CategoriesStep } from './CategoriesStep';
import { FaqStep } from './FaqStep';
import { HoursStep } from './HoursStep';
import { TryStep } from './TryStep';

export type WelcomePhase = 'setup' | 'done' | 'skipped';

export interface WelcomeViewProps {
  /** undefined while the stored settings load. */
  settings: Settings | undefined;
  step: SetupStep;
  phase: WelcomePhase;
  busy: boolean;
  errors: string[];
  tryText: string;
  tryOutcome: TryOutcome | undefined;
  sampleLang: Lang;
  onChange: (settings: Settings) => void;
  onStep: (step: SetupStep) => void;
  onFinish: () => void;
  onSkip: () => void;
  onTryText: (text: string) => void;
  onOpenOptions: () => void;
}

function Finished({ phase, onOpenOptions }: Pick<WelcomeViewProps, 'phase' | 'onOpenOptions'>) {
  const { t } = useUiText();
  return (
    <section class="finished" data-testid={`setup-${phase}`} aria-live="polite">
      <h2>{t(phase === 'done' ? 'setup_doneTitle' : 'setup_skippedTitle')}</h2>
      <p>{t(phase === 'done' ? 'setup_doneText' : 'setup_skippedText')}</p>
      <ol>
        <li>{t('setup_next1')}</li>
        <li>{t('setup_next2')}</li>
        <li>{t('setup_next3')}</li>
      </ol>
      <button type="button" data-testid="setup-open-options" onClick={onOpenOptions}>
        {t('setup_openOptions')}
      </button>
    </section>
  );
}

export function WelcomeView(props: WelcomeViewProps) {
  const { t } = useUiText();
  const { settings, step } = props;
  const index = stepIndex(step);
  const last = index === SETUP_STEPS.length - 1;
  return (
    <main class="welcome" data-testid="welcome">
      <header>
        <h1>{t('setup_title')}</h1>
        <p class="muted">{t('setup_intro')}</p>
      </header>
      {props.phase !== 'setup' ? (
        <Finished phase={props.phase} onOpenOptions={props.onOpenOptions} />
      ) : settings === undefined ? (
        <p role="status">{t('common_loading')}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const next = SETUP_STEPS[index + 1];
            if (next) props.onStep(next);
            else props.onFinish();
          }}
        >
          <nav aria-label={t('setup_steps')}>
            <ol class="steps">
              {SETUP_STEPS.map((s, i) => (
                <li key={s} aria-current={s === step ? 'step' : undefined}>
                  <button
                    type="button"
                    class="link"
                    data-testid={`setup-goto-${s}`}
                    disabled={props.busy}
                    onClick={() => {
                      props.onStep(s);
                    }}
                  >
                    {i + 1}. {t(`setup_step_${s}`)}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <section aria-labelledby="setup-step-title" data-testid={`setup-step-${step}`}>
            <h2 id="setup-step-title">{t(`setup_step_${step}`)}</h2>
            {step === 'business' && <BusinessStep settings={settings} onChange={props.onChange} />}
            {step === 'hours' && <HoursStep settings={settings} onChange={props.onChange} />}
            {step === 'faq' && <FaqStep settings={settings} onChange={props.onChange} />}
            {step === 'categories' && (
              <CategoriesStep settings={settings} onChange={props.onChange} />
            )}
            {step === 'try' && (
              <TryStep
                text={props.tryText}
                outcome={props.tryOutcome}
                lang={props.sampleLang}
                onText={props.onTryText}
              />
            )}
          </section>
          {props.errors.length > 0 && (
            <div role="alert" class="error">
              <p>{t('options_saveFailed')}</p>
              <ul data-testid="setup-errors">
                {props.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          )}
          <div class="setup-actions">
            {index > 0 && (
              <button
                type="button"
                data-testid="setup-back"
                disabled={props.busy}
                onClick={() => {
                  const previous = SETUP_STEPS[index - 1];
                  if (previous) props.onStep(previous);
                }}
              >
                {t('setup_back')}
              </button>
            )}
            <button type="submit" class="primary" data-testid="setup-next" disabled={props.busy}>
              {t(last ? 'setup_finish' : 'setup_next')}
            </button>
            <button
              type="button"
              class="link"
              data-testid="setup-skip"
              disabled={props.busy}
              onClick={props.onSkip}
            >
              {t('setup_skip')}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
