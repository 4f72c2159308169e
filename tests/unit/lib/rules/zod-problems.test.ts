import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import '../../../../src/schemas/messages';
import { fieldName, shown, zodProblems } from '../../../../src/lib/rules/zod-problems';

const schema = z
  .object({
    title: z.string(),
    rating: z.number().optional(),
    movie: z
      .object({ directors: z.array(z.string()) })
      .strict()
      .optional(),
  })
  .strict();

/** The problems of `input` against `schema`, as one file without lines (the site settings) reports them. */
function problemsOf(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return zodProblems(result.error.issues, {
    file: 'settings.ts',
    input,
    schema,
    wholeInput: '(top level)',
  });
}

describe('zod issues as problems', () => {
  test('each unknown key is its own problem, with a guess from the schema where one is close', () => {
    expect(problemsOf({ title: 'x', ratng: 4, movie: { director: ['A'] } })).toEqual([
      {
        file: 'settings.ts',
        field: 'movie.directors',
        message:
          'missing, expected a list such as [a, b] or lines starting with "- "; this key is required',
      },
      {
        file: 'settings.ts',
        field: 'movie.director',
        message: 'unknown key; did you mean "directors"?',
      },
      { file: 'settings.ts', field: 'ratng', message: 'unknown key; did you mean "rating"?' },
    ]);
    expect(problemsOf({ title: 'x', colour: 'red' })[0]?.message).toBe(
      'unknown key; check the spelling against the keys in content/AUTHORING.md',
    );
  });

  test('a missing key and a wrong value are worded as found / expected', () => {
    expect(problemsOf({ rating: '4.5' })).toEqual([
      {
        file: 'settings.ts',
        field: 'title',
        message: 'missing, expected text; this key is required',
      },
      {
        file: 'settings.ts',
        field: 'rating',
        message: 'found "4.5", which is text, expected a number; remove the quotes',
      },
    ]);
  });

  test('a problem with the whole input names it; positions come from the input when it has lines', () => {
    expect(problemsOf('text')).toEqual([
      {
        file: 'settings.ts',
        field: '(top level)',
        message: 'found "text", expected keys indented below it',
      },
    ]);
    const result = schema.safeParse({ title: 1984 });
    const located = zodProblems(result.error!.issues, {
      file: 'post.md',
      input: { title: 1984 },
      schema,
      wholeInput: '(frontmatter)',
      locate: () => ({ line: 2, column: 1 }),
      written: () => '1984',
    });
    expect(located).toEqual([
      {
        file: 'post.md',
        line: 2,
        column: 1,
        field: 'title',
        message:
          'found 1984, which YAML reads as a number, expected text; put it in quotes: title: "1984"',
      },
    ]);
  });

  test('fields and values as authors write them', () => {
    expect(fieldName(['movie', 'cast', 2, 'name'])).toBe('movie.cast[2].name');
    expect(shown('x'.repeat(80))).toBe(`"${'x'.repeat(57)}…"`);
    expect(shown(new Date('2024-01-02'))).toBe('the date 2024-01-02');
    expect(shown([1])).toBe('a list');
  });
});
