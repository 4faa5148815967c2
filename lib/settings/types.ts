/**
 * The settings document (docs/contracts.md, "Settings file"): the one JSON the options page exports and
 * imports and the command line reads with --config. Types only; defaults live in defaults.ts and
 * validation in validate.ts. Every field is required here; an imported document may omit any of
 * them and the defaults fill the gaps.
 */
import type { Category, FaqEntry, Lang, TriggerSet } from '../classifier/types';

export const SETTINGS_VERSION = 1;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours of one day, "HH:MM" 24-hour local time in `businessHours.timeZone`. */
export interface DayHours {
  open: string;
  close: string;
}

export interface BusinessHours {
  /** IANA time zone, e.g. "America/Sao_Paulo". */
  timeZone: string;
  /** null means closed all day. */
  week: Record<Weekday, DayHours | null>;
  /** Holidays and other closed dates, "YYYY-MM-DD" in the business time zone. */
  closedDates: string[];
}

export interface ResponseTimes {
  /** Promise made while open: reply within this many minutes (kept inside opening hours). */
  inHoursMinutes: number;
  /** Promise made while closed: reply within this many minutes after the next opening. */
  outOfHoursMinutes: number;
}

/** Reply template per category and language; placeholders are listed in lib/handoff. */
export type TemplateSet = Record<Category, Record<Lang, string>>;

export interface NotificationSettings {
  enabled: boolean;
  categories: Record<Category, boolean>;
  /** No desktop notifications between start and end ("HH:MM", local time of the browser). */
  quietHours: { start: string; end: string } | null;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  businessName: string;
  ownerName: string;
  knowledgeBase: FaqEntry[];
  businessHours: BusinessHours;
  responseTimes: ResponseTimes;
  triggers: TriggerSet;
  /** Order size (units) from which an order counts as high value. */
  bulkMinQuantity: number;
  templates: TemplateSet;
  notifications: NotificationSettings;
  /** Remind the owner this many minutes before a promise runs out. */
  reminderLeadMinutes: number;
  /** Escalations older than this many days are deleted. */
  retentionDays: number;
}
