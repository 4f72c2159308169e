import { describe, expect, test } from 'vitest';
import { entry } from './diary-entry';
import {
  viewingCounts,
  viewingsOf,
  viewingsPerYear,
  type ViewingReview,
} from '../../../../src/lib/diary/viewings';

const review = (
  slug: string,
  movie: ViewingReview['data']['movie'],
  data: Partial<ViewingReview['data']> = {},
): ViewingReview => ({
  slug,
  rewatch: false,
  data: { pubDate: new Date('2024-01-10'), liked: false, movie, ...data },
});

const HER = review(
  'her',
  { title: '그녀', originalTitle: 'Her', year: 2013, links: { tmdb: 152601 } },
  {
    watched: new Date('2024-01-05'),
    rating: 4.5,
  },
);

describe('viewings', () => {
  test('an entry naming a review on its day is that review’s viewing, not a second one', () => {
    const viewings = viewingsOf(
      [HER],
      [entry('2024-01-05', { title: 'Her', year: 2013 }, { review: 'her', liked: true })],
    );
    expect(viewings).toHaveLength(1);
    expect(viewings[0]).toMatchObject({ isReview: true, liked: true, rating: 4.5, review: HER });
  });

  test('an entry naming a review on another day is another viewing, linked and a rewatch', () => {
    const viewings = viewingsOf(
      [HER],
      [entry('2024-03-01', { title: 'Her', year: 2013 }, { review: 'her' })],
    );
    expect(
      viewings.map((viewing) => [viewing.isReview, viewing.rewatch, viewing.review?.slug]),
    ).toEqual([
      [false, true, 'her'],
      [true, false, 'her'],
    ]);
    expect(viewingCounts(viewings)).toEqual({ films: 1, viewings: 2, rewatches: 1 });
  });

  test('entries are films by TMDB id or title and year, as reviews are', () => {
    const viewings = viewingsOf(
      [HER],
      [
        entry('2023-06-01', { title: 'Her', year: 2013 }),
        entry('2024-02-01', { title: 'Suspiria', year: 1977 }),
        entry('2024-02-02', { title: 'Suspiria', year: 2018 }),
        entry(undefined, { title: 'Tokyo Story', year: 1953 }),
      ],
    );
    // Her in 2023 is the same film as the review (title and year join the TMDB id), seen first.
    const her = viewings.filter((viewing) => viewing.film.key === 'tmdb:152601');
    expect(her.map((viewing) => [viewing.isReview, viewing.rewatch])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(her[1]!.review).toBe(HER);
    expect(viewingCounts(viewings)).toEqual({ films: 4, viewings: 5, rewatches: 1 });
    expect(viewings.at(-1)!.film.title).toBe('Tokyo Story');
    expect(viewingsPerYear(viewings)).toEqual([
      { label: '2023', value: 1 },
      { label: '2024', value: 3 },
    ]);
  });
});
