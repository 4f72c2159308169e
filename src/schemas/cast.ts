import { z } from 'astro/zod';
import { imagePath, TextSchema, type ImageHelper } from './fields';
import { TermNameSchema } from './names';
import { TmdbPersonIdSchema } from './person';

/** A cast member: `"호아킨 피닉스"` or `{ name, role, photo, tmdb }`; always an object after parsing. */
export function castMemberSchema(image: ImageHelper) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? { name: value } : value),
    z
      .object({
        /** The actor's name. */
        name: TermNameSchema,
        /** The character they play. */
        role: TextSchema.optional(),
        /** A photo beside the post (`./joaquin.jpg`). */
        photo: imagePath(image).optional(),
        /** Their TMDB person number. */
        tmdb: TmdbPersonIdSchema.optional(),
      })
      .strict(),
  );
}
