import { describe, expect, test } from 'vitest';
import {
  reviewDescription,
  taxonomyDescription,
  termDescription,
  type TextSettings,
} from '../../../../src/lib/page-meta/descriptions';
import { filmLabel, filmNames } from '../../../../src/lib/page-meta/film-names';
import type { Review } from '../../../../src/lib/reviews/reviews';

const ENGLISH: TextSettings = {
  language: 'en',
  title: 'Late Show',
  description: 'Horror and art-house films, one review at a time.',
};
const KOREAN: TextSettings = {
  language: 'ko',
  title: '마키 시네마',
  description: '영화를 보고, 기억하고, 추천합니다.',
};

type Movie = Review['data']['movie'];
type Post = Pick<Review, 'data' | 'description'>;

function post(title: string, movie: Partial<Movie> & { title: string }, description = ''): Post {
  return { data: { title, movie } as Review['data'], description };
}

const roma = {
  title: 'Roma',
  year: 2018,
  links: { tmdb: 'https://www.themoviedb.org/movie/426426' },
};
const suspiria2018 = { title: 'Suspiria', year: 2018 };
const suspiria1977 = { title: 'Suspiria', year: 1977 };
const hereditary = { title: 'Hereditary', year: 2018 };

describe('a review’s description never says the film twice', () => {
  test('a headline that is the film’s title: "A review of Halloween (1978)."', () => {
    const text = reviewDescription(post('Halloween', { title: 'Halloween', year: 1978 }), ENGLISH);
    expect(text.startsWith('A review of Halloween (1978). Horror and art-house films')).toBe(true);
    expect(text).not.toMatch(/Halloween.*Halloween/);
  });

  test('the same in other case or with the original title', () => {
    expect(reviewDescription(post('SUSPIRIA', suspiria2018), ENGLISH)).toMatch(
      /^A review of Suspiria \(2018\)\. /,
    );
    expect(
      reviewDescription(post('Her', { title: '그녀', originalTitle: 'Her', year: 2013 }), KOREAN),
    ).toMatch(/^영화 그녀 \(Her, 2013\) 리뷰\. 영화를/);
  });

  test('a headline of its own follows the film', () => {
    expect(
      reviewDescription(
        post('The house always wins', hereditary, 'Grief as a haunted house.'),
        ENGLISH,
      ),
    ).toBe('A review of Hereditary (2018): The house always wins. Grief as a haunted house.');
    expect(
      reviewDescription(
        post('목소리만으로', { title: '그녀', originalTitle: 'Her', year: 2013 }),
        KOREAN,
      ),
    ).toMatch(/^영화 그녀 \(Her, 2013\) 리뷰: 목소리만으로\. /);
  });

  test('an original title that only repeats the title is left out', () => {
    expect(filmLabel({ title: 'Roma', originalTitle: 'ROMA', year: 2018 })).toBe('Roma (2018)');
    expect(filmLabel({ title: 'Roma' })).toBe('Roma');
  });

  test('a long description of the author’s is kept as written', () => {
    const own =
      'Carpenter builds dread out of empty suburban streets, and the score does the rest of the work.';
    expect(reviewDescription(post('Halloween', { title: 'Halloween' }, own), ENGLISH)).toBe(own);
  });
});

describe('lists of films name each film once', () => {
  test('two reviews of one film (by TMDB or by title and year) name it once', () => {
    const reviews = [roma, suspiria2018, suspiria2018, hereditary, { ...roma, title: 'ROMA' }].map(
      (movie) => post('x', movie),
    );
    expect(filmNames(reviews)).toEqual(['Roma', 'Suspiria', 'Hereditary']);
  });

  test('two films with one title are told apart by year', () => {
    expect(filmNames([post('x', suspiria2018), post('y', suspiria1977)])).toEqual([
      'Suspiria (2018)',
      'Suspiria (1977)',
    ]);
  });

  test('a year page', () => {
    const reviews = [roma, suspiria2018, suspiria2018, hereditary, roma].map((movie) =>
      post('x', movie, 'A short note.'),
    );
    const text = termDescription('years', { name: '2018' }, 5, { reviews, current: 1 }, ENGLISH);
    expect(text).toBe('Films from 2018 — 5 reviews: Roma, Suspiria, Hereditary');
    const korean = termDescription(
      'years',
      { name: '2018' },
      1,
      { reviews: reviews.slice(0, 1), current: 1 },
      KOREAN,
    );
    expect(korean.startsWith('2018년 작품 — 리뷰 1편: Roma. ')).toBe(true);
  });

  test('a term with one review says "1 review"', () => {
    const text = termDescription(
      'genres',
      { name: 'Horror' },
      1,
      { reviews: [post('x', hereditary)], current: 1 },
      ENGLISH,
    );
    expect(text.startsWith('Genre: Horror — 1 review: Hereditary. ')).toBe(true);
  });
});

describe('taxonomy indexes count their terms in words', () => {
  const entry = (name: string, count: number) => ({
    term: { name, slug: name.toLowerCase() },
    reviews: Array.from({ length: count }),
  });

  test.each([
    [ENGLISH, [entry('Reviews', 3)], 'Reviews by category. 1 category: Reviews (3).'],
    [
      ENGLISH,
      [entry('Reviews', 3), entry('Essays', 1)],
      'Reviews by category. 2 categories: Reviews (3), Essays (1)',
    ],
    [
      KOREAN,
      [entry('영화 추천', 3)],
      '카테고리별로 모아 본 리뷰입니다. 카테고리 1개: 영화 추천 (3).',
    ],
    [
      KOREAN,
      [entry('영화 추천', 3), entry('에세이', 1)],
      '카테고리별로 모아 본 리뷰입니다. 카테고리 2개: 영화 추천 (3), 에세이 (1).',
    ],
  ])('%#: %s', (settings, entries, lead) => {
    const text = taxonomyDescription('categories', entries, settings);
    expect(text.startsWith(lead)).toBe(true);
    expect(text).not.toMatch(/\b1 (entries|categories)\b/);
  });
});
