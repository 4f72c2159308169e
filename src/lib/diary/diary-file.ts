/**
 * `content/diary.yaml`, the optional diary: one entry per viewing that has no review page
 * of its own, as a Letterboxd import writes it or an author keeps it by hand.
 *
 *     - watched: 2025-03-14
 *       film: { title: Suspiria, year: 1977, letterboxd: https://boxd.it/2a9Q }
 *       rating: 4
 *       liked: true
 *     - watched: 2025-03-02
 *       film: { title: 그녀, year: 2013, tmdb: 152601 }
 *       rewatch: true
 *       review: her
 */
import { DiarySchema, type DiaryEntryData } from '../../schemas/diary';
import type { Problem } from '../rules/problem';
import { readYamlFile } from '../rules/yaml-file';
import { zodProblems } from '../rules/zod-problems';

/** A checked diary entry and where it is written. */
export interface DiaryEntry extends DiaryEntryData {
  /** Line of the entry in the file, for messages. */
  line: number;
}

/**
 * Reads the diary file's text. Mistakes name the file, the line and the field (`[3].rating`):
 * YAML errors, unknown keys, a bad date or rating, an entry without a film, and (given the
 * site's review slugs) a `review:` that names no review, which would silently cut the link.
 */
export function readDiary(
  text: string,
  file: string,
  reviewSlugs?: ReadonlySet<string>,
): { entries: DiaryEntry[]; problems: Problem[] } {
  const { input: parsed, problems, locate } = readYamlFile(text, file);
  if (problems.length) return { entries: [], problems };
  const input: unknown = parsed ?? [];
  const result = DiarySchema.safeParse(input);
  if (!result.success) {
    const wholeInput = Array.isArray(input) ? '(list)' : '(top level)';
    return {
      entries: [],
      problems: zodProblems(result.error.issues, {
        file,
        input,
        schema: DiarySchema,
        wholeInput,
        locate,
      }).map((problem) =>
        problem.field === wholeInput && !Array.isArray(input)
          ? {
              ...problem,
              message: 'expected a list of viewings, each starting with "- watched:" or "- film:"',
            }
          : problem,
      ),
    };
  }
  const entries = result.data.map((entry, index) => ({ ...entry, line: locate([index]).line }));
  const unknownReviews = entries.flatMap((entry, index): Problem[] =>
    entry.review === undefined || !reviewSlugs || reviewSlugs.has(entry.review)
      ? []
      : [
          {
            file,
            ...locate([index, 'review']),
            field: `[${index}].review`,
            message: `found "${entry.review}", which is no review's slug; expected the slug of a review in content/reviews/ (its folder name, or its "slug:")`,
          },
        ],
  );
  return unknownReviews.length
    ? { entries: [], problems: unknownReviews }
    : { entries, problems: [] };
}
