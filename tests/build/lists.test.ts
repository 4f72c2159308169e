import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build-site';
import { html, text } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

/**
 * The lists fixture: a ranked list (a review, a film reviewed under another entry shape, an
 * unreviewed film by TMDB number, a draft review, an unreviewed film by title and year) and
 * an unranked one (a review, a film with its own poster beside the list, a reviewed film by
 * TMDB number), a draft list, and the portals' verification tokens.
 */
let build: BuildResult;

beforeAll(async () => {
  build = await sharedBuild('lists');
  if (!build.ok) throw new Error(`The lists fixture did not build:\n${build.output}`);
});

const ORIGIN = 'https://lists.example.com';
const page = (file: string) => html(build.site.read(file));
const jsonLd = (file: string, type: string) =>
  page(file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>)
    .find((data) => data['@type'] === type)!;
/** Each film of a list page: rank, title, its link, year line, note, poster kind, review line. */
const films = (file: string) =>
  page(file)
    .querySelectorAll('.film-grid__item')
    .map((item) => ({
      rank: text(item.querySelector('.film-grid__rank')) || undefined,
      title: text(item.querySelector('.film-grid__title')),
      href: item.querySelector('.film-grid__title a')?.getAttribute('href'),
      film: text(item.querySelector('.film-grid__film')),
      note: text(item.querySelector('.film-grid__note')) || undefined,
      poster: item.querySelector('img.list-poster')
        ? 'image'
        : text(item.querySelector('.list-poster--placeholder')),
      review: text(item.querySelector('.film-grid__review')),
    }));

describe('a ranked list', () => {
  const file = 'lists/best-of-2022/index.html';

  test('shows each film in order with its rank, link, poster or placeholder, and note', () => {
    expect(films(file)).toEqual([
      {
        rank: '1위',
        title: '헤어질 결심',
        href: '/reviews/decision-to-leave/',
        film: 'Decision to Leave 2022',
        note: '올해 가장 오래 남은 장면. 안개 속의 고백.',
        poster: 'image',
        review: '리뷰 읽기: 헤어질 결심, 안개 속에서 건네는 고백',
      },
      {
        // Named by title and year: the review of that film (TMDB 965150) is found by film identity.
        rank: '2위',
        title: '애프터썬',
        href: '/reviews/aftersun/',
        film: 'Aftersun 2022',
        note: '리뷰는 여기에.',
        poster: 'image',
        review: '리뷰 읽기: 애프터썬, 기억이라는 비디오테이프',
      },
      {
        rank: '3위',
        title: '탑건 매버릭',
        href: undefined,
        film: 'Top Gun: Maverick 2022',
        note: undefined,
        poster: '탑건 매버릭 2022',
        review: '아직 리뷰가 없는 영화',
      },
      // The draft review is left out of a production build; the ranks close up.
      {
        rank: '4위',
        title: '올 더 뷰티 앤 더 블러드셰드',
        href: undefined,
        film: '2022',
        note: undefined,
        poster: '올 더 뷰티 앤 더 블러드셰드 2022',
        review: '아직 리뷰가 없는 영화',
      },
    ]);
    const document = page(file);
    expect(text(document.querySelector('h1'))).toBe('2022년 나의 영화 5편');
    expect(text(document.querySelector('.film-list__intro'))).toBe(
      '한 해를 정리하며 고른 다섯 편. 순위는 그날의 기분이다.',
    );
    expect(document.querySelector('.film-grid__note a')?.getAttribute('href')).toBe(
      '../../reviews/aftersun/',
    );
    expect(document.querySelector('article[data-pagefind-body]')).not.toBeNull();
  });

  test('carries a JSON-LD ItemList of Movies, ascending', () => {
    const data = jsonLd(file, 'ItemList');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      name: '2022년 나의 영화 5편',
      description: '2022년에 나온 영화 가운데 오래 남은 다섯 편.',
      url: `${ORIGIN}/lists/best-of-2022/`,
      numberOfItems: 4,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
    });
    const items = data.itemListElement as { position: number; item: Record<string, string> }[];
    expect(
      items.map(({ position, item }) => [position, item['@type'], item.name, item.url]),
    ).toEqual([
      [1, 'Movie', '헤어질 결심', `${ORIGIN}/reviews/decision-to-leave/`],
      [2, 'Movie', '애프터썬', `${ORIGIN}/reviews/aftersun/`],
      [3, 'Movie', '탑건 매버릭', undefined],
      [4, 'Movie', '올 더 뷰티 앤 더 블러드셰드', undefined],
    ]);
    expect(items[2]!.item).toMatchObject({
      alternateName: 'Top Gun: Maverick',
      dateCreated: '2022',
      sameAs: 'https://www.themoviedb.org/movie/361743',
    });
    expect(items[0]!.item.image).toMatch(new RegExp(`^${ORIGIN}/_astro/poster\\.[^/]+\\.webp$`));
  });

  test('has its own preview card and meta description', () => {
    const document = page(file);
    const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(image).toMatch(new RegExp(`^${ORIGIN}/og/lists/best-of-2022\\.[0-9a-f]+\\.png$`));
    expect(build.site.exists(new URL(image!).pathname.slice(1))).toBe(true);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      '2022년에 나온 영화 가운데 오래 남은 다섯 편.',
    );
  });
});

