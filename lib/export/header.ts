/**
 * Recognises the line that starts a message in a WhatsApp export and reads its date and time.
 * Android: "31/12/2024, 21:41 - Name: text", "12/31/24, 9:41 PM - Name: text", "31/12/2024 21:41 - …",
 * "31/12/24, 9:41 p. m. - …". iPhone: "[31/12/24, 21:41:05] Name: text", "[12/31/24, 9:41:05 PM] …",
 * often after a U+200E mark. Narrow and ordinary no-break spaces count as spaces. Which of the first
 * two date fields is the day is decided for the whole file (see dateOrder).
 */

export interface Header {
  first: number;
  second: number;
  year: number;
  hour: number;
  minute: number;
  second_: number;
  /** 'a' or 'p' when the time has AM/PM, lower-cased; '' for the 24-hour clock. */
  meridiem: string;
  /** True when AM/PM is written the English way ("PM"), not "p. m.". */
  englishMeridiem: boolean;
  /** Everything after the date: "Name: text", or a system notice with no author. */
  rest: string;
}

const DATE = String.raw`(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})`;
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?: ?([ap])(\.? ?)m\.?)?`;
const ANDROID = new RegExp(String.raw`^${DATE},? ${TIME} [-–] (.*)$`, 'is');
const IPHONE = new RegExp(String.raw`^\[${DATE},? ${TIME}\] (.*)$`, 'is');

/** Removes direction marks and a BOM at the start, and makes no-break spaces plain. */
export function normaliseLine(line: string): string {
  return line.replace(/^[\u200e\u200f\ufeff]+/, '').replace(/[\u202f\u00a0]/g, ' ');
}

export function parseHeader(line: string): Header | null {
  const normal = normaliseLine(line);
  const m = ANDROID.exec(normal) ?? IPHONE.exec(normal);
  if (!m) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  const year = n(3) < 100 ? 2000 + n(3) : n(3);
  const header: Header = {
    first: n(1),
    second: n(2),
    year,
    hour: n(4),
    minute: n(5),
    second_: n(6),
    meridiem: (m[7] ?? '').toLowerCase(),
    englishMeridiem: m[7] !== undefined && m[8] === '',
    rest: m[9] ?? '',
  };
  const validTime = header.minute < 60 && header.second_ < 60;
  const validHour = header.meridiem ? header.hour >= 1 && header.hour <= 12 : header.hour < 24;
  const validDate =
    header.first >= 1 && header.second >= 1 && header.first <= 31 && header.second <= 31;
  return validTime && validHour && validDate ? header : null;
}

export type DateOrder = 'day-first' | 'month-first';

/**
 * Day/month order for the whole file: a first field above 12 means day-first; else a second field
 * above 12 means month-first; else English AM/PM ("9:41 PM", as US phones write) means month-first;
 * else day-first, as in most of the world and in every pt/es locale.
 */
export function dateOrder(headers: Header[]): DateOrder {
  if (headers.some((h) => h.first > 12)) return 'day-first';
  if (headers.some((h) => h.second > 12)) return 'month-first';
  return headers.some((h) => h.englishMeridiem) ? 'month-first' : 'day-first';
}

/** Epoch ms of the header's wall-clock time read as UTC; NaN when the date does not exist. */
export function headerTime(h: Header, order: DateOrder): number {
  const [day, month] = order === 'day-first' ? [h.first, h.second] : [h.second, h.first];
  let hour = h.hour;
  if (h.meridiem === 'p' && hour < 12) hour += 12;
  if (h.meridiem === 'a' && hour === 12) hour = 0;
  const at = Date.UTC(h.year, month - 1, day, hour, h.minute, h.second_);
  const d = new Date(at);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? at : Number.NaN;
}
