/**
 * The settings a fresh install starts with. Everything the owner can change has a sensible default
 * here, so a partial settings document is always complete after merging. Pure data, except the
 * time zone, which is read from the runtime (Intl) so promises are computed where the owner is.
 */
import { CATEGORIES, type Category } from '../classifier/types';
import { DEFAULT_BULK_MIN_QUANTITY, DEFAULT_TRIGGERS } from '../classifier/defaults';
import { DEFAULT_TEMPLATES } from '../handoff/default-templates';
import { SETTINGS_VERSION, type Settings } from './types';

function allCategories<T>(value: () => T): Record<Category, T> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, value()])) as Record<Category, T>;
}

/** The time zone this runtime (the owner's browser, or the machine running the command line) is in. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // A runtime without time zone data: UTC is the one zone every runtime knows.
    return 'UTC';
  }
}

/** Fresh settings; the time zone is the browser's own unless `timeZone` says otherwise. */
export function defaultSettings(timeZone: string = localTimeZone()): Settings {
  const weekday = { open: '09:00', close: '18:00' };
  return {
    version: SETTINGS_VERSION,
    businessName: '',
    ownerName: '',
    knowledgeBase: [],
    businessHours: {
      timeZone,
      week: {
        mon: { ...weekday },
        tue: { ...weekday },
        wed: { ...weekday },
        thu: { ...weekday },
        fri: { ...weekday },
        sat: null,
        sun: null,
      },
      closedDates: [],
    },
    responseTimes: { inHoursMinutes: 120, outOfHoursMinutes: 60 },
    triggers: structuredClone(DEFAULT_TRIGGERS),
    bulkMinQuantity: DEFAULT_BULK_MIN_QUANTITY,
    templates: structuredClone(DEFAULT_TEMPLATES),
    notifications: { enabled: true, categories: allCategories(() => true), quietHours: null },
    reminderLeadMinutes: 15,
    retentionDays: 30,
  };
}
