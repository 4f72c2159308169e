import { describe, expect, test } from 'vitest';
import { relatedness, relatedReviews } from '../../../../src/lib/reviews/related';
import type { Taxonomy, Term } from '../../../../src/lib/taxonomies/taxonomies';

const terms = (names: Partial<Record<Taxonomy, string[]>>) =>
  Object.fromEntries(
    (['genres', 'people', 'countries', 'years', 'categories', 'tags'] as const).map((taxonomy) => [
      taxonomy,
      (names[taxonomy] ?? []).map((name): Term => ({ name, slug: name })),
    ]),
  ) as Record<Taxonomy, Term[]>;
const review = (slug: string, date: string, names: Partial<Record<Taxonomy, string[]>>) => ({ slug, data: { pubDate: new Date(date) }, terms: terms(names) });

const her = review('her', '2022-06-18', { people: ['spike'], genres: ['drama', 'romance'], tags: ['sf', 'life'], countries: ['us'] });
const candidates = [
  her,
  review('adaptation', '2023-01-10', { people: ['spike'], genres: ['drama'] }),
  review('decision', '2022-07-09', { genres: ['drama'], tags: ['life'] }),
  review('paterson', '2023-03-04', { genres: ['drama'] }),
  review('forest', '2021-11-20', { genres: ['drama'] }),
  review('old-drama', '2020-01-01', { genres: ['drama'] }),
  review('unrelated', '2024-01-01', { genres: ['horror'], countries: ['us'] }),
];

describe('related reviews', () => {
  test('shared people weigh most, then tags, then genres; countries do not count', () => {
    const score = relatedness(her);
    expect(score(candidates[1]!)).toBe(3 + 1);
    expect(score(candidates[2]!)).toBe(2 + 1);
    expect(score(candidates[6]!)).toBe(0);
  });

  test('best first, newest first among equals, up to four, never the review itself', () => {
    expect(relatedReviews(her, candidates).map((item) => item.slug)).toEqual(['adaptation', 'decision', 'paterson', 'forest']);
  });

  test('a review sharing nothing is never related', () => {
    expect(relatedReviews(candidates[6]!, candidates)).toEqual([]);
  });

  test('the limit is respected', () => {
    expect(relatedReviews(her, candidates, 2)).toHaveLength(2);
  });
});
