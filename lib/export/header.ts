/**
 * Recognises the line that starts a message in a WhatsApp export and reads its date and time
 * fields, without deciding yet which field is the day, the month or the year (see date-order.ts).
 *
 * Forms read (any mix of them):
 * - Android: "31/12/2024, 21:41 - Name: text", "12/31/24, 9:41 PM - …", "31.12.24 21:41 - …",
 *   "2019/01/01, 11:25 - …", "12/07/2017 à 22:35 - …", "13.6.2018 klo 21.25.15 - …",
 *   "13. 6. 2018. 21:25:15 Name: …", "12.07.2017 - 22:35:22; Name: …";
 * - iPhone: "[31/12/24, 21:41:05] Name: text", "[2019-04-16 02:09] …", the old form with a colon
 *   after the time ("12.07.2017, 22:35:22: Name: …");
 * - time before the date ("10:35 PM, 07 20 - …", "21:41, 31/12/2024 - …");
 * - AM/PM as "PM", "pm", "p.m.", "p. m.", "3:22_AM", and the words phones write in other
 *   languages (午後, ص/م, ก่อนเที่ยง, पूर्वाह्न, vorm./nachm.), before or after the time; an AM/PM
 *   hour of 0 or above 12 is read as a 24-hour clock;
 * - Arabic-Indic and Persian digits, the Arabic comma, direction marks and a byte-order mark
 *   anywhere in the header (also inside the bracket), no-break spaces;
 * - Japanese era years (令和3, R3, 平成30, H30) and Buddhist years (2564) are converted later.
 *
 * Only the first HEAD_LIMIT characters of a line are looked at, so a huge line costs one slice.
 */

export interface Header {
  /** The three date fields as written (the third is -1 when the date has only two fields). */
  fields: [number, number, number];
  /** How many digits each field had (a 4-digit field is the year). */
  digits: [number, number, number];
  /** Japanese era of the year field, when written: 'reiwa' | 'heisei' | ''. */
  era: '' | 'reiwa' | 'heisei';
  hour: number;
  minute: number;
  second: number;
  hasSeconds: boolean;
  /** 'a' or 'p' when the time has AM/PM; '' for the 24-hour clock. */
  meridiem: '' | 'a' | 'p';
  /** "PM" written the US way: upper-case letters without dots, with a slash date and 2-digit year. */
  usStyle: boolean;
  /** Everything after the date and time: "Name: text", or a notice with no author. */
  rest: string;
}

export const HEAD_LIMIT = 96;

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** Direction marks, byte-order marks and NUL, removed from the header part of a line. */
// NUL is invisible too: a stray NUL byte must not hide a header.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000\u200e\u200f\u061c\ufeff\u202a-\u202e\u2066-\u2069]/g;
const SPACES = /[\u00a0\u202f\u2007\u2009\u3000]/g;
/** Any character normaliseHead changes; most headers have none, and then cost one test. */
const NEEDS_NORMALISING =
  // eslint-disable-next-line no-control-regex
  /[\u0000\u00a0\u060c\u0660-\u0669\u06f0-\u06f9\u061c\u200e\u200f\u2007\u2009\u202a-\u202f\u2066-\u2069\u3000\ufeff]/;

