import { z } from 'astro/zod';
import './messages';
import { calendarProblem, isRealCalendarDay, zonedDateTime } from '../lib/rules/calendar-date';
import { site } from '../lib/site';
import type { SchemaContext } from 'astro:content';

/** Astro's `image()` helper, handed to each schema that has image paths. */
export type ImageHelper = SchemaContext['image'];

/**
 * A date as YAML gives it (`2022-06-18` is already a Date) or an ISO string
 * (`2022-06-18T21:30:00+09:00`; without an offset, in the site's time zone: the checker
 * hands such date-times over as written). Anything else is rejected with the form expected.
 */
export const DateSchema = z
  .union([z.date(), z.string()], {
    error: 'expected a date such as 2022-06-18 or 2022-06-18T21:30:00+09:00',
  })
  .transform((value, ctx) => {
    // A date-time without an offset is the author's local time: the site's time zone.
    const date =
      value instanceof Date ? value : (zonedDateTime(value, site.timeZone) ?? new Date(value));
    const looksIso =
      value instanceof Date || /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value);
    if (looksIso && typeof value === 'string' && isRealCalendarDay(value) === false) {
      ctx.addIssue({ code: 'custom', message: calendarProblem(value) });
      return z.NEVER;
    }
    if (!looksIso || Number.isNaN(date.getTime())) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a date such as 2022-06-18 or 2022-06-18T21:30:00+09:00, found "${String(value)}"`,
      });
      return z.NEVER;
    }
    return date;
  });

/** A verdict from 0 to 5 in steps of 0.5 (a review's or a diary entry's `rating`). */
export const RatingSchema = z
  .number()
  .min(0, 'expected a rating from 0 to 5')
  .max(5, 'expected a rating from 0 to 5')
  .multipleOf(0.5, 'expected a rating in steps of 0.5, such as 3.5 or 4');

/** A non-empty, trimmed line of text. */
export const TextSchema = z.string().trim().min(1, 'must not be empty');

/**
 * An image beside the post (`./poster.jpg`). Remote URLs are refused: Marquee optimises
 * every image at build time and never fetches from the network. (Astro declares `image()`
 * by the object it returns; at run time it parses a path string, which is what is piped in.)
 */
export function imagePath(image: ImageHelper) {
  return z
    .string()
    .trim()
    .min(1, 'expected an image path such as ./poster.jpg')
    .refine((value) => !/^[a-z][a-z\d+.-]*:/i.test(value), {
      message:
        'remote images are not accepted; save the image beside the post and write ./file.jpg',
    })
    .pipe(image() as unknown as z.ZodType<z.output<ReturnType<ImageHelper>>, string>);
}
