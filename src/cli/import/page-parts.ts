import type { Element, Root } from 'hast';
import { attribute, findAll, isElement, meta, textOf } from './hast-query';

/** What a platform module finds on a saved page, before conversion. */
export interface PageParts {
  title?: string | undefined;
  /** `2022-06-18`, or a date-time with its offset. */
  date?: string | undefined;
  category?: string | undefined;
  tags: string[];
  /** The element holding the post's text. */
  body?: Element | undefined;
}

/** A blogging platform's page layout. */
export interface Platform {
  name: string;
  /** Whether the saved page is from this platform. */
  detect(tree: Root): boolean;
  extract(tree: Root, timeZone: string): PageParts;
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: number, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** `+09:00` for a wall-clock time (`2022-06-18T21:30:00`) in `timeZone`. */
function offsetOf(local: string, timeZone: string): string {
  const wall = Date.parse(`${local}Z`);
  const minutes = offsetMinutes(wall - offsetMinutes(wall, timeZone) * 60_000, timeZone);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A date as blogs print it (`2022. 6. 18. 21:30`, `2022-06-18 21:30`, `2022년 6월 18일`, an
 * ISO date-time) → `2022-06-18` or `2022-06-18T21:30:00+09:00` (a time without offset is
 * read in the site's time zone). `undefined` when there is no real date in it.
 */
/** `2014, 5, 22` → `2014-05-22`, for a day that exists only (not the 31st of June). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export function parsePageDate(value: string | undefined, timeZone: string): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (
    /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(text) &&
    !Number.isNaN(Date.parse(text))
  )
    return text;
  const match =
    /(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*일?\.?(?:\s*(?:T|\s)\s*(오전|오후)?\s*(\d{1,2}):(\d{2}))?/.exec(
      text,
    );
  if (!match) return undefined;
  const plain = isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!plain || match[5] === undefined) return plain;
  let hours = Number(match[5]);
  if (match[4] === '오후' && hours < 12) hours += 12;
  if (match[4] === '오전' && hours === 12) hours = 0;
  const local = `${plain}T${String(hours).padStart(2, '0')}:${match[6]}:00`;
  return `${local}${offsetOf(local, timeZone)}`;
}

/** Tag names from links and `#태그` text, without `#`, duplicates removed. */
export function tagNames(elements: Element[]): string[] {
  const names = elements
    .flatMap((node) => textOf(node).split(/\s*#\s*|\s*,\s*/))
    .map((name) => name.replace(/^#/, '').trim());
  return [...new Set(names.filter(Boolean))];
}

/** The first non-empty text among elements matching each selector-like test, in order. */
export function firstText(
  tree: Root | Element,
  tests: ((node: Element) => boolean)[],
): string | undefined {
  for (const test of tests) {
    for (const node of findAll(tree, test)) {
      const text = textOf(node);
      if (text) return text;
    }
  }
  return undefined;
}

/** `<time datetime>`, then `article:published_time`. */
export function machineDate(tree: Root): string | undefined {
  const time = findAll(
    tree,
    (node) => isElement(node, 'time') && attribute(node, 'dateTime') !== undefined,
  )[0];
  return (time && attribute(time, 'dateTime')) ?? meta(tree, 'article:published_time');
}
