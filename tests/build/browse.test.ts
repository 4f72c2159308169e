import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build-site';
import { html, text } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

let build: BuildResult;

beforeAll(async () => {
  build = await sharedBuild('browse');
  if (!build.ok) throw new Error(`The browse fixture did not build:\n${build.output}`);
});

const page = (file: string) => html(build.site.read(file));
const htmlFiles = () =>
  readdirSync(build.site.dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
/** An index page as `name → count` in page order. */
const termList = (file: string) =>
  page(file)
    .querySelectorAll('.term-list__item')
    .map(
      (item) =>
        [text(item.querySelector('a')), text(item.querySelector('.term-list__count'))] as const,
    );
const cardTitles = (file: string, scope = '.list__items') =>
  page(file)
    .querySelectorAll(`${scope} .review-card__title`)
    .map((title) => text(title));
const encoded = (pathname: string) => pathname.split('/').map(encodeURIComponent).join('/');

describe('taxonomy index pages list every term with its count', () => {
  test('genres, alphabetical in the site language, drafts not counted', () => {
    expect(termList('genres/index.html')).toEqual([
      ['드라마', '5편'],
      ['로맨스', '1편'],
      ['미스터리', '1편'],
      ['코미디', '1편'],
      ['SF', '1편'],
    ]);
    expect(text(page('genres/index.html').querySelector('h1'))).toBe('장르');
  });

  test('people: directors, writers and cast together', () => {
    const people = Object.fromEntries(termList('people/index.html'));
    expect(people).toMatchObject({
      '스파이크 존즈': '2편',
      박찬욱: '1편',
      정서경: '1편',
      '호아킨 피닉스': '1편',
      김태리: '1편',
    });
    expect(people).not.toHaveProperty('유령 감독');
  });

  test('countries, categories and years (newest first)', () => {
    expect(termList('countries/index.html')).toEqual([
      ['대한민국', '2편'],
      ['미국', '3편'],
    ]);
    expect(Object.fromEntries(termList('categories/index.html'))).toEqual({
      '영화 추천': '3편',
      'Slow cinema': '1편',
      '힐링 영화': '1편',
    });
    expect(termList('years/index.html').map(([year]) => year)).toEqual([
      '2022',
      '2018',
      '2016',
      '2013',
      '2002',
    ]);
  });

  test('tags: case and spacing group, names that share a slug both keep a page', () => {
    const tags = page('tags/index.html')
      .querySelectorAll('.term-list__item a')
      .map((link) => [text(link), link.getAttribute('href')]);
    expect(tags).toEqual(
      expect.arrayContaining([
        ['SF', '/tags/sf/'],
        ['Sci-Fi', '/tags/sci-fi/'],
        ['sci fi', '/tags/sci-fi-2/'],
        ['비 오는 날', encoded('/tags/비-오는-날/')],
      ]),
    );
    expect(Object.fromEntries(termList('tags/index.html'))).toMatchObject({
      SF: '2편',
      'Sci-Fi': '1편',
      'sci fi': '1편',
    });
    expect(cardTitles('tags/sci-fi/index.html')).toEqual(['헤어질 결심, 안개 속의 고백']);
    expect(cardTitles('tags/sci-fi-2/index.html')).toEqual(['Paterson, small poems']);
    expect(text(page('tags/sci-fi-2/index.html').querySelector('h1'))).toBe('태그: sci fi');
    expect(cardTitles('tags/sf/index.html')).toEqual([
      '어댑테이션, 쓰지 못하는 작가',
      '그녀, 목소리만으로',
    ]);
  });

  test('each index page links to the other ways of browsing', () => {
    const links = page('years/index.html').querySelectorAll('.browse-nav a');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/genres/',
      '/people/',
      '/countries/',
      '/years/',
      '/categories/',
      '/tags/',
      '/archive/',
      '/diary/',
      '/stats/',
    ]);
    expect(
      page('years/index.html')
        .querySelector('.browse-nav a[aria-current="page"]')
        ?.getAttribute('href'),
    ).toBe('/years/');
  });
});