describe('an unranked list', () => {
  const file = 'lists/rainy-days/index.html';

  test('has no ranks; a film with its own poster shows it; a TMDB number finds its review', () => {
    expect(
      films(file).map(({ rank, title, href, poster }) => ({ rank, title, href, poster })),
    ).toEqual([
      { rank: undefined, title: '콜럼버스', href: '/reviews/columbus/', poster: '콜럼버스 2017' },
      { rank: undefined, title: '패터슨', href: undefined, poster: 'image' },
      { rank: undefined, title: '애프터썬', href: '/reviews/aftersun/', poster: 'image' },
    ]);
    expect(jsonLd(file, 'ItemList').itemListOrder).toBe('https://schema.org/ItemListUnordered');
    // Without a description, the introduction's first paragraph.
    expect(page(file).querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      '창밖에 비가 오면 꺼내 보는 영화들.',
    );
  });
});

describe('the lists page and the links to lists', () => {
  test('/lists/ names every published list with its count and a few posters; drafts are not built', () => {
    const document = page('lists/index.html');
    expect(
      document.querySelectorAll('.list-index__item').map((item) => ({
        title: text(item.querySelector('.list-index__title')),
        href: item.querySelector('.list-index__title a')?.getAttribute('href'),
        count: text(item.querySelector('.list-index__count')),
        posters: item.querySelectorAll('.list-index__posters > *').length,
      })),
    ).toEqual([
      { title: '비 오는 날 보는 영화', href: '/lists/rainy-days/', count: '3편', posters: 3 },
      { title: '2022년 나의 영화 5편', href: '/lists/best-of-2022/', count: '4편', posters: 4 },
    ]);
    expect(build.site.exists('lists/hidden/index.html')).toBe(false);
  });

  test('a review page names the lists it is in, by entry or by film', () => {
    const inLists = (file: string) => {
      const section = page(file).querySelector('.review-lists');
      return section
        ? [
            text(section.querySelector('h2')),
            ...section.querySelectorAll('a').map((a) => a.getAttribute('href')),
          ]
        : [];
    };
    expect(inLists('reviews/aftersun/index.html')).toEqual([
      '이 리뷰가 담긴 목록',
      '/lists/rainy-days/',
      '/lists/best-of-2022/',
    ]);
    expect(inLists('reviews/columbus/index.html')).toEqual([
      '이 리뷰가 담긴 목록',
      '/lists/rainy-days/',
    ]);
  });

  test('the browse navigation links the lists', () => {
    const links = page('stats/index.html')
      .querySelectorAll('.browse-nav a')
      .map((a) => [text(a), a.getAttribute('href')]);
    expect(links).toContainEqual(['영화 목록', '/lists/']);
  });

  test('the lists are in the sitemap', () => {
    const sitemap = build.site.read('sitemap-0.xml');
    for (const path of ['lists/', 'lists/best-of-2022/', 'lists/rainy-days/'])
      expect(sitemap).toContain(`<loc>${ORIGIN}/${path}</loc>`);
    expect(sitemap).not.toContain('lists/hidden/');
  });
});

describe('search portals', () => {
  test('the home page alone carries the verification meta tags', () => {
    const meta = (file: string) =>
      page(file)
        .querySelectorAll('meta[name$="verification"], meta[name="msvalidate.01"]')
        .map((tag) => [tag.getAttribute('name'), tag.getAttribute('content')]);
    expect(meta('index.html')).toEqual([
      ['naver-site-verification', '3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901'],
      ['google-site-verification', 'Xy_9-AbC0dEfGhIjKlMnOpQrStUvWxYz0123456789a'],
      ['msvalidate.01', '0A1B2C3D4E5F60718293A4B5C6D7E8F9'],
    ]);
    expect(meta('lists/index.html')).toEqual([]);
    expect(meta('reviews/aftersun/index.html')).toEqual([]);
  });

  test("robots.txt carries Daum's line", () => {
    expect(build.site.read('robots.txt')).toBe(
      `#DaumWebMasterTool:ee0b70d5e0d5ff9d9cfc:NpQpHJzuUVS2bnqcS8c6YQ==\nUser-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap-index.xml\n`,
    );
  });
});

describe('lists in the feeds and search', () => {
  test('a dated list is an item of rss.xml and feed.json, in date order with the reviews', () => {
    const rss = build.site.read('rss.xml');
    const links = [...rss.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map(
      (match) => match[1],
    );
    expect(links).toEqual([
      `${ORIGIN}/lists/rainy-days/`,
      `${ORIGIN}/reviews/aftersun/`,
      `${ORIGIN}/lists/best-of-2022/`,
      `${ORIGIN}/reviews/decision-to-leave/`,
      `${ORIGIN}/reviews/columbus/`,
    ]);
    const feed = JSON.parse(build.site.read('feed.json')) as {
      items: { url: string; title: string; content_html: string; tags?: string[] }[];
    };
    const list = feed.items.find((item) => item.url === `${ORIGIN}/lists/best-of-2022/`)!;
    expect(list.title).toBe('2022년 나의 영화 5편');
    expect(list.tags).toEqual(['영화 목록']);
    // The introduction, then the films in order, linked to their reviews by absolute URLs.
    expect(list.content_html).toContain('<p>한 해를 정리하며 고른 다섯 편.');
    expect(list.content_html).toContain(
      `<ol><li><a href="${ORIGIN}/reviews/decision-to-leave/">헤어질 결심 (2022)</a>`,
    );
    expect(list.content_html).toContain(`<a href="${ORIGIN}/reviews/aftersun/">여기</a>`);
  });

  test('list pages are in the search index with the reviews', () => {
    const entry = JSON.parse(build.site.read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.ko?.page_count).toBe(5);
  });
});
