/**
 * Setup step 5: a box to try a message with the settings just made: whether the radar would flag
 * it, why, and the reply it would draft. Sample messages fill the box with one click.
 */
import type { Lang } from '@/lib/classifier/types';
import { reasonLines } from '@/lib/reasons';
import { SAMPLE_MESSAGES } from '@/lib/setup/examples';
import type { TryOutcome } from '@/lib/setup/try-message';
import { categoryText, useUiText } from '../shared/i18n';
import { ReasonGroups } from '../shared/ReasonGroups';

export interface TryStepProps {
  text: string;
  /** undefined while the box is empty. */
  outcome: TryOutcome | undefined;
  /** Which language's sample messages to offer. */
  lang: Lang;
  onText: (text: string) => void;
}

function Outcome({ outcome }: { outcome: TryOutcome }) {
  const { t } = useUiText();
  const { result, draft } = outcome;
  if (!result.escalate || result.category === null) {
    return (
      <p class="quiet" data-testid="setup-try-quiet">
        {t('setup_tryQuiet')}
      </p>
    );
  }
  const category = result.category;
  return (
    <div class="flagged" data-testid="setup-try-flagged" data-category={category}>
      <p>
        <span class="pill" data-category={category}>
          {categoryText(t, category)}
        </span>{' '}
        <strong>{t('banner_needsYou')}</strong>
      </p>
      <ReasonGroups
        lines={reasonLines({ ...result, category }, t, (c) => categoryText(t, c))}
        labelShown={category}
        label={t('log_reasons')}
        testId="setup-try-reasons"
      />
      {draft && (
        <>
          <span class="muted">{t('banner_draftLabel')}</span>
          <p class="draft" data-testid="setup-try-draft">
            {draft.text}
          </p>
        </>
      )}
    </div>
  );
}

export function TryStep({ text, outcome, lang, onText }: TryStepProps) {
  const { t } = useUiText();
  return (
    <>
      <p class="muted">{t('setup_tryHint')}</p>
      <div class="examples" role="group" aria-label={t('setup_trySamples')}>
        <span>{t('setup_trySamples')}</span>
        {SAMPLE_MESSAGES[lang].map((sample, index) => (
          <button
            key={sample}
            type="button"
            data-testid={`setup-try-sample-${index}`}
            onClick={() => {
              onText(sample);
            }}
          >
            {sample}
          </button>
        ))}
      </div>
      <label class="field">
        <span>{t('setup_tryLabel')}</span>
        <textarea
          rows={3}
          value={text}
          maxLength={2000}
          data-testid="setup-try-text"
          onInput={(event) => {
            onText(event.currentTarget.value);
          }}
        />
      </label>
      <div aria-live="polite">{outcome && <Outcome outcome={outcome} />}</div>
    </>
  );
}
