import { expect, test } from 'vitest';
import type { YearInReview } from '../../../../src/lib/diary/year-in-review';
import type { Review } from '../../../../src/lib/reviews/reviews';
import { hoursOf, yearInReviewCard } from '../../../../src/lib/share-cards/year-card';

const summary = {
  year: 2023,
  films: 48,
  minutes: 96 * 60 + 20,
  best: [{ review: undefined }],
} as unknown as YearInReview<Review>;

test('hours are whole hours of the known runtimes', () => {
  expect([hoursOf(0), hoursOf(29), hoursOf(90), hoursOf(529)]).toEqual([0, 0, 2, 9]);
});

test.each([
  [
    { language: 'ko', title: '마키' },
    '2023년의 영화',
    '48편, 96시간',
    '마키: 2023년의 영화, 48편, 96시간',
  ],
  [
    { language: 'en', title: 'Marquee' },
    '2023 in film',
    '48 films, 96 hours',
    'Marquee: 2023 in film, 48 films, 96 hours',
  ],
] as const)('the year in review card in %o', (settings, heading, subheading, alt) => {
  const card = yearInReviewCard(summary, settings);
  expect(card.content).toEqual({
    kind: 'collection',
    siteName: settings.title,
    heading,
    subheading,
    posters: [],
  });
  expect(card.alt).toBe(alt);
  expect(card.file).toMatch(/^year-in-review\/2023\.[0-9a-f]+\.png$/);
});
