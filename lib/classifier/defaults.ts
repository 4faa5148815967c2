/** What a fresh install uses: every category on, no owner phrases, bulk from 50 units. */
import type { TriggerSet } from './types';

export const DEFAULT_BULK_MIN_QUANTITY = 50;

export const DEFAULT_TRIGGERS: TriggerSet = {
  human_request: { enabled: true, add: [], mute: [] },
  complaint: { enabled: true, add: [], mute: [] },
  emotional: { enabled: true, add: [], mute: [] },
  high_value: { enabled: true, add: [], mute: [] },
  knowledge_gap: { enabled: true, add: [], mute: [] },
};
