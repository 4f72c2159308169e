import { readdirSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { isSupportedNode, SHIPPED_NODE_MAJOR } from '../../src/integrations/node-version';
import type { BuildResult } from '../helpers/build-site';
import { html, text } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

let build: BuildResult;

beforeAll(async () => {
  build = await sharedBuild('sample');
  if (!build.ok) throw new Error(`The sample site did not build:\n${build.output}`);
});

const page = (file: string) => html(build.site.read(file));

test('the build runs on the Node.js 24 that npm ci installs (npm scripts put it first on their PATH)', () => {
  const [, version = ''] = /\[marquee:node-version\] Node\.js (\S+)/.exec(build.output) ?? [];
  expect(isSupportedNode(version), `the build ran on Node.js "${version}"`).toBe(true);
  expect(Number(version.split('.')[0]), `the build ran on Node.js "${version}"`).toBe(SHIPPED_NODE_MAJOR);
});

/** The info block as a map of label → value text. */
function infoRows(file: string): Record<string, string> {
  const rows = page(file).querySelectorAll('.info-row');
  return Object.fromEntries(rows.map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]));
}

describe('the Her review page', () => {
  const file = 'reviews/her/index.html';

  test('is built at /reviews/her/ with the post title and language', () => {
    const doc = page(file);
    expect(text(doc.querySelector('h1'))).toBe('그녀, 목소리만으로 사랑에 빠질 수 있을까');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ko');
    expect(doc.querySelector('title')?.textContent).toBe('그녀, 목소리만으로 사랑에 빠질 수 있을까 | 마키 시네마');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('스파이크 존즈');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://marquee.example.com/reviews/her/');
  });

  test('shows the category with its running number', () => {
    // Her is the second 영화 추천 review by date (after 리틀 포레스트 is 힐링 영화, so: her 2022-06-18 is the first).
    expect(text(page(file).querySelector('.review-header__category'))).toBe('영화 추천 · 1번째');
    expect(text(page('reviews/decision-to-leave/index.html').querySelector('.review-header__category'))).toBe('영화 추천 · 2번째');
    expect(text(page('reviews/aftersun/index.html').querySelector('.review-header__category'))).toBe('영화 추천 · 3번째');
  });

  test('dates are in Korean format, with the rewatch mark and reading time', () => {
    const doc = page(file);
    expect(text(doc.querySelector('.review-header__published'))).toBe('작성 2022. 6. 18.');
    expect(doc.querySelector('.review-header__published time')?.getAttribute('datetime')).toBe('2022-06-18');
    expect(text(doc.querySelector('.review-header__updated'))).toBe('수정 2022. 7. 2.');
    expect(text(doc.querySelector('.review-header__watched'))).toBe('관람 2022. 6. 12. ↻ 재관람');
    expect(text(doc.querySelector('.review-header__reading-time'))).toMatch(/^\d+분 분량$/);
  });

  test('the info block lists every film fact', () => {
    expect(infoRows(file)).toMatchObject({
      원제: 'Her',
      '제작 연도': '2013',
      장르: '드라마, 멜로, 로맨스, SF',
      국가: '미국',
      '상영 시간': '125분',
      '관람 등급': '청소년 관람불가',
      개봉: '2014. 5. 22.',
      감독: '스파이크 존즈',
      각본: '스파이크 존즈',
      좋아요: '♥ 마음에 든 영화',
    });
    expect(infoRows(file)['평점']).toContain('5점 만점에 4.5점');
    const doc = page(file);
    expect(doc.querySelector('.info-block__poster')?.getAttribute('alt')).toBe('그녀 포스터');
    // Name and role as read (the placeholder initial of a member without a photo is aria-hidden).
    const cast = doc
      .querySelectorAll('.info-block__person')
      .map((person) => [text(person.querySelector('a')), text(person.querySelector('.info-block__role'))].filter(Boolean).join(' '));
    expect(cast).toEqual([
      '호아킨 피닉스 테오도르',
      '스칼렛 요한슨 사만다 (목소리)',
      '에이미 아담스 에이미',
      '루니 마라 캐서린',
      '크리스 프랫',
    ]);
    expect(doc.querySelectorAll('img.info-block__photo')).toHaveLength(4);
    // 크리스 프랫 has no photo: his initial stands in, in the same circle, so the row stays in line.
    expect(text(doc.querySelector('.info-block__photo--none'))).toBe('크');
    expect(doc.querySelector('.info-block__links a[href="https://www.imdb.com/title/tt1798709/"]')).not.toBeNull();
  });

  test('sections come in the contract order', () => {
    // Her's trailer is placed in the body by `::trailer`, so it comes with the body (see below).
    const order = [
      '.review-header__category',
      '.review-header__title',
      '.review-header__film',
      '.review-header__published',
      '.review-header__reading-time',
      '.info-block',
      '.review__body',
      '.review__gallery',
      '.review-tags',
      '.prev-next',
    ];
    const found = page(file)
      .querySelectorAll(order.join(', '))
      .map((element) => order.find((selector) => element.classList.contains(selector.slice(1))));
    expect([...new Set(found)]).toEqual(order);
  });

  test('movie.trailer and a ::trailer of the same video make one player, where the author placed it', () => {
    const doc = page(file);
    expect(doc.querySelectorAll('marquee-trailer')).toHaveLength(1);
    expect(doc.querySelector('.review__body marquee-trailer')).not.toBeNull();
    expect(doc.querySelector('.review__trailer')).toBeNull();
  });

  test('a review without a body trailer shows movie.trailer after the info block', () => {
    const doc = page('reviews/decision-to-leave/index.html');
    expect(doc.querySelectorAll('marquee-trailer')).toHaveLength(1);
    expect(doc.querySelector('.review__trailer marquee-trailer')).not.toBeNull();
  });

  test('links to the previous (older) and next (newer) review', () => {
    const doc = page(file);
    expect(doc.querySelector('.prev-next a[rel="prev"]')?.getAttribute('href')).toBe('/reviews/little-forest/');
    expect(doc.querySelector('.prev-next a[rel="next"]')?.getAttribute('href')).toBe('/reviews/decision-to-leave/');
  });

  test('shows the spoiler warning and tags', () => {
    const doc = page(file);
    expect(text(doc.querySelector('.review__spoiler-warning'))).toContain('스포일러');
    expect(doc.querySelectorAll('.review-tags a').map((a) => text(a))).toEqual(['#인생영화', '#로맨스', '#SF', '#비 오는 날']);
  });

  test('has no comments: they are off unless the settings enable them', () => {
    expect(page(file).querySelector('.comments')).toBeNull();
  });

  test('has a skip link to the main landmark', () => {
    const doc = page(file);
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('header')).not.toBeNull();
    expect(doc.querySelector('footer')).not.toBeNull();
  });
});

