import { z } from 'astro/zod';
import { TermNameSchema } from './names';

/** A TMDB person number such as `21684`: the person's identity across spellings. */
export const TmdbPersonIdSchema = z
  .number()
  .int('expected a TMDB person number such as 21684')
  .positive('expected a TMDB person number such as 21684');

/** A credited person: `"봉준호"` or `{ name, tmdb }`; always an object after parsing. */
export const PersonSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z
    .object({
      /** The name as written in this review. */
      name: TermNameSchema,
      /** Their TMDB person number. */
      tmdb: TmdbPersonIdSchema.optional(),
    })
    .strict(),
);

export type Person = z.output<typeof PersonSchema>;

/** A list of people; the same name twice is kept once, order kept. */
export const PeopleSchema = z
  .array(PersonSchema)
  .transform((people) =>
    people.filter((person, index) => people.findIndex((p) => p.name === person.name) === index),
  );
