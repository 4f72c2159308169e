import { describe, expect, test } from 'vitest';
import { withFilms } from '../../../../src/lib/films/film-reviews';
import { isTermRedirect, markTermRedirect } from '../../../../src/lib/taxonomies/term-redirects';

const review = (
  slug: string,
  lang: string,
  dates: { pubDate: string; watched?: string },
  movie: Record<string, unknown>,
  rewatch = false,
) => ({
  slug,
  lang,
  data: {
    pubDate: new Date(dates.pubDate),
    watched: dates.watched === undefined ? undefined : new Date(dates.watched),
    rewatch,
    movie: { title: 'Her', ...movie },
  },
});

const HER = { links: { tmdb: 'https://www.themoviedb.org/movie/152601' } };
// Newest first, as the pages list them.
const reviews = [
  review(
    'her-again',
    'ko',
    { pubDate: '2024-02-01', watched: '2024-01-28' },
    { ...HER, runtime: 125 },
  ),
  review(
    'her-english',
    'en',
    { pubDate: '2022-07-01', watched: '2022-06-12' },
    { ...HER, cast: ['Scarlett Johansson'] },
  ),
  review(
    'her',
    'ko',
    { pubDate: '2022-06-18', watched: '2022-06-12' },
    { ...HER, year: 2013, runtime: 126, cast: ['스칼렛 요한슨'] },
  ),
  review('mother', 'ko', { pubDate: '2023-05-01' }, { title: '마더', year: 2009 }),
];
const result = Object.fromEntries(
  withFilms<(typeof reviews)[number], string>(reviews).map(({ review, film }) => [
    review.slug,
    { review, film },
  ]),
);

describe('reviews of one film', () => {
  test('share one film object; a film reviewed once has its own', () => {
    expect(result.her!.film).toBe(result['her-again']!.film);
    expect(result.her!.film).toBe(result['her-english']!.film);
    expect(result.her!.film.key).toBe('tmdb:152601');
    expect(result.mother!.film).not.toBe(result.her!.film);
  });

  test("a review's own facts win; missing ones come from the same language first, then newest", () => {
    const again = result['her-again']!.review.data.movie as Record<string, unknown>;
    expect(again.runtime).toBe(125);
    expect(again.year).toBe(2013);
    expect(again.cast).toEqual(['스칼렛 요한슨']);
    const english = result['her-english']!.review.data.movie as Record<string, unknown>;
    expect(english.cast).toEqual(['Scarlett Johansson']);
    expect(english.runtime).toBe(125);
  });

  test('a later viewing in the same language is a rewatch; the first, and another language, are not', () => {
    expect(result['her-again']!.review.rewatch).toBe(true);
    expect(result.her!.review.rewatch).toBe(false);
    expect(result['her-english']!.review.rewatch).toBe(false);
    expect(result.mother!.review.rewatch).toBe(false);
  });

  test('`rewatch: true` is kept, even on the only review', () => {
    const [only] = withFilms([
      review('alone', 'ko', { pubDate: '2024-01-01' }, { title: 'X' }, true),
    ]);
    expect(only!.review.rewatch).toBe(true);
  });
});

describe('redirect pages', () => {
  test('are recognised by URL, encoded or not, so the sitemap leaves them out', () => {
    markTermRedirect('/genres/drama/');
    markTermRedirect('/people/%EC%8A%A4%EC%B9%BC%EB%A0%9B/');
    expect(isTermRedirect('https://a.example/genres/drama/')).toBe(true);
    expect(isTermRedirect('https://a.example/people/스칼렛/')).toBe(true);
    expect(isTermRedirect('https://a.example/genres/드라마/')).toBe(false);
  });
});
