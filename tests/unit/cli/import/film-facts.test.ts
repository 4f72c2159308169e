import { expect, test } from 'vitest';
import { parseRating } from '../../../../src/cli/import/film-facts';
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
])('the post title "%s" names the film %o', (title, film) => {
  expect(filmFromPostTitle(title)).toEqual(film);
});

test.each(['[영화 리뷰] 올해 본 영화 결산 - 2022', '주말에 본 영화', "Schindler's List review"])(
  'the post title "%s" names no film plainly',
  (title) => {
    expect(filmFromPostTitle(title)).toBeUndefined();
  },
);
