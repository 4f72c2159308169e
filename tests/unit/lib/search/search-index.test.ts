import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageUrl, prepareForIndex } from '../../../../src/lib/search/search-index';
import { searchFilterValues, searchRecord } from '../../../../src/lib/search/search-record';

describe('prepareForIndex', () => {
  test('segments the text and nothing else: attributes, metadata and scripts stay as written', () => {
    const page =
      '<html lang="ko"><body><main data-pagefind-body><h1 title="영화추천">영화추천</h1>' +
      '<div hidden data-pagefind-meta="film[data-film]" data-film="그녀 (2013)"></div>' +
      '<span data-pagefind-filter="genre">로맨스</span><script>const 테오도르는 = 1;</script></main></body></html>';
    const prepared = prepareForIndex(page);
    expect(prepared).toContain('<h1 title="영화추천">영화추천|~화추천|~추천</h1>');
    expect(prepared).toContain('data-film="그녀 (2013)"');
    expect(prepared).toContain('<span data-pagefind-filter="genre">로맨스</span>');
    expect(prepared).toContain('const 테오도르는 = 1;');
  });

  test('keeps the title and <main>, and drops the head, header, navigation and footer', () => {
    const page =
      '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>Her | Marquee</title><link rel="stylesheet" href="/a.css"></head>' +
      '<body><header><nav><a href="/">리뷰</a></nav></header><main id="main"><article data-pagefind-body><h1>그녀</h1></article></main>' +
      '<footer>푸터</footer></body></html>';
    expect(prepareForIndex(page)).toBe(
      '<!doctype html><html lang="ko"><head><title>Her | Marquee</title></head>' +
        '<body><main id="main"><article data-pagefind-body><h1>그녀</h1></article></main></body></html>',
    );
  });
});

describe('pageUrl', () => {
  test.each([
    [['reviews', 'her', 'index.html'], '/reviews/her/'],
    [['reviews', '그녀', 'index.html'], '/reviews/%EA%B7%B8%EB%85%80/'],
  ])('%j → %s', (segments, url) => {
    expect(pageUrl(segments.join(path.sep))).toBe(url);
  });
});

describe('search records', () => {
  const review = (
    rating: number | undefined,
    year: number | undefined,
    genres: string[],
    directors: string[] = [],
  ) =>
    ({
      description: '요약',
      data: { title: '제목', rating, movie: { title: '영화', year, genres } },
      // What the term registry made of the names (the site's labels).
      terms: { genres: genres.map((name) => ({ name, slug: name })) },
      credits: { directors: directors.map((name) => ({ name, slug: name })) },
    }) as unknown as Parameters<typeof searchRecord>[0];

  test('a review gives what a result shows and its filter values', () => {
    expect(
      searchRecord(review(4.5, 2013, ['드라마', 'SF'], ['스파이크 존즈']), '/_astro/poster.webp'),
    ).toEqual({
      meta: {
        title: '제목',
        film: '영화 (2013)',
        description: '요약',
        director: '스파이크 존즈',
        rating: '4.5',
        image: '/_astro/poster.webp',
      },
      filters: { genre: ['드라마', 'SF'], year: ['2013'], rating: ['4.5'] },
    });
  });

  test('an unrated review without a year has no rating or year to filter by', () => {
    expect(searchRecord(review(undefined, undefined, [])).filters).toEqual({
      genre: [],
      year: [],
      rating: [],
    });
  });

  test('the menus list each value once: genres in Korean order, years and ratings highest first', () => {
    const reviews = [
      review(4, 2016, ['코미디', '드라마']),
      review(5, 2022, ['드라마', 'SF']),
      review(4, 2013, ['로맨스']),
    ];
    expect(searchFilterValues(reviews, 'ko-KR')).toEqual({
      genre: ['드라마', '로맨스', '코미디', 'SF'],
      year: ['2022', '2016', '2013'],
      rating: ['5', '4'],
    });
  });
});
