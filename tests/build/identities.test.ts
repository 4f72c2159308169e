import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build-site';
import { html, text } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

/**
 * The film-identity fixture: a Korean site with English and Korean reviews of the same
 * films, genres, countries and people under different spellings and languages, and a
 * `people.yaml` that merges the people.
 */
let build: BuildResult;

beforeAll(async () => {
  build = await sharedBuild('identities');
  if (!build.ok) throw new Error(`The identities fixture did not build:\n${build.output}`);
});

const page = (file: string) => html(build.site.read(file));
const cardTitles = (file: string) =>
  page(file)
    .querySelectorAll('.list__items .review-card__title')
    .map((title) => text(title));
/** An index page as `name → count`. */
const termList = (file: string) =>
  Object.fromEntries(
    page(file)
      .querySelectorAll('.term-list__item')
      .map((item) => [
        text(item.querySelector('a')),
        text(item.querySelector('.term-list__count')),
      ]),
  );
const jsonLd = (file: string) =>
  page(file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>)
    .find((data) => data['@type'] === 'Review')!;

describe('one term per genre, country and person, whatever the spelling or language', () => {
  test("genres: `Drama` and `드라마`, `Sci-Fi` and `SF`, `멜로` and `Romance` are one page each, named in the site's language", () => {
    expect(termList('genres/index.html')).toEqual({
      드라마: '5편',
      로맨스: '3편',
      스릴러: '2편',
      코미디: '2편',
      SF: '3편',
      // Outside the vocabulary: kept as written (and the check says so).
      Dramma: '1편',
      무협: '1편',
    });
    expect(cardTitles('genres/드라마/index.html')).toEqual([
      '다시 본 그녀',
      '기생충, 계단의 영화',
      'Parasite, stairs and smells',
      'Her, in English',
      '그녀, 목소리만으로',
    ]);
  });

  test('countries: `South Korea`, `대한민국` and `KR` are one country; `USA` and `미국` another', () => {
    expect(termList('countries/index.html')).toEqual({ 대한민국: '3편', 미국: '3편' });
  });

  test('people: every spelling in people.yaml leads to one person, titled with the registered name', () => {
    const people = termList('people/index.html');
    expect(people).toMatchObject({ '스칼릿 조핸슨': '3편', 봉준호: '2편' });
    for (const spelling of ['스칼렛 요한슨', 'Scarlett Johansson', 'Bong Joon Ho'])
      expect(people).not.toHaveProperty(spelling);
    expect(text(page('people/스칼릿-조핸슨/index.html').querySelector('h1'))).toBe('스칼릿 조핸슨');
    expect(cardTitles('people/스칼릿-조핸슨/index.html')).toEqual([
      '다시 본 그녀',
      'Her, in English',
      '그녀, 목소리만으로',
    ]);
    // Not in the registry: `봉 준호` stays a person of its own (the check warns about it).
    expect(people).toHaveProperty('봉 준호', '1편');
  });
});

describe('old addresses of a spelling redirect to its term', () => {
  test.each([
    ['genres/drama', '/genres/%EB%93%9C%EB%9D%BC%EB%A7%88/', '드라마'],
    ['genres/멜로', '/genres/%EB%A1%9C%EB%A7%A8%EC%8A%A4/', '로맨스'],
    ['countries/south-korea', '/countries/%EB%8C%80%ED%95%9C%EB%AF%BC%EA%B5%AD/', '대한민국'],
    [
      'people/스칼렛-요한슨',
      '/people/%EC%8A%A4%EC%B9%BC%EB%A6%BF-%EC%A1%B0%ED%95%B8%EC%8A%A8/',
      '스칼릿 조핸슨',
    ],
    [
      'people/scarlett-johansson',
      '/people/%EC%8A%A4%EC%B9%BC%EB%A6%BF-%EC%A1%B0%ED%95%B8%EC%8A%A8/',
      '스칼릿 조핸슨',
    ],
    ['people/bong-joon-ho', '/people/%EB%B4%89%EC%A4%80%ED%98%B8/', '봉준호'],
  ])('/%s/ → %s', (from, to, name) => {
    const redirect = page(`${from}/index.html`);
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      `0; url=${to}`,
    );
    expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://identities.example.com${to}`,
    );
    expect(redirect.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(redirect.querySelector('a')?.getAttribute('href')).toBe(to);
    expect(text(redirect.querySelector('a'))).toContain(name);
  });

  test('redirects are not in the sitemap; the terms they lead to are', () => {
    const sitemap = build.site.read('sitemap-0.xml');
    expect(sitemap).not.toContain('/genres/drama/');
    expect(sitemap).not.toContain('/people/scarlett-johansson/');
    expect(sitemap).toContain('/genres/%EB%93%9C%EB%9D%BC%EB%A7%88/');
  });
});

