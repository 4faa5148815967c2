/**
 * Parser for WhatsApp's `data-pre-plain-text` attribute, "[<time>, <date>] <Sender>: " (trailing
 * colon and space), written in the page's locale: "[10:54 PM, 12/9/2025] Ana: " (en-US),
 * "[15:56, 11/07/2026] Ana: " (pt-BR / en-GB), "[15:56, 11.07.2026] Ana: " (de / tr),
 * "[下午2:46, 2026/5/9] Ana: " (zh, year first). The bracket holds only the timestamp, so it ends at
 * the first "]"; the sender is what follows, minus the final ": " (names may contain ":").
 * Dates: a 4-digit (or leading) year first means Y/M/D; otherwise the number above 12 is the day;
 * when both are ≤ 12 an AM/PM marker means the US order M/D, else D/M (24-hour locales). The result
 * is epoch ms in the browser's own time zone (the page shows local time), or undefined when the
 * text cannot be read.
 */

export interface PrePlainText {
  sender: string;
  sentAt?: number;
}

const PM = /\b(pm|p\.\s?m\.)|下午|晚上|오후/i;
const AM = /\b(am|a\.\s?m\.)|上午|凌晨|早上|오전/i;

export function parsePrePlainText(raw: string): PrePlainText | undefined {
  const open = raw.indexOf('[');
  const close = raw.indexOf(']', open + 1);
  if (open === -1 || close === -1) return undefined;
  const stamp = raw.slice(open + 1, close);
  const sender = raw
    .slice(close + 1)
    .replace(/:\s*$/, '')
    .trim();
  const sentAt = parseStamp(stamp);
  return sentAt === undefined ? { sender } : { sender, sentAt };
}

function parseStamp(stamp: string): number | undefined {
  const time = /(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?/.exec(stamp);
  const date = /(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})/.exec(stamp);
  if (!time || !date) return undefined;
  const pm = PM.test(stamp);
  const am = AM.test(stamp);
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;

  const a = Number(date[1]);
  const b = Number(date[2]);
  const c = Number(date[3]);
  let year: number;
  let month: number;
  let day: number;
  if ((date[1] ?? '').length === 4) {
    [year, month, day] = [a, b, c];
  } else {
    year = c < 100 ? 2000 + c : c;
    if (a > 12) [day, month] = [a, b];
    else if (b > 12) [month, day] = [a, b];
    else if (pm || am) [month, day] = [a, b];
    else [day, month] = [a, b];
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const when = new Date(year, month - 1, day, hour, minute, second);
  return Number.isNaN(when.getTime()) ? undefined : when.getTime();
}
