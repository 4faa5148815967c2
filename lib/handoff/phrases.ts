/**
 * The words of a promise in each language the drafter knows: "within 2 hours", "tomorrow by 10:00",
 * "on Monday by 10:00" and "as soon as possible", in English, Brazilian Portuguese and Spanish. The
 * phrases read after a verb ("you'll hear back …", "você vai ter retorno …", "te responderemos …").
 * Times use the 24-hour clock without a leading zero ("9:30", "18:00").
 */
import type { Lang } from '../classifier/types';
import type { Weekday } from '../settings/types';
import type { LocalParts } from './time';

interface Words {
  within: (hours: number, minutes: number) => string;
  today: (time: string, hour: number) => string;
  tomorrow: (time: string, hour: number) => string;
  /** Only for stating a promise that ran out: drafts never promise the past. */
  yesterday: (time: string, hour: number) => string;
  weekday: (day: Weekday, time: string, hour: number) => string;
  date: (due: LocalParts, time: string, hour: number) => string;
  asap: string;
}

const EN_DAYS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const PT_DAYS: Record<Weekday, string> = {
  mon: 'na segunda-feira',
  tue: 'na terça-feira',
  wed: 'na quarta-feira',
  thu: 'na quinta-feira',
  fri: 'na sexta-feira',
  sat: 'no sábado',
  sun: 'no domingo',
};
const ES_DAYS: Record<Weekday, string> = {
  mon: 'el lunes',
  tue: 'el martes',
  wed: 'el miércoles',
  thu: 'el jueves',
  fri: 'el viernes',
  sat: 'el sábado',
  sun: 'el domingo',
};
const EN_MONTHS =
  'January February March April May June July August September October November December';
const PT_MONTHS =
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro';
const ES_MONTHS =
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre';

function month(list: string, n: number): string {
  return list.split(' ')[n - 1] ?? '';
}

function amount(
  hours: number,
  minutes: number,
  unit: [string, string, string, string],
  and: string,
) {
  const [hour, hoursWord, minute, minutesWord] = unit;
  const h = hours > 0 ? `${hours} ${hours === 1 ? hour : hoursWord}` : '';
  const m = minutes > 0 || hours === 0 ? `${minutes} ${minutes === 1 ? minute : minutesWord}` : '';
  return h && m ? `${h} ${and} ${m}` : h || m;
}

/** "até as 10:00", but "até a 1:00" (and "a 0:00") in Portuguese; likewise "la 1:00" in Spanish. */
const ptBy = (time: string, hour: number) => `até ${hour <= 1 ? 'a' : 'as'} ${time}`;
const esBy = (time: string, hour: number) => `antes de ${hour === 1 ? 'la' : 'las'} ${time}`;

const WORDS: Record<Lang, Words> = {
  en: {
    within: (h, m) => `within ${amount(h, m, ['hour', 'hours', 'minute', 'minutes'], 'and')}`,
    today: (t) => `today by ${t}`,
    tomorrow: (t) => `tomorrow by ${t}`,
    yesterday: (t) => `yesterday by ${t}`,
    weekday: (d, t) => `on ${EN_DAYS[d]} by ${t}`,
    date: (p, t) => `on ${EN_DAYS[p.weekday]} ${p.day} ${month(EN_MONTHS, p.month)} by ${t}`,
    asap: 'as soon as possible',
  },
  pt: {
    within: (h, m) => `em até ${amount(h, m, ['hora', 'horas', 'minuto', 'minutos'], 'e')}`,
    today: (t, h) => `hoje ${ptBy(t, h)}`,
    tomorrow: (t, h) => `amanhã ${ptBy(t, h)}`,
    yesterday: (t, h) => `ontem ${ptBy(t, h)}`,
    weekday: (d, t, h) => `${PT_DAYS[d]} ${ptBy(t, h)}`,
    date: (p, t, h) =>
      `${PT_DAYS[p.weekday]}, ${p.day} de ${month(PT_MONTHS, p.month)}, ${ptBy(t, h)}`,
    asap: 'o quanto antes',
  },
  es: {
    within: (h, m) => `en un plazo de ${amount(h, m, ['hora', 'horas', 'minuto', 'minutos'], 'y')}`,
    today: (t, h) => `hoy ${esBy(t, h)}`,
    tomorrow: (t, h) => `mañana ${esBy(t, h)}`,
    yesterday: (t, h) => `ayer ${esBy(t, h)}`,
    weekday: (d, t, h) => `${ES_DAYS[d]} ${esBy(t, h)}`,
    date: (p, t, h) =>
      `${ES_DAYS[p.weekday]} ${p.day} de ${month(ES_MONTHS, p.month)} ${esBy(t, h)}`,
    asap: 'lo antes posible',
  },
};

/** "within 2 hours", "within 45 minutes", "within 1 hour and 30 minutes". */
export function withinPhrase(minutes: number, lang: Lang): string {
  const whole = Math.max(0, Math.round(minutes));
  return WORDS[lang].within(Math.floor(whole / 60), whole % 60);
}

/**
 * A deadline `daysAhead` calendar days after today (negative: before today, for a promise that
 * ran out), at the local time of `due`.
 */
export function deadlinePhrase(due: LocalParts, daysAhead: number, lang: Lang): string {
  const words = WORDS[lang];
  const time = `${due.hour}:${String(due.minute).padStart(2, '0')}`;
  if (daysAhead === 0) return words.today(time, due.hour);
  if (daysAhead === 1) return words.tomorrow(time, due.hour);
  if (daysAhead === -1) return words.yesterday(time, due.hour);
  if (Math.abs(daysAhead) < 7) return words.weekday(due.weekday, time, due.hour);
  return words.date(due, time, due.hour);
}

export function asapPhrase(lang: Lang): string {
  return WORDS[lang].asap;
}
