import { z } from 'astro/zod';
import { castMemberSchema } from './cast';
import { DateSchema, imagePath, TextSchema, type ImageHelper } from './fields';
import { TermNamesSchema } from './names';
import { PeopleSchema } from './person';
import { TrailerSchema } from './trailer';
import { urlScheme } from '../lib/rules/url-policy';

/** External pages about the film; the ids become the pages' URLs here, once. */
const MovieLinksSchema = z
  .object({
    /** IMDb id such as `tt1798709`. */
    imdb: z
      .string()
      .regex(/^tt\d{7,9}$/, 'expected an IMDb id such as tt1798709')
      .transform((id) => `https://www.imdb.com/title/${id}/`)
      .optional(),
    /** TMDB movie number such as `152601`. */
    tmdb: z
      .number()
      .int()
      .positive('expected a TMDB movie number such as 152601')
      .transform((id) => `https://www.themoviedb.org/movie/${id}`)
      .optional(),
    /** The film's official site. */
    website: z
      .string()
      .refine(
        (value) => ['http', 'https'].includes(urlScheme(value) ?? ''),
        'expected a full http or https URL such as https://example.com/',
      )
      .pipe(
        z.url({
          protocol: /^https?$/,
          error: 'expected a full http or https URL such as https://example.com/',
        }),
      )
      .optional(),
  })
  .strict();

/** The film a review is about. */
export function movieSchema(image: ImageHelper) {
  return z
    .object({
      /** Title as your readers know it (`그녀`). */
      title: TextSchema,
      /** Original title (`Her`). */
      originalTitle: TextSchema.optional(),
      /** Production year. */
      year: z.number().int('expected a whole year such as 2013').min(1870).max(2100).optional(),
      /** Genres, e.g. `[드라마, 멜로, 로맨스]`. */
      genres: TermNamesSchema.optional(),
      /** Production countries, e.g. `[미국]`. */
      countries: TermNamesSchema.optional(),
      /** Running time in minutes. */
      runtime: z
        .number()
        .int('expected whole minutes such as 125')
        .positive('expected minutes above 0')
        .optional(),
      /** Age rating as shown in your region (`청소년 관람불가`, `PG-13`). */
      certification: TextSchema.optional(),
      /** Release date in your region (개봉). */
      releaseDate: DateSchema.optional(),
      /** Directors: names, or `{ name, tmdb }`. */
      directors: PeopleSchema.optional(),
      /** Writers: names, or `{ name, tmdb }`. */
      writers: PeopleSchema.optional(),
      /** Cast: names, or `{ name, role, photo, tmdb }`. */
      cast: z.array(castMemberSchema(image)).optional(),
      /** The film's poster beside the post (`./poster.jpg`). */
      poster: imagePath(image).optional(),
      /** Trailer: a YouTube or Vimeo URL, or a YouTube id. */
      trailer: TrailerSchema.optional(),
      /** IMDb, TMDB and official site. */
      links: MovieLinksSchema.optional(),
    })
    .strict();
}
