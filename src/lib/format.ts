import type { Language } from '../schemas/site';

/** BCP 47 locale for each interface language. */
export const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-US' };

/**
 * Dates are calendar days: a `2022-06-18` in YAML is midnight UTC, so format in UTC to
 * show the day the author wrote, wherever the build runs.
 */
export function formatDate(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: lang === 'ko' ? 'medium' : 'long', timeZone: 'UTC' }).format(date);
}

/** `2022-06-18` for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Running time by locale: `125분` in Korean, `2h 5m` in English. */
export function formatRuntime(minutes: number, lang: Language): string {
  if (lang === 'ko') return `${new Intl.NumberFormat(LOCALES.ko).format(minutes)}분`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;
  return rest === 0 ? `${hours}h` : `${hours}h ${rest}m`;
}

/** ISO 8601 duration for schema.org (`PT125M`). */
export function isoDuration(minutes: number): string {
  return `PT${minutes}M`;
}

/** Numbers in the site's locale (`1,234`). */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** A list of names joined the way the locale joins them (`A, B 및 C`, `A, B, and C`). */
export function formatList(items: string[], lang: Language): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}