describe('other sample pages', () => {
  test('an English post in a Korean site marks its content language', () => {
    const doc = page('reviews/paterson/index.html');
    expect(doc.querySelector('main')?.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('.review-header__category'))).toBe('Slow cinema · 1번째');
  });

  test('a slug override sets the URL', () => {
    expect(build.site.exists('reviews/columbus/index.html')).toBe(true);
    expect(build.site.exists('reviews/columbus-2017/index.html')).toBe(false);
  });

  test('a description is derived from the first paragraph when absent', () => {
    const description = page('reviews/aftersun/index.html').querySelector('meta[name="description"]')?.getAttribute('content');
    expect(description).toMatch(/^열한 살 소피와 아빠 캘럼이/);
  });

  test('drafts are not built', () => {
    expect(build.site.exists('reviews/unfinished-notes/index.html')).toBe(false);
    expect(build.site.read('index.html')).not.toContain('아직 쓰는 중인 리뷰');
  });

  test('the 404 page exists', () => {
    expect(text(page('404.html').querySelector('h1'))).toBe('페이지를 찾을 수 없습니다');
  });
});

describe('the home page', () => {
  test('lists the newest reviews first with poster, titles, rating and date', () => {
    const doc = page('index.html');
    expect(doc.querySelector('title')?.textContent).toBe('마키 시네마');
    const cards = doc.querySelectorAll('.list__items .review-card');
    expect(cards).toHaveLength(3);
    // The pinned reviews (애프터썬, 그녀) show once, above the list, not again in it.
    expect(cards.map((card) => text(card.querySelector('.review-card__title')))).toEqual([
      'Columbus: architecture as a way of grieving',
      'Paterson: a week of small poems',
      '헤어질 결심, 안개 속에서 건네는 고백',
    ]);
    expect(doc.querySelectorAll('.featured .review-card__title').map((title) => text(title))).toEqual([
      '애프터썬, 기억이라는 비디오테이프',
      '그녀, 목소리만으로 사랑에 빠질 수 있을까',
    ]);
    const first = cards[0]!;
    expect(first.querySelector('img.review-card__poster')?.getAttribute('width')).toBeTruthy();
    expect(text(first.querySelector('.review-card__film'))).toBe('콜럼버스 (2017)');
    expect(text(first.querySelector('.rating'))).toContain('5점 만점에 4점');
    expect(text(first.querySelector('time'))).toBe('2023. 5. 20.');
  });

  test('paginates with reviewsPerPage and links pages both ways', () => {
    const doc = page('index.html');
    expect(doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/page/2/');
    const second = page('page/2/index.html');
    expect(second.querySelectorAll('.list__items .review-card').map((card) => text(card.querySelector('.review-card__title')))).toEqual([
      '리틀 포레스트, 사계절을 한 끼씩',
    ]);
    expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/');
    expect(text(second.querySelector('.pagination a[aria-current="page"]'))).toBe('2');
    // A space before the arrow, as readers see it: "다음 페이지 →", "← 이전 페이지".
    expect(text(doc.querySelector('.pagination a[rel="next"]'))).toBe('다음 페이지 →');
    expect(text(second.querySelector('.pagination a[rel="prev"]'))).toBe('← 이전 페이지');
    expect(build.site.exists('page/3/index.html')).toBe(false);
  });
});

test('Pretendard comes from the cached site stylesheet, not from each page', () => {
  const review = build.site.read('reviews/her/index.html');
  expect(review).not.toContain('@font-face');
  const stylesheets = html(review)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => build.site.read((link.getAttribute('href') ?? '').replace(/^\//, '')));
  const rules = stylesheets.flatMap((css) => css.match(/@font-face\{[^}]*\}/g) ?? []);
  // Pretendard Variable's dynamic subsets: one slice per unicode-range, each a file in dist/.
  expect(rules.length).toBeGreaterThan(80);
  for (const rule of rules) {
    expect(rule).toMatch(/font-family:\s*"?Pretendard Variable"?;/);
    expect(rule).toContain('unicode-range:');
    const [, url = ''] = /url\(([^)]+)\)/.exec(rule) ?? [];
    expect(build.site.exists(url.replace(/^\//, '')), url).toBe(true);
  }
  expect(stylesheets.join('')).toContain('--font-pretendard:"Pretendard Variable"');
});

test('every built page is valid HTML', async () => {
  // The one inline style allowed: each optimised image's blurred placeholder, a data-URI background (ResponsivePicture.astro).
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'no-inline-style': ['error', { allowedProperties: ['display', 'background-image'] }] },
  });
  const pages = readdirSync(build.site.dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(build.site.read(file), file);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});
