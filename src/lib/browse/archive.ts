import { LOCALES, type Language } from '../../i18n/languages';
import { calendarDay } from '../format';
import { dateTimeFormat } from '../intl-cache';

/** Items of one calendar month (`month` 1–12), newest first. */
export interface MonthGroup<T> {
  year: number;
  month: number;
  items: T[];
}

/** A year's months, newest first, and how many items they hold. */
export interface YearGroup<T> {
  year: number;
  count: number;
  months: MonthGroup<T>[];
}

/**
 * Groups items by the calendar month of `dateOf` (in UTC, like every date Marquee shows),
 * newest month first and newest item first within a month; items without a date are left
 * out. Equal dates keep the order they came in.
 */
export function groupByMonth<T>(
  items: T[],
  dateOf: (item: T) => Date | undefined,
): MonthGroup<T>[] {
  const dated = items.flatMap((item) => {
    const date = dateOf(item);
    return date ? [{ item, date }] : [];
  });
  dated.sort((a, b) => b.date.getTime() - a.date.getTime());
  const groups: MonthGroup<T>[] = [];
  for (const { item, date } of dated) {
    const { year, month } = calendarDay(date);
    const last = groups.at(-1);
    if (last?.year === year && last.month === month) last.items.push(item);
    else groups.push({ year, month, items: [item] });
  }
  return groups;
}

/** Month groups (newest first) gathered into their years. */
export function groupByYear<T>(months: MonthGroup<T>[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const group of months) {
    const last = years.at(-1);
    if (last?.year === group.year) {
      last.months.push(group);
      last.count += group.items.length;
    } else {
      years.push({ year: group.year, count: group.items.length, months: [group] });
    }
  }
  return years;
}

const format = (lang: Language, options: Intl.DateTimeFormatOptions, year: number, month = 1) =>
  dateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );

/** `2022년` / `2022`. */
export function yearLabel(year: number, lang: Language): string {
  return format(lang, { year: 'numeric' }, year);
}

/** `6월` / `June` (`short`: `Jun`). */
export function monthLabel(
  month: number,
  lang: Language,
  style: 'long' | 'short' = 'long',
): string {
  return format(lang, { month: style }, 2000, month);
}

/** `2022년 6월` / `June 2022`. */
export function yearMonthLabel(year: number, month: number, lang: Language): string {
  return format(lang, { year: 'numeric', month: 'long' }, year, month);
}

/** `2022-06`, for ids and `<time datetime>`. */
export function isoMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
