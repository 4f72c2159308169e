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
const review = (slug: string, date: string, names: Partial<Record<Taxonomy, string[]>>) => ({
  slug,
  data: { pubDate: new Date(date) },
  terms: terms(names),
});

const her = review('her', '2022-06-18', {
  people: ['spike'],
  genres: ['drama', 'romance'],
  tags: ['sf', 'life'],
  countries: ['us'],
});
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
    expect(relatedReviews(her, candidates).map((item) => item.slug)).toEqual([
      'adaptation',
      'decision',
      'paterson',
      'forest',
    ]);
  });

  test('another review of the same film is listed apart, never as related', () => {
    const rewatch = {
      ...review('her-again', '2024-02-01', { people: ['spike'] }),
      film: { key: 'tmdb:1' },
    };
    const first = { ...her, film: { key: 'tmdb:1' } };
    expect(relatedReviews(rewatch, [first, ...candidates.slice(1)]).map((r) => r.slug)).toEqual([
      'adaptation',
    ]);
  });

  test('a review sharing nothing is never related', () => {
    expect(relatedReviews(candidates[6]!, candidates)).toEqual([]);
  });

  test('the limit is respected', () => {
    expect(relatedReviews(her, candidates, 2)).toHaveLength(2);
  });

  test('the inverted index picks what scoring every pair would', () => {
    // A deterministic pseudo-random blog: many reviews sharing a few people, tags and genres.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pick = (prefix: string, pool: number, count: number) => [
      ...new Set(Array.from({ length: count }, () => `${prefix}${next(pool)}`)),
    ];
    const blog = Array.from({ length: 300 }, (_, index) =>
      review(`r${index}`, `20${10 + next(10)}-0${1 + next(9)}-1${next(9)}`, {
        people: pick('p', 60, 3),
        tags: pick('t', 20, 2),
        genres: pick('g', 8, 2),
      }),
    );
    for (const one of blog.slice(0, 60)) {
      const score = relatedness(one);
      const expected = blog
        .filter((other) => other.slug !== one.slug && score(other) > 0)
        .sort(
          (a, b) =>
            score(b) - score(a) ||
            b.data.pubDate.getTime() - a.data.pubDate.getTime() ||
            a.slug.localeCompare(b.slug),
        )
        .slice(0, 4);
      expect(relatedReviews(one, blog).map((item) => item.slug)).toEqual(
        expected.map((item) => item.slug),
      );
    }
  });
});
