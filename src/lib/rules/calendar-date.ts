/**
 * Whether a written date names a real calendar day. YAML readers and `new Date()` roll
 * `2024-02-30` over into 1 March and month 13 into the next year without a word, so the
 * day is checked as the author wrote it, before anything converts it.
 */
const WRITTEN_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;

/** `undefined` when `text` is not written as `YYYY-MM-DD…`; otherwise whether that day exists. */
export function isRealCalendarDay(text: string): boolean | undefined {
  const match = WRITTEN_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** The plain-words problem for a day that does not exist. */
export function calendarProblem(text: string): string {
  const match = WRITTEN_DATE.exec(text.trim());
  const month = Number(match?.[2]);
  const reason =
    month < 1 || month > 12
      ? `there is no month ${month}`
      : 'that day does not exist in that month';
  return `found ${text.trim()}, ${reason}; expected a real calendar day such as 2022-06-18`;
}

/** A date-time written without `Z` or an offset: `2022-06-18T21:30`, `2022-06-18 21:30:00`. */
const LOCAL_DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;

/** Milliseconds that `timeZone` is ahead of UTC at the instant `time`. */
function zoneOffset(time: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(time);
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(time / 1000) * 1000;
}

/** Whether `text` is a date-time written without `Z` or an offset (`2022-06-18T21:30`). */
export function isLocalDateTime(text: string): boolean {
  return LOCAL_DATE_TIME.test(text.trim());
}

/**
 * The instant a date-time written without an offset names in `timeZone` (the site's), or
 * `undefined` when `text` is not such a date-time. Authors write their local time; the
 * build and `npm run check` both read it here.
 */
export function zonedDateTime(text: string, timeZone: string): Date | undefined {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const part = (group: number) => Number(match[group] ?? 0);
  const ms = Number((match[7] ?? '').padEnd(3, '0'));
  const wall = Date.UTC(part(1), part(2) - 1, part(3), part(4), part(5), part(6), ms);
  // The offset at the wall time itself, then again at the instant found (right across DST changes).
  const first = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(first, timeZone));
}
