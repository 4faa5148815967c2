/**
 * The settings a fresh install starts with. Everything the owner can change has a sensible default
 * here, so a partial settings document is always complete after merging. Pure data.
 */
import { CATEGORIES, type Category } from '../classifier/types';
import { DEFAULT_BULK_MIN_QUANTITY, DEFAULT_TRIGGERS } from '../classifier/defaults';
import { DEFAULT_TEMPLATES } from '../handoff/default-templates';
import { SETTINGS_VERSION, type Settings } from './types';

function allCategories<T>(value: () => T): Record<Category, T> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, value()])) as Record<Category, T>;
}

export function defaultSettings(): Settings {
  const weekday = { open: '09:00', close: '18:00' };
  return {
    version: SETTINGS_VERSION,
    businessName: '',
    ownerName: '',
    knowledgeBase: [],
    businessHours: {
      timeZone: 'UTC',
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
