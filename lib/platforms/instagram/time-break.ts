/**
 * Parses Instagram's time-break labels in English, Portuguese and Spanish ("Today 10:02",
 * "Yesterday 18:40", "Mon 09:15", "14 Aug 2026, 10:02", "Hoje 10:02", "ayer 18:40",
 * "14 de agosto de 2026 10:02") to a canonical local "YYYY-MM-DD HH:MM" (or "YYYY-MM-DD"). Message keys use the canonical form
 * because the label itself changes with the calendar ("Today" becomes "Yesterday", then a
 * weekday, then a date) while the message stays the same. Unparseable labels return undefined and
 * callers fall back to the raw label. Pure; `now` is a parameter for tests.
 */
import { squashed } from './keys';

/** Groups of words, "|" between groups and " " between words (shorter in the bundle than arrays). */
const wordGroups = (groups: string): readonly (readonly string[])[] =>
  groups.split('|').map((group) => group.split(' '));

/** Days back from today: the group's place. */
const DAY_WORDS = wordGroups('today hoje hoy|yesterday ontem ayer');

// Sunday first. Portuguese "segunda-feira" etc. are read without "-feira" (see canonicalTimeBreak).
const WEEKDAYS = wordGroups(
  'sun sunday dom domingo|mon monday seg segunda lun lunes|tue tuesday ter terça mar martes|' +
    'wed wednesday qua quarta mié miércoles|thu thursday qui quinta jue jueves|' +
    'fri friday sex sexta vie viernes|sat saturday sáb sábado',
);

const MONTHS = wordGroups(
  'jan january janeiro ene enero|feb february fev fevereiro febrero|mar march março marzo|' +
    'apr april abr abril|may mai maio mayo|jun june junho junio|jul july julho julio|' +
    'aug august ago agosto|sep sept september set setembro septiembre|' +
    'oct october out outubro octubre|nov november novembro noviembre|dec december dez dezembro dic diciembre',
);

const FILLER: ReadonlySet<string> = new Set('at às as a las la à de del el'.split(' '));
const TIME_RE = /(\d{1,2})[:h](\d{2})\s*([ap])?\.?\s?m?\.?(?=\s|$)/u;

const pad = (n: number) => String(n).padStart(2, '0');

function formatDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
}

function parseTime(label: string): { minutes?: string; rest: string } {
  const match = TIME_RE.exec(label);
  if (!match) return { rest: label };
  let hours = Number(match[1]);
  const meridiem = match[3];
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (hours > 23) return { rest: label };
  return { minutes: `${pad(hours)}:${match[2] ?? '00'}`, rest: label.replace(match[0], ' ') };
}

function parseDay(tokens: string[], now: Date): Date | undefined {
  if (tokens.length === 0) return new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const [first] = tokens;
  if (tokens.length === 1 && first !== undefined) {
    const offset = DAY_WORDS.findIndex((names) => names.includes(first));
    if (offset >= 0) return daysBefore(now, offset);
    const weekday = WEEKDAYS.findIndex((names) => names.includes(first));
    if (weekday >= 0) return daysBefore(now, (now.getDay() - weekday + 7) % 7 || 7);
  }
  const day = tokens.find((t) => /^\d{1,2}$/u.test(t));
  const year = tokens.find((t) => /^\d{4}$/u.test(t));
  const month = MONTHS.findIndex((names) => tokens.some((t) => names.includes(t)));
  if (day === undefined || month < 0) return undefined;
  const unknown = tokens.filter(
    (t) => t !== day && t !== year && !MONTHS[month]?.includes(t) && !WEEKDAYS.flat().includes(t),
  );
  if (unknown.length > 0) return undefined;
  let date = new Date(year ? Number(year) : now.getFullYear(), month, Number(day));
  if (!year && date > now) date = new Date(now.getFullYear() - 1, month, Number(day));
  return date;
}

/** Canonical "YYYY-MM-DD HH:MM" / "YYYY-MM-DD" for a time-break label, or undefined. */
export function canonicalTimeBreak(label: string, now: Date = new Date()): string | undefined {
  const lower = squashed(label).toLowerCase();
  if (lower === '' || lower.length > 60) return undefined;
  const { minutes, rest } = parseTime(lower);
  const tokens = rest
    .replace(/[,.•·]|-feira/gu, ' ')
    .split(' ')
    .filter((t) => t !== '' && !FILLER.has(t));
  if (tokens.length === 0 && minutes === undefined) return undefined;
  const date = parseDay(tokens, now);
  if (!date) return undefined;
  return minutes === undefined ? formatDay(date) : `${formatDay(date)} ${minutes}`;
}

/** Whether a row's whole text reads as a time break. */
export function isTimeBreakText(text: string): boolean {
  return canonicalTimeBreak(text) !== undefined;
}
