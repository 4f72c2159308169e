import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { fieldName } from '../../../src/lib/rules/zod-problems';
import type { ImageHelper } from '../../../src/schemas/fields';
import { reviewSchema } from '../../../src/schemas/review';

/** Stands in for Astro's image(): marks the path the way Astro does, without files. */
const image = (() =>
  z.string().transform((path) => `__ASTRO_IMAGE_${path}`)) as unknown as ImageHelper;
const schema = reviewSchema(image);

const minimal = { title: '그녀', pubDate: new Date('2022-06-18'), movie: { title: '그녀' } };

function problems(input: unknown): { field: string; message: string }[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: fieldName(issue.path),
    message: issue.message,
  }));
}

function fieldsOf(input: unknown): string[] {
  return problems(input).map((problem) => problem.field);
}

describe('review schema: valid posts', () => {
  test('a minimal post parses with defaults', () => {
    const review = schema.parse(minimal);
    expect(review).toMatchObject({
      draft: false,
      tags: [],
      gallery: [],
      spoilers: false,
      rewatch: false,
      liked: false,
      featured: false,
    });
  });

  test('a post with every key parses and normalises', () => {
    const review = schema.parse({
      ...minimal,
      description: '짧은 요약',
      pubDate: '2022-06-18T21:30:00+09:00',
      updatedDate: '2022-07-02',
      draft: true,
      category: '영화 추천',
      tags: ['로맨스', 'SF', '로맨스'],
      rating: 4.5,
      spoilers: true,
      watched: new Date('2022-06-12'),
      rewatch: true,
      liked: true,
      featured: true,
      lang: 'en',
      cover: './cover.jpg',
      slug: 'her-2013',
      movie: {
        title: '그녀',
        originalTitle: 'Her',
        year: 2013,
        genres: ['드라마'],
        countries: ['미국'],
        runtime: 125,
        certification: '청소년 관람불가',
        releaseDate: new Date('2014-05-22'),
        directors: ['스파이크 존즈'],
        writers: ['스파이크 존즈'],
        cast: ['크리스 프랫', { name: '호아킨 피닉스', role: '테오도르', photo: './joaquin.jpg' }],
        poster: './poster.jpg',
        trailer: 'https://youtu.be/ne6p6MfLBxc',
        links: { imdb: 'tt1798709', tmdb: 152601, website: 'https://example.com/' },
      },
      gallery: [{ src: './still-1.jpg', alt: '장면', caption: '캡션' }],
    });
    expect(review.pubDate.toISOString()).toBe('2022-06-18T12:30:00.000Z');
    expect(review.tags).toEqual(['로맨스', 'SF']);
    expect(review.movie.cast).toEqual([
      { name: '크리스 프랫' },
      { name: '호아킨 피닉스', role: '테오도르', photo: '__ASTRO_IMAGE_./joaquin.jpg' },
    ]);
    expect(review.movie.links).toEqual({
      imdb: 'https://www.imdb.com/title/tt1798709/',
      tmdb: 'https://www.themoviedb.org/movie/152601',
      website: 'https://example.com/',
    });
    expect(review.movie.trailer).toEqual({
      provider: 'youtube',
      id: 'ne6p6MfLBxc',
      embedUrl: 'https://www.youtube-nocookie.com/embed/ne6p6MfLBxc',
      watchUrl: 'https://www.youtube.com/watch?v=ne6p6MfLBxc',
    });
    expect(review.gallery[0]).toEqual({
      src: '__ASTRO_IMAGE_./still-1.jpg',
      alt: '장면',
      caption: '캡션',
    });
  });

  test.each([0, 0.5, 3, 4.5, 5])('rating %s is accepted', (rating) => {
    expect(problems({ ...minimal, rating })).toEqual([]);
  });
});

