import { expect, test } from 'vitest';
import { extractFilmFacts, parseRating } from '../../../../src/cli/import/film-facts';
import { filmFromPostTitle } from '../../../../src/cli/import/html-post';

test.each([
  ['★★★★☆ (4.5/5)', 4.5],
  ['★★★★☆', 4],
  ['★★★★½', 4.5],
  ['⭐⭐⭐', 3],
  ['★★★★★★★★☆☆', 4],
  ['4.5/5', 4.5],
  ['4.5 / 5점', 4.5],
  ['8/10', 4],
  ['8.7/10', 4.5],
  ['87/100', 4.5],
  ['4.5점', 4.5],
  ['4', 4],
  ['0/5', 0],
])('the rating "%s" is %s out of 5', (text, rating) => {
  expect(parseRating(text)).toBe(rating);
});

test.each(['9.0', '9점', '11/10', '재밌음', '', '★★★★★★★'])(
  'the rating "%s" is not plainly out of 5: left to the author',
  (text) => {
    expect(parseRating(text)).toBeUndefined();
  },
);

test.each([
  [
    '[영화 리뷰] 헤어질 결심 (2022) - 박찬욱 감독의 미스터리 로맨스',
    { title: '헤어질 결심', year: 2022 },
  ],
  [
    '【넷플릭스】 로마 (Roma, 2018) | 솔직 후기',
    { title: '로마', originalTitle: 'Roma', year: 2018 },
  ],
  ["영화 '헤어질 결심' 후기", { title: '헤어질 결심' }],
  ['“그녀” 리뷰: 목소리의 사랑', { title: '그녀' }],
  ['<그녀> 리뷰', { title: '그녀' }],
  ['Her (2013) review: a voice to fall for', { title: 'Her', year: 2013 }],
  ['우리들 (The World of Us) 리뷰', { title: '우리들', originalTitle: 'The World of Us' }],
])('the post title "%s" names the film %o', (title, film) => {
  expect(filmFromPostTitle(title)).toEqual(film);
});

test.each(['[영화 리뷰] 올해 본 영화 결산 - 2022', '주말에 본 영화', "Schindler's List review"])(
  'the post title "%s" names no film plainly',
  (title) => {
    expect(filmFromPostTitle(title)).toBeUndefined();
  },
);

/** The facts of one paragraph per line. */
const factsOf = (...lines: string[]) =>
  extractFilmFacts({
    type: 'root',
    children: lines.map((line) => ({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: line }],
    })),
  }).facts;

test('English info lines as English-language blogs write them', () => {
  expect(
    factsOf(
      'Directed by: Céline Sciamma',
      'Starring: Noémie Merlant (Marianne), Adèle Haenel (Héloïse)',
      'Running time: 2h 2m',
      'Release date: December 6, 2019',
      'Country: France',
      'Genre: Drama, Romance',
      'Rated: R',
      'My rating: 5/5',
    ),
  ).toEqual({
    directors: ['Céline Sciamma'],
    cast: [
      { name: 'Noémie Merlant', role: 'Marianne' },
      { name: 'Adèle Haenel', role: 'Héloïse' },
    ],
    runtime: 122,
    releaseDate: '2019-12-06',
    countries: ['France'],
    genres: ['Drama', 'Romance'],
    certification: 'R',
    rating: 5,
  });
  expect(factsOf('Released: 6 Dec 2019').releaseDate).toBe('2019-12-06');
  // Prose that merely starts with a word and a colon is no info line.
  expect(factsOf('Monday: matches. Tuesday: a girl.')).toEqual({});
});

test('a line of stars alone is the rating; stars inside a sentence are not', () => {
  expect(factsOf('★★★★☆')).toEqual({ rating: 4 });
  expect(factsOf(' ★★★½ ')).toEqual({ rating: 3.5 });
  expect(factsOf('별이 ★★★★ 네 개')).toEqual({});
});
