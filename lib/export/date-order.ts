/**
 * Which date field is the day, the month and the year, decided once for the whole file from all
 * its headers, in this order of evidence:
 * 1. a 4-digit (or era) field is the year; readings that make any date impossible are out;
 * 2. media file names the phone wrote on the same line ("IMG-20210703-WA0001.jpg",
 *    "00000012-PHOTO-2021-07-03-…") say the date outright: the reading that agrees with most wins;
 * 3. dates in a chat never go backwards: the reading with the fewest backward steps wins;
 * 4. a chat's messages sit close together: the reading with the shortest span wins (a day field
 *    read as the month jumps by months);
 * 5. "12/31/24, 9:41 PM" (slashes, 2-digit year, upper-case AM/PM, as US phones write): month first;
 * 6. otherwise day first, as in most of the world; then year first.
 * Years: 2 digits are 20xx; Buddhist years (2400 and above) lose 543; Japanese era years are added
 * to the era's start. A date with only two fields takes the current year.
 */
import type { Header } from './header';

export type DateOrder = 'dmy' | 'mdy' | 'ymd' | 'ydm' | 'myd' | 'dym';

const ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd', 'ydm', 'myd', 'dym'];

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

function fullYear(value: number, digits: number, era: Header['era'], now: number): number {
  if (era === 'reiwa') return 2018 + value;
  if (era === 'heisei') return 1988 + value;
  if (value < 0) return now;
  if (digits <= 2) return 2000 + value;
  if (value >= 2400) return value - 543;
  return value;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) =>
  month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);

/** Which of the three written fields is the day, the month and the year, for each order. */
const FIELD_OF: Record<DateOrder, { d: 0 | 1 | 2; m: 0 | 1 | 2; y: 0 | 1 | 2 }> = {
  dmy: { d: 0, m: 1, y: 2 },
  mdy: { d: 1, m: 0, y: 2 },
  ymd: { d: 2, m: 1, y: 0 },
  ydm: { d: 1, m: 2, y: 0 },
  myd: { d: 2, m: 0, y: 1 },
  dym: { d: 0, m: 2, y: 1 },
};

/** The header's date read in `order`, or null when that reading is not a real date. */
export function readDate(h: Header, order: DateOrder, nowYear: number): DayDate | null {
  const [a, b, c] = h.fields;
  let year: number, month: number, day: number;
  if (c < 0) {
    // Two fields (time-first form): month and day only.
    if (order !== 'mdy' && order !== 'dmy') return null;
    [month, day] = order === 'mdy' ? [a, b] : [b, a];
    year = nowYear;
  } else {
    const pick = FIELD_OF[order];
    const yearDigits = h.digits[pick.y];
    // A year needs at least two digits unless an era is written; a day or month at most two.
    if (h.era === '' && yearDigits < 2) return null;
    if (h.digits[pick.m] > 2 || h.digits[pick.d] > 2) return null;
    if (h.era !== '' && pick.y !== 0) return null;
    year = fullYear(h.fields[pick.y], yearDigits, h.era, nowYear);
    month = h.fields[pick.m];
    day = h.fields[pick.d];
  }
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { year, month, day };
}

const dayNumber = (d: DayDate) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/** Dates written in media file names: IMG-20210703-WA0001.jpg, PHOTO-2021-07-03-…, 2015-08-04-PHOTO. */
const MEDIA_DATE =
  /(?:(?:IMG|VID|AUD|PTT|STK|DOC|PHOTO|VIDEO|AUDIO|STICKER)-(20\d\d)-?(\d\d)-?(\d\d)|(20\d\d)-(\d\d)-(\d\d)-(?:PHOTO|VIDEO|AUDIO|STICKER|GIF))/;

export function mediaDate(text: string): DayDate | null {
  const m = MEDIA_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1] ?? m[4]);
  const month = Number(m[2] ?? m[5]);
  const day = Number(m[3] ?? m[6]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

interface Tally {
  impossible: number;
  backwards: number;
  first: number;
  last: number;
  previous: number;
  mediaVotes: number;
}

/**
 * Collects the evidence header by header (constant memory), then `decide()`s. Feed it every header
 * of the file, with the media date found on the same line when there is one.
 */
export class DateOrderVote {
  private readonly tallies = new Map<DateOrder, Tally>();
  private usStyle = 0;
  private headers = 0;

  constructor(private readonly nowYear = new Date().getUTCFullYear()) {
    for (const order of ORDERS) {
      this.tallies.set(order, {
        impossible: 0,
        backwards: 0,
        first: Number.NaN,
        last: Number.NaN,
        previous: Number.NaN,
        mediaVotes: 0,
      });
    }
  }

  add(h: Header, media: DayDate | null = null): void {
    this.headers++;
    if (h.usStyle) this.usStyle++;
    for (const [order, t] of this.tallies) {
      if (t.impossible > 0) continue;
      const date = readDate(h, order, this.nowYear);
      if (date === null) {
        t.impossible++;
        continue;
      }
      const n = dayNumber(date);
      if (n < t.previous) t.backwards++;
      t.previous = n;
      if (Number.isNaN(t.first)) t.first = n;
      t.first = Math.min(t.first, n);
      t.last = Number.isNaN(t.last) ? n : Math.max(t.last, n);
      if (media && Math.abs(dayNumber(media) - n) <= 1) t.mediaVotes++;
    }
  }

  decide(): DateOrder {
    let candidates = ORDERS.filter((o) => this.tallies.get(o)?.impossible === 0);
    if (candidates.length === 0) return 'dmy';
    if (candidates.length === 1) return candidates[0] ?? 'dmy';
    const tally = (o: DateOrder) => this.tallies.get(o) as Tally;
    const keepBest = (score: (t: Tally) => number) => {
      const best = Math.min(...candidates.map((o) => score(tally(o))));
      candidates = candidates.filter((o) => score(tally(o)) === best);
    };
    keepBest((t) => -t.mediaVotes);
    keepBest((t) => t.backwards);
    keepBest((t) => t.last - t.first);
    if (this.usStyle > 0 && candidates.includes('mdy')) return 'mdy';
    return candidates[0] ?? 'dmy';
  }
}

/** Epoch ms of the header's wall-clock time read as UTC; NaN when the date does not exist. */
export function headerTime(h: Header, order: DateOrder, nowYear: number): number {
  const d = readDate(h, order, nowYear);
  if (d === null) return Number.NaN;
  return Date.UTC(d.year, d.month - 1, d.day, h.hour, h.minute, h.second);
}