function westernDigits(s: string): string {
  return s.replace(ARABIC_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** The header part of a line made plain: marks removed, digits and spaces made ASCII. */
export function normaliseHead(head: string): string {
  if (!NEEDS_NORMALISING.test(head)) return head;
  return westernDigits(head.replace(INVISIBLE, '').replace(SPACES, ' ')).replace(/\u060c/g, ',');
}

const AM_WORDS = String.raw`[aA]\.? ?[mM]\.?|午前|ص|ก่อนเที่ยง|पूर्वाह्न|vorm\.|VORM\.`;
const PM_WORDS = String.raw`[pP]\.? ?[mM]\.?|午後|م|หลังเที่ยง|अपराह्न|nachm\.|NACHM\.`;
const MERIDIEM = `(?:(${AM_WORDS})|(${PM_WORDS}))`;

const ERA = String.raw`(?:(令和|平成|R|H) ?)?`;
/** Two or three date fields: "31/12/2024", "13. 6. 2018.", "2021年7月3日"; `sep` joins fields. */
const dateOf = (sep: string) =>
  String.raw`${ERA}(\d{1,4})${sep}(\d{1,4})(?:${sep}(\d{1,4}))?(?:\.|日)?`;
const DATE = dateOf(String.raw`(?:[./-]|\. |年|月)`);
/** Time-first headers also write the date with spaces: "10:35 PM, 07 20". */
const LOOSE_DATE = dateOf(String.raw`(?:[./ -]|\. |年|月)`);
/** A pre-time meridiem (Japanese style), the time, a post-time meridiem. */
const TIME = String.raw`(?:${MERIDIEM} ?)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[ _]?${MERIDIEM})?`;
const DATE_TIME_SEP = String.raw`(?:, ?| à | a las | às | um | alle | klo | kl\. | o | в | - | |,)`;
/** What ends the header: "] ", " - ", ": ", "; ", or (only before "Name: ") a single space. */
const END = String.raw`(?:\] ?| {0,3}[-–] | ?: |; | )`;

const DATE_FIRST = new RegExp(String.raw`^(\[)? ?${DATE}${DATE_TIME_SEP}${TIME}${END}`);
const TIME_FIRST = new RegExp(String.raw`^(\[)? ?${TIME},? ${LOOSE_DATE}${END}`);

// Capture groups in DATE_FIRST: 1 bracket, 2 era, 3-5 date fields, 6-7 pre-meridiem, 8-10 time,
// 11-12 post-meridiem. In TIME_FIRST: 1 bracket, 2-3 pre, 4-6 time, 7-8 post, 9 era, 10-12 date.
interface Groups {
  bracket: number;
  era: number;
  date: number;
  pre: number;
  time: number;
  post: number;
}
const DATE_FIRST_GROUPS: Groups = { bracket: 1, era: 2, date: 3, pre: 6, time: 8, post: 11 };
const TIME_FIRST_GROUPS: Groups = { bracket: 1, era: 9, date: 10, pre: 2, time: 4, post: 7 };

function eraOf(word: string | undefined): Header['era'] {
  if (word === '令和' || word === 'R') return 'reiwa';
  if (word === '平成' || word === 'H') return 'heisei';
  return '';
}

const isInvisible = (c: number) =>
  c === 0 ||
  c === 0x200e ||
  c === 0x200f ||
  c === 0x061c ||
  c === 0xfeff ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

/**
 * The original line after the header: normalising the head only removed invisible characters and
 * replaced others one for one, so count the visible ones.
 */
function restOf(line: string, normalisedIndex: number): string {
  let kept = 0;
  let i = 0;
  for (; i < line.length && kept < normalisedIndex; i++) {
    if (!isInvisible(line.charCodeAt(i))) kept++;
  }
  return line.slice(i);
}

function build(m: RegExpExecArray, g: Groups, line: string): Header | null {
  const matched = m[0];
  const bracket = m[g.bracket] === '[';
  const closed = /\] ?$/.test(matched);
  if (bracket !== closed) return null;
  const loose = !bracket && / $/.test(matched) && !/[-–:;] $/.test(matched);
  const num = (i: number) => (m[i] === undefined ? -1 : Number(m[i]));
  const len = (i: number) => (m[i] ?? '').length;
  const am = m[g.pre] ?? m[g.post];
  const pm = m[g.pre + 1] ?? m[g.post + 1];
  let hour = num(g.time);
  const minute = num(g.time + 1);
  const second = m[g.time + 2] === undefined ? 0 : num(g.time + 2);
  if (minute > 59 || second > 59 || hour > 23) return null;
  // "00:04 AM" or "13:05 PM": the phone wrote a 24-hour time next to AM/PM.
  const twelveHour = hour >= 1 && hour <= 12;
  let meridiem: Header['meridiem'] = '';
  if (twelveHour && am !== undefined) meridiem = 'a';
  if (twelveHour && pm !== undefined) meridiem = 'p';
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const fields: Header['fields'] = [num(g.date), num(g.date + 1), num(g.date + 2)];
  const digits: Header['digits'] = [len(g.date), len(g.date + 1), len(g.date + 2)];
  const rest = restOf(line, matched.length);
  // A header that ends with a bare space must be followed by "Name: ", else it is ordinary text.
  if (loose && !/^[^:]{1,80}:(?: |$)/.test(rest)) return null;
  const meridiemText = am ?? pm ?? '';
  return {
    fields,
    digits,
    era: eraOf(m[g.era]),
    hour,
    minute,
    second,
    hasSeconds: m[g.time + 2] !== undefined,
    meridiem,
    usStyle:
      /^[AP]M$/.test(meridiemText) && digits[2] === 2 && /^\[? ?\d{1,2}\/\d{1,2}\//.test(matched),
    rest,
  };
}

/** Characters a header can start with: digits, "[", marks, Arabic-Indic digits, era names. */
export function mayStartHeader(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5b ||
    c === 0x20 ||
    isInvisible(c) ||
    (c >= 0x0660 && c <= 0x0669) ||
    (c >= 0x06f0 && c <= 0x06f9) ||
    c === 0x4ee4 || // 令
    c === 0x5e73 || // 平
    c === 0x52 || // R
    c === 0x48 // H
  );
}

/** The header of `line`, or null when the line does not start a message. */
export function parseHeader(line: string): Header | null {
  if (line.length < 8 || !mayStartHeader(line.charCodeAt(0))) return null;
  const head = normaliseHead(line.slice(0, HEAD_LIMIT));
  const m = DATE_FIRST.exec(head);
  const h = m ? build(m, DATE_FIRST_GROUPS, line) : null;
  if (h) return h;
  const t = TIME_FIRST.exec(head);
  return t ? build(t, TIME_FIRST_GROUPS, line) : null;
}
