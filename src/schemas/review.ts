import { z } from 'astro/zod';
import { DateSchema, imagePath, RatingSchema, TextSchema, type ImageHelper } from './fields';
import { galleryItemSchema } from './gallery';
import { movieSchema } from './movie';
import { TermNameSchema, TermNamesSchema } from './names';
import { LanguageSchema } from './site';
import { slugProblem } from '../lib/rules/slug-rules';

/** The frontmatter of a review post (every key is described in `content/AUTHORING.md`). Unknown keys are errors. */
export function reviewSchema(image: ImageHelper) {
  return z
    .object({
      /** The post's headline. */
      title: TextSchema,
      /** Summary for lists, feeds and meta tags; derived from the first paragraph when absent. */
      description: TextSchema.max(
        300,
        'keep the description to 300 characters or fewer',
      ).optional(),
      /** Publication date: `2022-06-18` or a full ISO date-time. */
      pubDate: DateSchema,
      /** Last update, shown as "updated"; not before `pubDate`. */
      updatedDate: DateSchema.optional(),
      /** Drafts show in `npm run dev` only, never in a build. */
      draft: z.boolean().default(false),
      /** Category; the site's default category when absent. */
      category: TermNameSchema.optional(),
      /** Free tags. */
      tags: TermNamesSchema.default([]),
      /** Your verdict, 0 to 5 in steps of 0.5. */
      rating: RatingSchema.optional(),
      /** Show a spoiler warning above the body. */
      spoilers: z.boolean().default(false),
      /** When you saw the film (a diary date). */
      watched: DateSchema.optional(),
      /** You had seen it before. */
      rewatch: z.boolean().default(false),
      /** A heart, apart from the rating. */
      liked: z.boolean().default(false),
      /** Pin on the home page. */
      featured: z.boolean().default(false),
      /** The post's language when it differs from the site's. */
      lang: LanguageSchema.optional(),
      /**
       * This post translates another review (the slug of the original): it is published
       * under the language's prefix (`/en/reviews/<slug>/`) and counts as that review, not
       * as another. Needs a `lang` other than the original's.
       */
      translationOf: z
        .string()
        .trim()
        .min(1, 'expected the slug of the original review')
        .optional(),
      /** Hero and sharing image; the poster when absent. */
      cover: imagePath(image).optional(),
      /** Overrides the folder name in the URL. */
      slug: z
        .string()
        .trim()
        .superRefine((value, ctx) => {
          const problem =
            slugProblem(value) ??
            (/\s/.test(value)
              ? `found "${value}" with a space, expected a slug without spaces such as her-2013`
              : undefined);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
      /** The film. */
      movie: movieSchema(image),
      /** Pictures shown below the body. */
      gallery: z.array(galleryItemSchema(image)).default([]),
    })
    .strict()
    .superRefine((review, ctx) => {
      if (review.updatedDate && review.updatedDate < review.pubDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: `updatedDate (${review.updatedDate.toISOString().slice(0, 10)}) is before pubDate (${review.pubDate.toISOString().slice(0, 10)})`,
        });
      }
    });
}