describe('review schema: each rule names the field', () => {
  test.each([
    ['title is required', { pubDate: minimal.pubDate, movie: minimal.movie }, 'title'],
    ['pubDate is required', { title: 'x', movie: minimal.movie }, 'pubDate'],
    ['movie is required', { title: 'x', pubDate: minimal.pubDate }, 'movie'],
    ['movie.title is required', { ...minimal, movie: {} }, 'movie.title'],
    ['unknown top-level key', { ...minimal, ratng: 4 }, ''],
    ['unknown movie key', { ...minimal, movie: { title: 'x', director: ['y'] } }, 'movie'],
    [
      'description over 300 characters',
      { ...minimal, description: 'a'.repeat(301) },
      'description',
    ],
    ['pubDate not a date', { ...minimal, pubDate: 'last tuesday' }, 'pubDate'],
    [
      'updatedDate before pubDate',
      { ...minimal, updatedDate: new Date('2022-06-01') },
      'updatedDate',
    ],
    ['rating above 5', { ...minimal, rating: 6 }, 'rating'],
    ['rating below 0', { ...minimal, rating: -0.5 }, 'rating'],
    ['rating not in steps of 0.5', { ...minimal, rating: 4.3 }, 'rating'],
    ['rating as text', { ...minimal, rating: '4' }, 'rating'],
    ['draft not boolean', { ...minimal, draft: 'yes' }, 'draft'],
    ['lang outside ko/en', { ...minimal, lang: 'ja' }, 'lang'],
    ['tags not a list', { ...minimal, tags: '로맨스' }, 'tags'],
    ['remote cover', { ...minimal, cover: 'https://example.com/a.jpg' }, 'cover'],
    ['runtime not positive', { ...minimal, movie: { title: 'x', runtime: 0 } }, 'movie.runtime'],
    ['runtime not whole', { ...minimal, movie: { title: 'x', runtime: 90.5 } }, 'movie.runtime'],
    ['year not whole', { ...minimal, movie: { title: 'x', year: '2013년' } }, 'movie.year'],
    [
      'releaseDate not a date',
      { ...minimal, movie: { title: 'x', releaseDate: '2014-13-45' } },
      'movie.releaseDate',
    ],
    [
      'cast item without name',
      { ...minimal, movie: { title: 'x', cast: [{ role: '테오도르' }] } },
      'movie.cast[0].name',
    ],
    [
      'cast item with unknown key',
      { ...minimal, movie: { title: 'x', cast: [{ name: 'a', character: 'b' }] } },
      'movie.cast[0]',
    ],
    ['cast item of wrong type', { ...minimal, movie: { title: 'x', cast: [42] } }, 'movie.cast[0]'],
    [
      'remote poster',
      { ...minimal, movie: { title: 'x', poster: 'http://example.com/p.jpg' } },
      'movie.poster',
    ],
    [
      'bad trailer',
      { ...minimal, movie: { title: 'x', trailer: 'https://example.com/video' } },
      'movie.trailer',
    ],
    [
      'bad imdb id',
      { ...minimal, movie: { title: 'x', links: { imdb: '1798709' } } },
      'movie.links.imdb',
    ],
    [
      'bad tmdb id',
      { ...minimal, movie: { title: 'x', links: { tmdb: 'her' } } },
      'movie.links.tmdb',
    ],
    [
      'bad website',
      { ...minimal, movie: { title: 'x', links: { website: 'not a url' } } },
      'movie.links.website',
    ],
    ['gallery item without alt', { ...minimal, gallery: [{ src: './a.jpg' }] }, 'gallery[0].alt'],
    ['gallery item without src', { ...minimal, gallery: [{ alt: 'a' }] }, 'gallery[0].src'],
    [
      'gallery remote src',
      { ...minimal, gallery: [{ src: 'https://x.test/a.jpg', alt: 'a' }] },
      'gallery[0].src',
    ],
    ['slug with a slash', { ...minimal, slug: 'a/b' }, 'slug'],
  ])('%s', (_name, input, field) => {
    expect(fieldsOf(input)).toContain(field);
  });

  test('unknown keys are named in the message', () => {
    expect(problems({ ...minimal, ratng: 4 })[0]?.message).toContain('ratng');
  });

  test('a bad trailer names the value and what is accepted', () => {
    const [problem] = problems({
      ...minimal,
      movie: { title: 'x', trailer: 'https://example.com/video' },
    });
    expect(problem?.message).toContain('"https://example.com/video"');
    expect(problem?.message).toContain('YouTube');
  });

  test('updatedDate before pubDate says both dates', () => {
    const [problem] = problems({ ...minimal, updatedDate: new Date('2022-06-01') });
    expect(problem?.message).toContain('2022-06-01');
    expect(problem?.message).toContain('2022-06-18');
  });
});