describe('term pages', () => {
  const drama = 'genres/드라마';

  test('are paginated with reviewsPerPage, newest first, linking both ways', () => {
    const first = page(`${drama}/index.html`);
    expect(text(first.querySelector('h1'))).toBe('장르: 드라마');
    expect(text(first.querySelector('.term-page__count'))).toBe('5편');
    expect(cardTitles(`${drama}/index.html`)).toEqual([
      'Paterson, small poems',
      '어댑테이션, 쓰지 못하는 작가',
    ]);
    expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe(
      encoded('/genres/드라마/page/2/'),
    );
    expect(first.querySelector('.pagination a[rel="prev"]')).toBeNull();

    const second = page(`${drama}/page/2/index.html`);
    expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe(
      encoded('/genres/드라마/'),
    );
    expect(second.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe(
      encoded('/genres/드라마/page/3/'),
    );
    expect(text(second.querySelector('.pagination a[aria-current="page"]'))).toBe('2');
    expect(second.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://browse.example.com${encoded('/genres/드라마/page/2/')}`,
    );
    expect(second.querySelector('title')?.textContent).toBe(
      '장르: 드라마 · 2페이지 | 브라우즈 픽스처',
    );

    expect(cardTitles(`${drama}/page/3/index.html`)).toEqual(['리틀 포레스트, 사계절']);
    expect(build.site.exists(`${drama}/page/4/index.html`)).toBe(false);
  });

  test('a term with one page has no pagination and links back to its index', () => {
    const doc = page('years/2013/index.html');
    expect(text(doc.querySelector('h1'))).toBe('2013년 작품');
    expect(doc.querySelector('.pagination')).toBeNull();
    expect(doc.querySelector('.term-page__up a')?.getAttribute('href')).toBe('/years/');
  });

  test("a person's page lists each film with their roles in it", () => {
    const notes = (file: string) =>
      page(file)
        .querySelectorAll('.list__items .review-card')
        .map((card) => [
          text(card.querySelector('.review-card__film')),
          text(card.querySelector('.review-card__note')),
        ]);
    expect(notes('people/스파이크-존즈/index.html')).toEqual([
      ['어댑테이션 (2002)', '역할: 감독, 배우 (본인)'],
      // `rewatch: true`: the card says so.
      ['그녀 (2013) ↻ 재관람', '역할: 감독, 각본'],
    ]);
    expect(notes('people/호아킨-피닉스/index.html')).toEqual([
      ['그녀 (2013) ↻ 재관람', '역할: 배우 (테오도르)'],
    ]);
    expect(notes('people/스칼렛-요한슨/index.html')).toEqual([
      ['그녀 (2013) ↻ 재관람', '역할: 배우'],
    ]);
    expect(notes('people/박찬욱/index.html')).toEqual([['헤어질 결심 (2022)', '역할: 감독, 각본']]);
  });
});

test('the archive groups reviews by publication year, then month, with Korean month names', () => {
  const doc = page('archive/index.html');
  const years = doc.querySelectorAll('.archive-year');
  expect(years.map((year) => text(year.querySelector('h2')))).toEqual([
    '2023년 2편',
    '2022년 2편',
    '2021년 1편',
  ]);
  expect(years[0]!.querySelectorAll('h3').map((month) => text(month))).toEqual(['3월', '1월']);
  expect(years[1]!.querySelectorAll('h3').map((month) => text(month))).toEqual(['7월', '6월']);
  expect(years[0]!.querySelectorAll('li a').map((link) => link.getAttribute('href'))).toEqual([
    '/reviews/paterson/',
    '/reviews/adaptation/',
  ]);
  expect(text(years[2]!.querySelector('li time'))).toBe('2021. 11. 20.');
});

test('the diary lists watched films by month with date, rewatch, heart and rating, one year a page', () => {
  const months = (file: string) =>
    page(file)
      .querySelectorAll('.diary-month h2')
      .map((heading) => text(heading));
  // /diary/ shows the newest year; each year has its own page.
  expect(months('diary/index.html')).toEqual(['2023년 2월', '2023년 1월']);
  expect(months('diary/2023/index.html')).toEqual(['2023년 2월', '2023년 1월']);
  expect(months('diary/2022/index.html')).toEqual(['2022년 7월', '2022년 6월']);
  const doc = page('diary/2022/index.html');
  const her = doc
    .querySelectorAll('.diary-month tbody tr')
    .find((row) => text(row).includes('그녀'))!;
  // The month is the heading: a row shows the day, the full date is in datetime.
  expect(text(her.querySelector('time'))).toBe('12일');
  expect(her.querySelector('time')?.getAttribute('datetime')).toBe('2022-06-12');
  expect(text(her.querySelector('.diary-month__rewatch'))).toBe('↻ 재관람');
  expect(text(her.querySelector('.diary-month__liked'))).toBe('♥ 마음에 든 영화');
  expect(text(her.querySelector('.rating'))).toContain('5점 만점에 4.5점');
  const paterson = page('diary/index.html')
    .querySelectorAll('.diary-month tbody tr')
    .find((row) => text(row).includes('패터슨'))!;
  expect(text(paterson.querySelector('.diary-month__rewatch'))).toBe('');
  // 리틀 포레스트 has no watched date.
  expect(text(doc.querySelector('main'))).not.toContain('리틀 포레스트');
});

describe('the home page', () => {
  test('pins featured reviews above the latest list, on the first page only', () => {
    const doc = page('index.html');
    expect(text(doc.querySelector('h1'))).toBe('브라우즈 픽스처');
    expect(text(doc.querySelector('.featured h2'))).toBe('추천 리뷰');
    expect(cardTitles('index.html', '.featured')).toEqual(['그녀, 목소리만으로']);
    const sections = ['featured', 'list__heading', 'list__items'];
    const order = doc
      .querySelectorAll(sections.map((name) => `.${name}`).join(', '))
      .map((element) => sections.find((name) => element.classList.contains(name)));
    expect(order).toEqual(['featured', 'list__heading', 'list__items']);
    expect(cardTitles('index.html')).toEqual([
      'Paterson, small poems',
      '어댑테이션, 쓰지 못하는 작가',
    ]);
    expect(page('page/2/index.html').querySelector('.featured')).toBeNull();
  });

  test('the header links to the browsing pages and marks the current one', () => {
    const nav = page('genres/index.html').querySelector('.site-header nav')!;
    expect(nav.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/', '/genres/', '/people/', '/archive/', '/diary/', '/stats/']),
    );
    expect(nav.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/genres/');
    expect(
      page('genres/드라마/page/2/index.html')
        .querySelector('.site-header nav a[aria-current="page"]')
        ?.getAttribute('href'),
    ).toBe('/genres/');
  });
});

test('a review page shows related reviews: best first, newest among equals, never itself', () => {
  const doc = page('reviews/her/index.html');
  expect(text(doc.querySelector('.related-reviews h2'))).toBe('함께 읽을 만한 리뷰');
  expect(cardTitles('reviews/her/index.html', '.related-reviews')).toEqual([
    '어댑테이션, 쓰지 못하는 작가',
    '헤어질 결심, 안개 속의 고백',
    'Paterson, small poems',
    '리틀 포레스트, 사계절',
  ]);
  // Related reviews come after the previous/next links.
  expect(
    doc
      .querySelectorAll('.prev-next, .related-reviews')
      .map((element) => element.classList.value[0]),
  ).toEqual(['prev-next', 'related-reviews']);
});

describe('the statistics page', () => {
  const doc = () => page('stats/index.html');
  const table = (id: string) =>
    doc()
      .querySelectorAll(`#${id} tbody tr`)
      .map((row) => [text(row.querySelector('th')), text(row.querySelector('td'))]);

  test('draws each chart as SVG labelled by its heading', () => {
    // Sections, not figures: the table in each has its own caption (Nu: a figure must not).
    const charts = doc().querySelectorAll('section.chart');
    expect(charts.map((chart) => chart.id)).toEqual([
      'watched-per-year',
      'per-year',
      'ratings',
      'genres',
      'countries',
      'directors',
      'actors',
    ]);
    for (const chart of charts) {
      const svg = chart.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(text(doc().getElementById(svg.getAttribute('aria-labelledby')!))).toBe(
        text(chart.querySelector('h2')),
      );
      expect(svg.querySelectorAll('rect.chart__bar').length).toBeGreaterThan(0);
    }
    expect(text(doc().querySelector('#genres h2'))).toBe('장르별 리뷰 수');
  });

  test('gives every chart a table with the same numbers', () => {
    expect(table('per-year')).toEqual([
      ['2021', '1'],
      ['2022', '2'],
      ['2023', '2'],
    ]);
    expect(table('directors')[0]).toEqual(['스파이크 존즈', '2']);
    expect(table('genres')[0]).toEqual(['드라마', '5']);
    expect(Object.fromEntries(table('ratings'))).toMatchObject({
      '3.5': '2',
      '4.0': '1',
      '4.5': '1',
      '5.0': '1',
      '1.0': '0',
    });
    expect(text(doc().querySelector('.stats__summary'))).toBe(
      '본 영화 5편 쓴 리뷰 5편 다시 본 횟수 1회 평균 평점 4.1',
    );
  });

  test('bars are as long as their share of the largest value', () => {
    const widths = doc()
      .querySelectorAll('#countries rect.chart__bar')
      .map((bar) => bar.getAttribute('width'));
    expect(widths).toEqual(['100%', '66.7%']);
  });

  test('adds no script of its own: only what every page has (the theme toggle)', () => {
    const scripts = (file: string) =>
      page(file)
        .querySelectorAll('script')
        .map((script) => script.outerHTML);
    expect(doc().querySelectorAll('main script')).toHaveLength(0);
    expect(
      scripts('stats/index.html').every((script) => scripts('404.html').includes(script)),
    ).toBe(true);
  });
});

test('drafts appear on no page and get no term pages', () => {
  for (const file of htmlFiles()) {
    const source = build.site.read(file);
    for (const secret of ['비공개 초안 리뷰', '초안전용태그', '유령 감독', '유령국', '공포'])
      expect(source, file).not.toContain(secret);
  }
  for (const file of [
    'genres/공포',
    'tags/초안전용태그',
    'people/유령-감독',
    'countries/유령국',
    'years/1999',
    'reviews/secret-draft',
  ]) {
    expect(build.site.exists(`${file}/index.html`), file).toBe(false);
  }
});

test('every link to a page of the site leads to a built page', () => {
  const broken: string[] = [];
  for (const file of htmlFiles()) {
    for (const link of page(file).querySelectorAll('a[href^="/"]')) {
      const pathname = decodeURIComponent(link.getAttribute('href')!.split('#')[0]!);
      const target = path.join(build.site.dist, pathname);
      const found =
        existsSync(target) &&
        (statSync(target).isFile() || existsSync(path.join(target, 'index.html')));
      if (!found) broken.push(`${file} → ${pathname}`);
    }
  }
  expect(broken).toEqual([]);
});

test('the browsing pages are valid HTML', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const pages = htmlFiles().filter((file) =>
    /^(index|page|genres|people|countries|years|categories|tags|archive|diary|stats)\b/.test(file),
  );
  expect(pages.length).toBeGreaterThan(30);
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(build.site.read(file), file);
    for (const result of report.results)
      for (const message of result.messages)
        problems.push(`${file}:${message.line} ${message.ruleId} ${message.message}`);
  }
  expect(problems).toEqual([]);
});

