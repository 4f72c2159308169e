import { z } from 'astro/zod';
import { DateSchema, RatingSchema, TextSchema } from './fields';
import { TermNamesSchema } from './names';

/** The film of a diary entry: its identity, as a review's `movie` gives it. */
export const DiaryFilmSchema = z
  .object({
    /** The film's title as the diary shows it. */
    title: TextSchema,
    /** Production year: with the title, what tells two films of one name apart. */
    year: z
      .number({ error: 'expected a year such as 2013' })
      .int('expected a year such as 2013')
      .min(1870, 'expected a year such as 2013')
      .max(2100, 'expected a year such as 2013')
      .optional(),
    /** TMDB movie number such as `152601`: the film's identity across reviews and entries. */
    tmdb: z
      .number({ error: 'expected a TMDB movie number such as 152601' })
      .int('expected a TMDB movie number such as 152601')
      .positive('expected a TMDB movie number such as 152601')
      .optional(),
    /** The Letterboxd address the import read it from (`https://boxd.it/…`); what a re-import matches. */
    letterboxd: z
      .url({
        protocol: /^https?$/,
        hostname: /(^|\.)(letterboxd\.com|boxd\.it)$/,
        error: 'expected a Letterboxd address such as https://boxd.it/4Y6Xk',
      })
      .optional(),
  })
  .strict();

/** One viewing in `content/diary.yaml`. Unknown keys are errors. */
export const DiaryEntrySchema = z
  .object({
    /** When you saw the film; absent for a film only marked as watched or rated. */
    watched: DateSchema.optional(),
    /** The film seen. */
    film: DiaryFilmSchema,
    /** Your verdict, 0 to 5 in steps of 0.5. */
    rating: RatingSchema.optional(),
    /** You had seen it before. */
    rewatch: z.boolean().default(false),
    /** A heart, apart from the rating. */
    liked: z.boolean().default(false),
    /** Free tags. */
    tags: TermNamesSchema.default([]),
    /** The slug of the review that covers this viewing, when one does. */
    review: TextSchema.optional(),
  })
  .strict();

export const DiarySchema = z.array(DiaryEntrySchema);

export type DiaryEntryData = z.output<typeof DiaryEntrySchema>;
