import { readdirSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { isSupportedNode, SHIPPED_NODE_MAJOR } from '../../src/integrations/node-version';
import type { BuildResult } from '../helpers/build-site';
import { PAGE_TYPE_SITES, type PageTypeSite } from '../helpers/fixture-sites';
import { html, text } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

/**
 * The Korean sample site and its English twin, built once each: the same posts, so the
 * same assertions, with what each shows in its own language.
 */
interface Expected {
  siteTitle: string;
  her: {
    title: string;
    descriptionHas: string;
    /** The category line of Her, Decision to Leave and Aftersun: the first three reviews of the default category. */
    categories: [string, string, string];
    published: string;
    updated: string;
    watched: string;
    readingTime: RegExp;
    info: Record<string, string>;
    ratingLabel: string;
    ratingHas: string;
    posterAlt: string;
    cast: string[];
    initial: string;
    spoilerWarningHas: string;
    tags: string[];
  };
  /** A post in the other language than the site's. */
  otherLanguage: { file: string; lang: string; category: string };
  derivedDescription: { file: string; start: RegExp };
  draftTitle: string;
  notFound: string;
  home: {
    cards: string[];
    featured: string[];
    film: string;
    rating: string;
    date: string;
    secondPage: string[];
    next: string;
    previous: string;
  };
}

const EXPECTED: Record<PageTypeSite['fixture'], Expected> = {
  sample: {
    siteTitle: '마키 시네마',
    her: {
      title: '그녀, 목소리만으로 사랑에 빠질 수 있을까',
      descriptionHas: '스파이크 존즈',
      // Her is the first 영화 추천 review by date (리틀 포레스트, older, is 힐링 영화).
      categories: ['영화 추천 · 1번째', '영화 추천 · 2번째', '영화 추천 · 3번째'],
      published: '작성 2022. 6. 18.',
      updated: '수정 2022. 7. 2.',
      watched: '관람 2022. 6. 12. ↻ 재관람',
      readingTime: /^\d+분 분량$/,
      info: {
        원제: 'Her',
        '제작 연도': '2013',
        장르: '드라마, 로맨스, SF',
        국가: '미국',
        '상영 시간': '125분',
        '관람 등급': '청소년 관람불가',
        개봉: '2014. 5. 22.',
        감독: '스파이크 존즈',
        각본: '스파이크 존즈',
        좋아요: '♥ 마음에 든 영화',
      },
      ratingLabel: '평점',
      ratingHas: '5점 만점에 4.5점',
      posterAlt: '그녀 포스터',
      cast: [
        '호아킨 피닉스 테오도르',
        '스칼렛 요한슨 사만다 (목소리)',
        '에이미 아담스 에이미',
        '루니 마라 캐서린',
        '크리스 프랫',
      ],
      initial: '크',
      spoilerWarningHas: '스포일러',
      tags: ['#인생영화', '#로맨스', '#SF', '#비 오는 날'],
    },
    otherLanguage: {
      file: 'reviews/paterson/index.html',
      lang: 'en',
      category: 'Slow cinema · 1번째',
    },
    derivedDescription: {
      file: 'reviews/aftersun/index.html',
      start: /^열한 살 소피와 아빠 캘럼이/,
    },
    draftTitle: '아직 쓰는 중인 리뷰',
    notFound: '페이지를 찾을 수 없습니다',
    home: {
      cards: [
        'Columbus: architecture as a way of grieving',
        'Paterson: a week of small poems',
        '헤어질 결심, 안개 속에서 건네는 고백',
      ],
      featured: ['애프터썬, 기억이라는 비디오테이프', '그녀, 목소리만으로 사랑에 빠질 수 있을까'],
      film: '콜럼버스 (2017)',
      rating: '5점 만점에 4점',
      date: '2023. 5. 20.',
      secondPage: ['리틀 포레스트, 사계절을 한 끼씩'],
      // A space before the arrow, as readers see it: "다음 페이지 →", "← 이전 페이지".
      next: '다음 페이지 →',
      previous: '← 이전 페이지',
    },
  },
  english: {
    siteTitle: 'Marquee Cinema',
    her: {
      title: 'Her: can you fall in love with a voice?',
      descriptionHas: 'Spike Jonze',
      // Her names no category: it is in the default one, "Reviews", set in site.config.ts.
      categories: ['Reviews · No. 1', 'Reviews · No. 2', 'Reviews · No. 3'],
      published: 'Published June 18, 2022',
      // 21:30 in New York (the site's time zone), not the next day in UTC.
      updated: 'Updated July 2, 2022',
      watched: 'Watched June 12, 2022 ↻ Rewatch',
      readingTime: /^\d+ min read$/,
      info: {
        Year: '2013',
        Genres: 'Drama, Romance, Science Fiction',
        Country: 'United States',
        Runtime: '2h 6m',
        Rated: 'R',
        Released: 'January 10, 2014',
        Director: 'Spike Jonze',
        Writer: 'Spike Jonze',
        Liked: '♥ Liked it',
      },
      ratingLabel: 'Rating',
      ratingHas: '4.5 out of 5',
      posterAlt: 'Poster of Her',
      cast: [
        'Joaquin Phoenix Theodore',
        'Scarlett Johansson Samantha (voice)',
        'Amy Adams Amy',
        'Rooney Mara Catherine',
        'Chris Pratt',
      ],
      initial: 'C',
      spoilerWarningHas: 'spoilers',
      tags: ['#all-time favourites', '#romance', '#science fiction', '#rainy day'],
    },
    otherLanguage: {
      file: 'reviews/little-forest/index.html',
      lang: 'ko',
      category: 'Comfort films · No. 1',
    },
    derivedDescription: {
      file: 'reviews/aftersun/index.html',
      start: /^Eleven-year-old Sophie and her father Calum/,
    },
    draftTitle: 'A review still being written',
    notFound: 'Page not found',
    home: {
      cards: [
        'Columbus: architecture as a way of grieving',
        'Paterson: a week of small poems',
        'Decision to Leave: a confession in the fog',
      ],
      featured: ['Aftersun: memory on videotape', 'Her: can you fall in love with a voice?'],
      film: 'Columbus (2017)',
      rating: '4 out of 5',
      date: 'May 20, 2023',
      secondPage: ['리틀 포레스트, 사계절을 한 끼씩'],
      next: 'Next page →',
      previous: '← Previous page',
    },
  },
};

describe.each(PAGE_TYPE_SITES)('$name', ({ fixture, language }) => {
  const expected = EXPECTED[fixture];
  let build: BuildResult;

  beforeAll(async () => {
    build = await sharedBuild(fixture);
    if (!build.ok) throw new Error(`The ${fixture} site did not build:\n${build.output}`);
  });

  const page = (file: string) => html(build.site.read(file));

  test('the build runs on the Node.js 24 that npm ci installs (npm scripts put it first on their PATH)', () => {
    const [, version = ''] = /\[marquee:node-version\] Node\.js (\S+)/.exec(build.output) ?? [];
    expect(isSupportedNode(version), `the build ran on Node.js "${version}"`).toBe(true);
    expect(Number(version.split('.')[0]), `the build ran on Node.js "${version}"`).toBe(
      SHIPPED_NODE_MAJOR,
    );
  });

  /** The info block as a map of label → value text. */
  function infoRows(file: string): Record<string, string> {
    const rows = page(file).querySelectorAll('.info-row');
    return Object.fromEntries(
      rows.map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]),
    );
  }

  describe('the Her review page', () => {
    const file = 'reviews/her/index.html';

    test('is built at /reviews/her/ with the post title and language', () => {
      const doc = page(file);
      expect(text(doc.querySelector('h1'))).toBe(expected.her.title);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(language);
      expect(doc.querySelector('title')?.textContent).toBe(
        `${expected.her.title} | ${expected.siteTitle}`,
      );
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(
        expected.her.descriptionHas,
      );
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        'https://marquee.example.com/reviews/her/',
      );
    });

    test('shows the category with its running number', () => {
      const categories = ['her', 'decision-to-leave', 'aftersun'].map((slug) =>
        text(page(`reviews/${slug}/index.html`).querySelector('.review-header__category')),
      );
      expect(categories).toEqual(expected.her.categories);
    });

    test('dates are in the site language’s format, with the rewatch mark and reading time', () => {
      const doc = page(file);
      expect(text(doc.querySelector('.review-header__published'))).toBe(expected.her.published);
      expect(doc.querySelector('.review-header__published time')?.getAttribute('datetime')).toBe(
        '2022-06-18',
      );
      expect(text(doc.querySelector('.review-header__updated'))).toBe(expected.her.updated);
      expect(doc.querySelector('.review-header__updated time')?.getAttribute('datetime')).toBe(
        '2022-07-02',
      );
      expect(text(doc.querySelector('.review-header__watched'))).toBe(expected.her.watched);
      expect(text(doc.querySelector('.review-header__reading-time'))).toMatch(
        expected.her.readingTime,
      );
    });

    test('the info block lists every film fact', () => {
      expect(infoRows(file)).toMatchObject(expected.her.info);
      expect(infoRows(file)[expected.her.ratingLabel]).toContain(expected.her.ratingHas);
      const doc = page(file);
      expect(doc.querySelector('.info-block__poster')?.getAttribute('alt')).toBe(
        expected.her.posterAlt,
      );
      // Name and role as read (the placeholder initial of a member without a photo is aria-hidden).
      const cast = doc
        .querySelectorAll('.info-block__person')
        .map((person) =>
          [text(person.querySelector('a')), text(person.querySelector('.info-block__role'))]
            .filter(Boolean)
            .join(' '),
        );
      expect(cast).toEqual(expected.her.cast);
      expect(doc.querySelectorAll('img.info-block__photo')).toHaveLength(4);
      // The last actor has no photo: his initial stands in, in the same circle, so the row stays in line.
      expect(text(doc.querySelector('.info-block__photo--none'))).toBe(expected.her.initial);
      expect(
        doc.querySelector('.info-block__links a[href="https://www.imdb.com/title/tt1798709/"]'),
      ).not.toBeNull();
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
      expect(doc.querySelector('.prev-next a[rel="prev"]')?.getAttribute('href')).toBe(
        '/reviews/little-forest/',
      );
      expect(doc.querySelector('.prev-next a[rel="next"]')?.getAttribute('href')).toBe(
        '/reviews/decision-to-leave/',
      );
    });

    test('shows the spoiler warning and tags', () => {
      const doc = page(file);
      expect(text(doc.querySelector('.review__spoiler-warning'))).toContain(
        expected.her.spoilerWarningHas,
      );
      expect(doc.querySelectorAll('.review-tags a').map((a) => text(a))).toEqual(expected.her.tags);
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

  describe('other pages', () => {
    test('a post in the other language marks its content language', () => {
      const doc = page(expected.otherLanguage.file);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(language);
      expect(doc.querySelector('main')?.getAttribute('lang')).toBe(expected.otherLanguage.lang);
      expect(text(doc.querySelector('.review-header__category'))).toBe(
        expected.otherLanguage.category,
      );
    });

    test('a slug override sets the URL', () => {
      expect(build.site.exists('reviews/columbus/index.html')).toBe(true);
      expect(build.site.exists('reviews/columbus-2017/index.html')).toBe(false);
    });

    test('a description is derived from the first paragraph when absent', () => {
      const description = page(expected.derivedDescription.file)
        .querySelector('meta[name="description"]')
        ?.getAttribute('content');
      expect(description).toMatch(expected.derivedDescription.start);
    });

    test('drafts are not built', () => {
      expect(build.site.exists('reviews/unfinished-notes/index.html')).toBe(false);
      expect(build.site.read('index.html')).not.toContain(expected.draftTitle);
    });

    test('the 404 page exists', () => {
      expect(text(page('404.html').querySelector('h1'))).toBe(expected.notFound);
    });
  });

  describe('the home page', () => {
    test('lists the newest reviews first with poster, titles, rating and date', () => {
      const doc = page('index.html');
      expect(doc.querySelector('title')?.textContent).toBe(expected.siteTitle);
      const cards = doc.querySelectorAll('.list__items .review-card');
      expect(cards).toHaveLength(3);
      // The pinned reviews (Aftersun, Her) show once, above the list, not again in it.
      expect(cards.map((card) => text(card.querySelector('.review-card__title')))).toEqual(
        expected.home.cards,
      );
      expect(
        doc.querySelectorAll('.featured .review-card__title').map((title) => text(title)),
      ).toEqual(expected.home.featured);
      const first = cards[0]!;
      expect(first.querySelector('img.review-card__poster')?.getAttribute('width')).toBeTruthy();
      expect(text(first.querySelector('.review-card__film'))).toBe(expected.home.film);
      expect(text(first.querySelector('.rating'))).toContain(expected.home.rating);
      expect(text(first.querySelector('time'))).toBe(expected.home.date);
    });

    test('paginates with reviewsPerPage and links pages both ways', () => {
      const doc = page('index.html');
      expect(doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/page/2/');
      const second = page('page/2/index.html');
      expect(
        second
          .querySelectorAll('.list__items .review-card')
          .map((card) => text(card.querySelector('.review-card__title'))),
      ).toEqual(expected.home.secondPage);
      expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/');
      expect(text(second.querySelector('.pagination a[aria-current="page"]'))).toBe('2');
      expect(text(doc.querySelector('.pagination a[rel="next"]'))).toBe(expected.home.next);
      expect(text(second.querySelector('.pagination a[rel="prev"]'))).toBe(expected.home.previous);
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
      rules: {
        'no-inline-style': ['error', { allowedProperties: ['display', 'background-image'] }],
      },
    });
    const pages = readdirSync(build.site.dist, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(build.site.read(file), file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(
            `${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });
});
