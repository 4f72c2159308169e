import { describe, expect, test } from 'vitest';
import { siteStats } from '../../../../src/lib/browse/stats';
import { termRegistry } from '../../../../src/lib/taxonomies/taxonomies';

const source = (pubDate: string, rating: number | undefined, movie: Record<string, unknown>) => ({
  category: '영화 추천',
  data: { pubDate: new Date(pubDate), rating, tags: [], movie },
});
const sources = [
  source('2023-03-04', 3.5, {
    genres: ['드라마'],
    countries: ['미국'],
    directors: [{ name: '짐 자무쉬' }],
    cast: [{ name: '애덤 드라이버' }],
  }),
  source('2023-01-10', 4, {
    genres: ['코미디', '드라마'],
    countries: ['미국'],
    directors: [{ name: '스파이크 존즈' }],
    cast: [{ name: '니콜라스 케이지' }, { name: '니콜라스 케이지' }],
  }),
  source('2020-06-18', 4.5, {
    genres: ['드라마'],
    directors: [{ name: '스파이크 존즈' }],
    cast: [{ name: '애덤 드라이버' }],
  }),
  source('2020-01-01', undefined, { genres: ['SF'] }),
];
const registry = termRegistry([...sources].reverse());
const stats = siteStats(
  // The last two reviews are of one film.
  sources.map((review, index) => ({
    ...review,
    ...registry.termsOf(review),
    film: { key: `film-${Math.min(index, 2)}` },
  })),
  'ko-KR',
);

describe('site statistics', () => {
  test('totals and the average of rated reviews', () => {
    expect(stats).toMatchObject({ total: 4, films: 3, rated: 3, averageRating: 4 });
  });

  test('reviews per publication year, years without reviews included', () => {
    expect(stats.perYear).toEqual([
      { label: '2020', value: 2 },
      { label: '2021', value: 0 },
      { label: '2022', value: 0 },
      { label: '2023', value: 2 },
    ]);
  });

  test("ranked terms: most first, ties in the site language's order (Hangul first in Korean)", () => {
    expect(stats.genres).toEqual([
      { label: '드라마', value: 3 },
      { label: '코미디', value: 1 },
      { label: 'SF', value: 1 },
    ]);
    expect(stats.countries).toEqual([{ label: '미국', value: 2 }]);
    expect(stats.directors[0]).toEqual({ label: '스파이크 존즈', value: 2 });
  });

  test('an actor playing two parts in one film counts once for it', () => {
    expect(stats.actors).toEqual([
      { label: '애덤 드라이버', value: 2 },
      { label: '니콜라스 케이지', value: 1 },
    ]);
  });

  test('rating steps from 0.5 to 5 with a count each', () => {
    expect(stats.ratings.map((datum) => datum.label)).toEqual([
      '0.5',
      '1.0',
      '1.5',
      '2.0',
      '2.5',
      '3.0',
      '3.5',
      '4.0',
      '4.5',
      '5.0',
    ]);
    expect(stats.ratings.filter((datum) => datum.value > 0)).toEqual([
      { label: '3.5', value: 1 },
      { label: '4.0', value: 1 },
      { label: '4.5', value: 1 },
    ]);
  });

  test('the ranked charts are capped', () => {
    expect(siteStats([], 'ko-KR', 1)).toMatchObject({
      total: 0,
      averageRating: undefined,
      perYear: [],
      genres: [],
    });
  });
});
