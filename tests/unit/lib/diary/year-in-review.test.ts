import { describe, expect, test } from 'vitest';
import { entry } from './diary-entry';
import { viewingsOf } from '../../../../src/lib/diary/viewings';
import {
  reviewYears,
  viewedOn,
  yearInReview,
  type YearReview,
} from '../../../../src/lib/diary/year-in-review';
import type { Term } from '../../../../src/lib/taxonomies/taxonomies';

const terms = (...names: string[]): Term[] =>
  names.map((name) => ({ name, slug: name.toLowerCase() }));
const review = (
  slug: string,
  movie: YearReview['data']['movie'],
  data: Partial<YearReview['data']>,
  people: { directors?: string[]; cast?: string[]; genres?: string[]; countries?: string[] } = {},
): YearReview => ({
  slug,
  rewatch: false,
  data: { pubDate: new Date('2024-03-01'), liked: false, movie, ...data },
  terms: {
    genres: terms(...(people.genres ?? [])),
    countries: terms(...(people.countries ?? [])),
    people: [],
    years: [],
    categories: [],
    tags: [],
  },
  credits: {
    directors: terms(...(people.directors ?? [])),
    writers: [],
    cast: terms(...(people.cast ?? [])),
  },
});

const HER = review(
  'her',
  { title: 'Her', year: 2013, runtime: 126 },
  { watched: new Date('2024-02-10'), rating: 4.5, pubDate: new Date('2024-02-11') },
  {
    directors: ['Spike Jonze'],
    cast: ['Joaquin Phoenix'],
    genres: ['Drama', 'Romance'],
    countries: ['US'],
  },
);
// No watched date: counts on its publication day.
const PATERSON = review(
  'paterson',
  { title: 'Paterson', year: 2016, runtime: 118 },
  { rating: 4, pubDate: new Date('2024-05-02') },
  { directors: ['Jim Jarmusch'], cast: ['Adam Driver'], genres: ['Drama'], countries: ['US'] },
);
const OLD = review(
  'old',
  { title: 'Old', year: 1950 },
  { watched: new Date('2023-12-31'), pubDate: new Date('2023-12-31') },
);
const reviews = [PATERSON, HER, OLD];
const viewings = viewingsOf(reviews, [
  entry('2024-08-01', { title: 'Her', year: 2013 }, { rating: 5 }),
  entry('2024-02-20', { title: 'Perfect Days', year: 2023 }, { rating: 4.5 }),
  entry(undefined, { title: 'Tokyo Story', year: 1953 }, { rating: 5 }),
]);

describe('the year in review', () => {
  test('years with a viewing, newest first; the day a viewing counts on', () => {
    expect(reviewYears(viewings)).toEqual([2024, 2023]);
    expect(
      viewedOn(viewings.find((viewing) => viewing.review === PATERSON && viewing.isReview)!),
    ).toEqual(new Date('2024-05-02'));
    expect(viewedOn({ watched: undefined, isReview: false, review: undefined })).toBeUndefined();
  });

  test('every figure of a year', () => {
    const year = yearInReview(2024, viewings, reviews, 'en', 5);
    expect(year).toMatchObject({
      year: 2024,
      films: 3,
      viewings: 4,
      reviews: 2,
      // Her twice (126 + 126) and Paterson (118): Perfect Days has no review, so no runtime.
      minutes: 370,
      timedViewings: 3,
      firstViewings: 3,
      rewatches: 1,
      directors: [
        { label: 'Jim Jarmusch', value: 1 },
        { label: 'Spike Jonze', value: 1 },
      ],
      actors: [
        { label: 'Adam Driver', value: 1 },
        { label: 'Joaquin Phoenix', value: 1 },
      ],
      genres: [
        { label: 'Drama', value: 2 },
        { label: 'Romance', value: 1 },
      ],
      countries: [{ label: 'US', value: 2 }],
    });
    expect(year.months.map((month) => month.value)).toEqual([0, 2, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0]);
    expect(
      Object.fromEntries(year.ratings.map((datum) => [datum.label, datum.value])),
    ).toMatchObject({
      '4.0': 1,
      '4.5': 2,
      '5.0': 1,
    });
    expect(year.best.map((film) => [film.title, film.rating])).toEqual([
      ['Her', 5],
      ['Perfect Days', 4.5],
      ['Paterson', 4],
    ]);
    expect(year.best[1]!.review).toBeUndefined();
    expect([year.longest?.title, year.shortest?.title]).toEqual(['Her', 'Paterson']);
  });

  test('a year of one timed film has a longest film and no shortest', () => {
    const year = yearInReview(2023, viewings, reviews, 'en');
    expect(year).toMatchObject({ films: 1, viewings: 1, reviews: 1, minutes: 0, best: [] });
    expect(year.longest).toBeUndefined();
    expect(yearInReview(2022, viewings, reviews, 'en')).toMatchObject({ films: 0, viewings: 0 });
  });
});
