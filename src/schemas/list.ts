import { z } from 'astro/zod';
import { DateSchema, imagePath, TextSchema, type ImageHelper } from './fields';

/** A film the blog may not have reviewed: by its TMDB number, or by its title and year. */
function listFilmSchema(image: ImageHelper) {
  return z
    .object({
      /** TMDB movie number such as `152601`: the film's identity. */
      tmdb: z.number().int().positive('expected a TMDB movie number such as 152601').optional(),
      /** The title as the readers know it (`애프터썬`); with `year`, the film's identity when `tmdb` is absent. */
      title: TextSchema.optional(),
      /** The original title (`Aftersun`). */
      originalTitle: TextSchema.optional(),
      /** Production year. */
      year: z.number().int().min(1870, 'expected a year such as 2022').max(2200).optional(),
      /** The film's poster, an image beside the list file (`./aftersun.jpg`). */
      poster: imagePath(image).optional(),
    })
    .strict()
    .superRefine((film, context) => {
      if (film.tmdb === undefined && (film.title === undefined || film.year === undefined))
        context.addIssue({
          code: 'custom',
          message:
            'found a film with neither a TMDB number nor a title and year, expected { tmdb: 152601 } or { title: 애프터썬, year: 2022 }',
        });
    });
}

/** One place in a list: a review of the blog, or a film, with an optional note. */
function listEntrySchema(image: ImageHelper) {
  return z
    .object({
      /** The slug of a review of the blog (`decision-to-leave`). */
      review: TextSchema.optional(),
      /** A film: `{ tmdb: 152601 }` or `{ title: 애프터썬, year: 2022 }`. */
      film: listFilmSchema(image).optional(),
      /** A note in Markdown, shown with the film. */
      note: TextSchema.optional(),
    })
    .strict()
    .superRefine((entry, context) => {
      if ((entry.review === undefined) === (entry.film === undefined))
        context.addIssue({
          code: 'custom',
          message:
            entry.review === undefined
              ? 'found an entry that names no film, expected review: <slug> or film: { tmdb } / { title, year }'
              : 'found an entry with both review and film, expected one of the two (a review already names its film)',
        });
    });
}

/** The frontmatter of a film list (`content/lists/<slug>.md`; see `content/AUTHORING.md`). Unknown keys are errors. */
export function listSchema(image: ImageHelper) {
  return z
    .object({
      /** The list's name. */
      title: TextSchema,
      /** One sentence for the lists page, feeds and meta tags; the introduction's first paragraph when absent. */
      description: TextSchema.max(
        300,
        'keep the description to 300 characters or fewer',
      ).optional(),
      /** When the list was published: it is an item of the feeds from then (undated lists are not in the feeds). */
      pubDate: DateSchema.optional(),
      /** Numbered: the order is a ranking (default: false). */
      ranked: z.boolean().default(false),
      /** Drafts show in `npm run dev` only, never in a build (default: false). */
      draft: z.boolean().default(false),
      /** The films, in order. */
      entries: z.array(listEntrySchema(image)).min(1, 'expected at least one entry'),
    })
    .strict();
}

export type ListData = z.output<ReturnType<typeof listSchema>>;
export type ListEntryData = ListData['entries'][number];
