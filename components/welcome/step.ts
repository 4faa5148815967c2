/** What every setup step receives: the settings being set up and the way to change them. */
import type { Settings } from '@/lib/settings/types';

export interface StepProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
}