describe('what a reader sees on a review', () => {
  test('the film by name, when the headline does not say it', () => {
    const doc = page('reviews/paterson/index.html');
    expect(text(doc.querySelector('h1'))).not.toContain('패터슨');
    expect(text(doc.querySelector('.review-header__film'))).toBe('패터슨 2016');
    expect(text(doc.querySelector('.review-header__film-title'))).toBe('패터슨');
  });

  test('an inline spoiler is hidden behind a labelled switch, and kept out of search, excerpts, meta and the feed', () => {
    const doc = page('reviews/paterson/index.html');
    const spoiler = doc.querySelector('.review__body label.marquee-spoiler-inline')!;
    expect(spoiler.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(spoiler.querySelector('input[type="checkbox"]')?.getAttribute('aria-label')).toBe(
      '스포일러 보기',
    );
    expect(text(spoiler.querySelector('.marquee-spoiler-inline__text'))).toBe(
      'the dog shreds the notebook',
    );
    expect(text(doc.querySelector('.review__body'))).toContain('12:30');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).not.toContain(
      'notebook',
    );
    expect(build.site.read('rss.xml')).not.toContain('shreds');
    expect(build.site.read('index.html')).not.toContain('shreds');
  });

  test('the 404 page marks no header link as the current page', () => {
    expect(page('404.html').querySelector('.site-header [aria-current]')).toBeNull();
    expect(
      page('reviews/paterson/index.html')
        .querySelector('.site-header a[aria-current="page"]')
        ?.getAttribute('href'),
    ).toBe('/');
    expect(
      page('page/2/index.html')
        .querySelector('.site-header a[aria-current="page"]')
        ?.getAttribute('href'),
    ).toBe('/');
  });

  test('the diary gives every month the same columns, in a fixed layout', () => {
    const doc = page('diary/index.html');
    const tables = doc.querySelectorAll('.diary-month__table');
    expect(tables.length).toBeGreaterThan(1);
    const columns = tables.map((table) =>
      table.querySelectorAll('col').map((col) => col.getAttribute('class') ?? ''),
    );
    for (const shape of columns) expect(shape).toEqual(columns[0]);
  });

  test('search indexes the film facts apart from the text and never the info block', () => {
    const doc = page('reviews/paterson/index.html');
    expect(doc.querySelector('.info-block')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    const facts = doc.querySelector('#search-facts')!;
    expect(facts.hasAttribute('hidden')).toBe(true);
    expect(text(facts)).toBe('패터슨');
    expect(text(facts.nextElementSibling)).toBe(
      '2016 · 짐 자무쉬 · 애덤 드라이버 · 패터슨 · 드라마 · 미국',
    );
  });
});