describe('reviews of one film', () => {
  const filmReviews = (file: string) =>
    page(file)
      .querySelectorAll('.film-reviews__item')
      .map((item) => text(item).replace(/\s+/g, ' '));

  test('by TMDB id: each review lists all of them, newest first, with date, rating and viewing', () => {
    expect(text(page('reviews/her/index.html').querySelector('#film-reviews-heading'))).toBe(
      '이 영화의 리뷰 3편',
    );
    const items = filmReviews('reviews/her/index.html');
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^다시 본 그녀 2024\. 1\. 28\. .*↻ 재관람$/);
    expect(items[1]).toMatch(/^Her, in English 2022\. 6\. 12\. .*첫 관람$/);
    expect(items[2]).toMatch(/^이 리뷰 2022\. 6\. 12\. .*첫 관람$/);
    const links = page('reviews/her-rewatch/index.html')
      .querySelectorAll('.film-reviews__item a')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/reviews/her-english/', '/reviews/her/']);
  });

  test('by original title and year, where neither review has an id: linked both ways', () => {
    const link = (file: string) =>
      page(file)
        .querySelectorAll('.film-reviews__item a')
        .map((item) => item.getAttribute('href'));
    expect(link('reviews/parasite-ko/index.html')).toEqual(['/reviews/parasite-en/']);
    expect(link('reviews/parasite-en/index.html')).toEqual(['/reviews/parasite-ko/']);
  });

  test('a film reviewed once has no such list', () => {
    expect(page('reviews/mother/index.html').querySelector('.film-reviews')).toBeNull();
  });

  test("a rewatch that leaves facts out shows the film's merged facts, and its own where it gives them", () => {
    const info = text(page('reviews/her-rewatch/index.html').querySelector('.info-block'));
    expect(info).toContain('2013');
    expect(info).toContain('호아킨 피닉스');
    expect(info).toContain('스칼릿 조핸슨');
    expect(info).toContain('스파이크 존즈');
    expect(info).toContain('125분');
    expect(info).not.toContain('126분');
  });

  test('rewatches are marked on cards and in the header; a review in the other language is not a rewatch', () => {
    const card = (slug: string) =>
      page('index.html')
        .querySelectorAll('.review-card')
        .find((item) => item.querySelector(`a[href="/reviews/${slug}/"]`));
    expect(text(card('her-rewatch')?.querySelector('.review-card__rewatch'))).toBe('↻ 재관람');
    expect(card('her')?.querySelector('.review-card__rewatch')).toBeNull();
    expect(card('parasite-ko')?.querySelector('.review-card__rewatch')).toBeNull();
    expect(
      text(page('reviews/her-rewatch/index.html').querySelector('.review-header__rewatch')),
    ).toBe('↻ 재관람');
  });

  test('/stats/ counts films and reviews apart', () => {
    const summary = page('stats/index.html')
      .querySelectorAll('.stats__summary > div')
      .map((item) => text(item).replace(/\s+/g, ' '));
    expect(summary.slice(0, 2)).toEqual(['본 영화 3편', '쓴 리뷰 6편']);
  });
});

describe('structured data and attribution', () => {
  test("JSON-LD: the site's genre and country labels; a registered person under their English name in an English review", () => {
    const movie = jsonLd('reviews/her-english/index.html').itemReviewed as Record<string, unknown>;
    expect(movie.genre).toEqual(['드라마', '로맨스', 'SF']);
    expect(movie.countryOfOrigin).toEqual([{ '@type': 'Country', name: '미국' }]);
    expect(movie.actor).toEqual(
      expect.arrayContaining([{ '@type': 'Person', name: 'Scarlett Johansson' }]),
    );
    const korean = jsonLd('reviews/her/index.html').itemReviewed as Record<string, unknown>;
    expect(korean.actor).toEqual(
      expect.arrayContaining([{ '@type': 'Person', name: '스칼릿 조핸슨' }]),
    );
  });

  test("TMDB's notice is in the footer of a site whose reviews carry TMDB ids", () => {
    expect(text(page('index.html').querySelector('.site-footer__tmdb'))).toBe(
      '이 사이트는 TMDB API를 사용하지만 TMDB의 보증이나 인증을 받지 않았습니다.',
    );
  });
});

test('the build names what the check warns about', () => {
  expect(build.output).toContain(
    'content/reviews/mother/index.md:8:12 movie.genres[0]: "Dramma" is not one of the built-in genres',
  );
  expect(build.output).toContain('"봉 준호" (content/reviews/mother/index.md:10) and "봉준호"');
  expect(build.output).toContain(
    'content/reviews/her-rewatch/index.md:8:3 movie.runtime: 125 here, 126 in content/reviews/her/index.md:12',
  );
});
