import { LOCALES, type Language } from '../i18n/languages';
import { dateTimeFormat, numberFormat } from './intl-cache';
import { site } from './site';

/**
 * Whether a frontmatter date was written as a plain day (`2022-06-18`): YAML makes that
 * midnight UTC, and a date-time at exactly midnight UTC is read the same way.
 */
export function isPlainDate(date: Date): boolean {
  return date.getTime() % 86_400_000 === 0;
}

/**
 * The zone in which `date` is read as a calendar day. A plain date must stay the day it
 * was written wherever the build runs; a full date-time (`2022-06-19T01:00:00+09:00`) is
 * the day it was in the site's time zone.
 */
function dayZone(date: Date, timeZone: string): string {
  return isPlainDate(date) ? 'UTC' : timeZone;
}

/** The calendar day of a frontmatter date: the one place dates become days. */
export function calendarDay(
  date: Date,
  timeZone = site.timeZone,
): { year: number; month: number; day: number } {
  const parts = dateTimeFormat('en-US', {
    timeZone: dayZone(date, timeZone),
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((item) => item.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** A frontmatter date in the site's language: `2022. 6. 18.`, `June 18, 2022`. */
export function formatDate(date: Date, lang: Language, timeZone = site.timeZone): string {
  const style = lang === 'ko' ? 'medium' : 'long';
  return dateTimeFormat(LOCALES[lang], {
    dateStyle: style,
    timeZone: dayZone(date, timeZone),
  }).format(date);
}

/** `2022-06-18` for `<time datetime>`. */
export function isoDate(date: Date, timeZone = site.timeZone): string {
  const { year, month, day } = calendarDay(date, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Running time by locale: `125분` in Korean, `2h 5m` in English. */
export function formatRuntime(minutes: number, lang: Language): string {
  if (lang === 'ko') return `${numberFormat(LOCALES.ko).format(minutes)}분`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;
  return rest === 0 ? `${hours}h` : `${hours}h ${rest}m`;
}

/** ISO 8601 duration for schema.org (`PT125M`). */
export function isoDuration(minutes: number): string {
  return `PT${minutes}M`;
}
