/**
 * What a skipped setup leaves: the settings as they are, except that questions are not watched
 * while the FAQ is empty (without an FAQ every question would count as unanswered and the radar
 * would ring for routine messages). Requests for a person, complaints, upset customers and big
 * orders are still flagged. Pure.
 */
import type { Settings } from '../settings/types';

export function quietSettings(settings: Settings): Settings {
  if (settings.knowledgeBase.some((entry) => entry.question.trim() !== '')) return settings;
  return {
    ...settings,
    triggers: {
      ...settings.triggers,
      knowledge_gap: { ...settings.triggers.knowledge_gap, enabled: false },
    },
  };
}
