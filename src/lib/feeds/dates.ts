import { isoDate, isPlainDate } from '../format';
import { dateTimeFormat } from '../intl-cache';
import { zonedDateTime } from '../rules/calendar-date';

/**
 * Feed readers show a date in their reader's own zone, so a feed must name an instant. A
 * plain date (`2022-06-18`) is the start of that day in the site's time zone, not midnight
 * UTC (which is the evening before in New York); a date-time keeps its instant.
 */
export function feedInstant(date: Date, timeZone: string): Date {
  if (!isPlainDate(date)) return date;
  const day = isoDate(date, 'UTC');
  const midnight = zonedDateTime(`${day}T00:00`, timeZone) ?? date;
  if (isoDate(midnight, timeZone) === day) return midnight;
  // A clock change skipped that midnight (Santiago in September): the day starts at the change.
  return new Date(date.getTime() - offsetMinutes(midnight, timeZone) * 60_000);
}

/** Minutes `timeZone` is ahead of UTC at `instant` (`-240` in New York in summer). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const name = dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The wall clock of `date`'s feed instant in `timeZone` (read with the `getUTC…` methods) and the zone's offset. */
function zonedClock(date: Date, timeZone: string): { wall: Date; offset: number } {
  const instant = feedInstant(date, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  return { wall: new Date(instant.getTime() + offset * 60_000), offset };
}

/** `-0400`, or `-04:00` with `separator`. */
function offsetText(minutes: number, separator = ''): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RSS `pubDate` (RFC 822, as RSS 2.0 asks) with the site zone's offset: `Sat, 18 Jun 2022 00:00:00 -0400`. */
export function rfc822Date(date: Date, timeZone: string): string {
  const { wall, offset } = zonedClock(date, timeZone);
  const day = `${DAYS[wall.getUTCDay()]}, ${pad(wall.getUTCDate())} ${MONTHS[wall.getUTCMonth()]} ${wall.getUTCFullYear()}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  return `${day} ${time} ${offsetText(offset)}`;
}

/** JSON Feed `date_published` (RFC 3339) with the site zone's offset: `2022-06-18T00:00:00-04:00`. */
export function rfc3339Date(date: Date, timeZone: string): string {
  const { wall, offset } = zonedClock(date, timeZone);
  const ms = wall.getUTCMilliseconds();
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ''}`;
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${time}${offsetText(offset, ':')}`;
}
