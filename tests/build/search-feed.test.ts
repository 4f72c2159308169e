import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { cleanExcerpt } from '../../src/lib/search/korean-search';
import type { BuildResult } from '../helpers/build-site';
import { PAGE_TYPE_SITES, type PageTypeSite } from '../helpers/fixture-sites';
import { readRss } from '../helpers/feeds';
import { html, text } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

const ORIGIN = 'https://marquee.example.com';

/**
 * Search index, feeds, sitemap and structured data of the Korean sample site and its
 * English twin: the same posts, so the same assertions, with what each says in its language.
 */
interface Expected {
  siteTitle: string;
  author: string;
  /** A word that only a raw-HTML spoiler block holds (at the end of the Aftersun post). */
  rawSpoilerWord: string;
  /** Text of the Her review that only its `:::spoiler` block holds. */
  herSpoilerText: string;
  draftTitle: string;
  her: {
    meta: Record<string, string>;
    descriptionHas: string;
    genres: string[];
    /** Words of the review itself, which the index holds. */
    content: string[];
    /** Words of the page around the review, which the index leaves out. */
    furniture: string[];
    firstSentence: string;
    film: Record<string, unknown>;
  };
  options: { genre: string[]; year: string[]; rating: string[] };
  noscript: string;
  spoilerNote: string;
}

const EXPECTED: Record<PageTypeSite['fixture'], Expected> = {
  sample: {
    siteTitle: '마키 시네마',
    author: '마키',
    rawSpoilerWord: '반전의비밀문장',
    herSpoilerText: '존재들과',
    draftTitle: '아직 쓰는 중인 리뷰',
    her: {
      meta: {
        title: '그녀, 목소리만으로 사랑에 빠질 수 있을까',
        film: '그녀 (2013)',
        rating: '4.5',
      },
      descriptionHas: '스파이크 존즈',
      genres: ['드라마', '로맨스', 'SF'],
      content: ['남의 편지를', '호아킨 피닉스'],
      furniture: [
        '번째',
        '분 분량',
        '영화 정보',
        '감독',
        '출연',
        '5점 만점에',
        '이전 리뷰',
        '마키 시네마',
      ],
      firstSentence: '테오도르는 남의 편지를 대신 써 주는 사람이다.',
      film: {
        name: '그녀',
        alternateName: 'Her',
        director: [{ '@type': 'Person', name: '스파이크 존즈' }],
      },
    },
    options: {
      genre: ['', '드라마', '로맨스', '미스터리', '코미디', 'SF'],
      year: ['', '2022', '2018', '2017', '2016', '2013'],
      rating: ['', '5', '4.5', '4', '3.5'],
    },
    noscript: '검색하려면 JavaScript를 켜 주세요.',
    spoilerNote: '스포일러가 담긴 부분은 피드에서 생략했습니다. 블로그에서 읽어 주세요.',
  },
  english: {
    siteTitle: 'Marquee Cinema',
    author: 'Marquee',
    rawSpoilerWord: 'secretclosingsentence',
    herSpoilerText: 'countless other beings',
    draftTitle: 'A review still being written',
    her: {
      meta: { title: 'Her: can you fall in love with a voice?', film: 'Her (2013)', rating: '4.5' },
      descriptionHas: 'Spike Jonze',
      genres: ['Drama', 'Romance', 'Science Fiction'],
      content: ['other people', 'Joaquin Phoenix'],
      furniture: [
        'No. 1',
        'min read',
        'Film facts',
        'Director',
        'Cast',
        'out of 5',
        'Previous review',
        'Marquee Cinema',
      ],
      firstSentence: "Theodore writes other people's letters for a living.",
      film: { name: 'Her', director: [{ '@type': 'Person', name: 'Spike Jonze' }] },
    },
    options: {
      genre: ['', 'Comedy', 'Drama', 'Mystery', 'Romance', 'Science Fiction'],
      year: ['', '2022', '2018', '2017', '2016', '2013'],
      rating: ['', '5', '4.5', '4', '3.5'],
    },
    noscript: 'Search needs JavaScript.',
    spoilerNote: 'A spoiler is left out of the feed; read it on the site.',
  },
};

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe.each(PAGE_TYPE_SITES)('$name', ({ fixture, language }) => {
  const expected = EXPECTED[fixture];
  let build: BuildResult;

  beforeAll(async () => {
    build = await sharedBuild(fixture);
    if (!build.ok) throw new Error(`The ${fixture} site did not build:\n${build.output}`);
  });

  /** Every built page as its URL path (`/reviews/her/`), 404 aside. */
  function builtPages(): string[] {
    return readdirSync(build.site.dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`)
      .sort();
  }

  const reviewPages = () => builtPages().filter((page) => /^\/reviews\/[^/]+\/$/.test(page));
  /** The translations' pages, under the other language's prefix (`/en/reviews/her-en/`). */
  const translationPages = () =>
    builtPages().filter((page) => /^\/(en|ko)\/reviews\/[^/]+\/$/.test(page));

  /** `https://marquee.example.com/_astro/x.webp` → whether `dist/_astro/x.webp` exists. */
  const existsInDist = (url: string) =>
    build.site.exists(decodeURIComponent(new URL(url).pathname).slice(1));

  interface Fragment {
    url: string;
    /** The indexed text, extra Korean forms removed (as excerpts are). */
    content: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }

  /** What Pagefind stored for each page: its fragments are gzipped "pagefind_dcd" + JSON. */
  function fragments(): Fragment[] {
    const dir = path.join(build.site.dist, 'pagefind/fragment');
    return readdirSync(dir).map((file) => {
      const data = gunzipSync(readFileSync(path.join(dir, file)));
      expect(data.subarray(0, 12).toString()).toBe('pagefind_dcd');
      const fragment = JSON.parse(data.subarray(12).toString('utf8')) as Fragment;
      return { ...fragment, content: cleanExcerpt(fragment.content) };
    });
  }

  describe('the search index', () => {
    test('is built with the site: Pagefind bundle, an index in the site’s language and one of its translations', () => {
      expect(build.site.exists('pagefind/pagefind.js')).toBe(true);
      const entry = JSON.parse(build.site.read('pagefind/pagefind-entry.json')) as {
        languages: Record<string, { page_count: number }>;
      };
      const other = language === 'ko' ? 'en' : 'ko';
      expect(Object.keys(entry.languages).sort()).toEqual([language, other].sort());
      expect(entry.languages[language]?.page_count).toBe(reviewPages().length);
      expect(translationPages()).toEqual([`/${other}/reviews/her-${other}/`]);
      expect(entry.languages[other]?.page_count).toBe(1);
    });

    test('holds exactly the review pages and translations: no home, lists, taxonomies or 404', () => {
      expect(reviewPages().length).toBeGreaterThan(4);
      expect(
        fragments()
          .map((fragment) => fragment.url)
          .sort(),
      ).toEqual([...reviewPages(), ...translationPages()].sort());
    });

    test('stores what a result shows and filters by', () => {
      const her = fragments().find((fragment) => fragment.url === '/reviews/her/')!;
      expect(her.meta).toMatchObject(expected.her.meta);
      expect(her.meta.description).toContain(expected.her.descriptionHas);
      expect(build.site.exists(her.meta.image!.slice(1))).toBe(true);
      expect(her.filters).toMatchObject({
        genre: expected.her.genres,
        year: ['2013'],
        rating: ['4.5'],
      });
    });

    test('indexes the review, not the page around it', () => {
      const her = fragments().find((fragment) => fragment.url === '/reviews/her/')!;
      for (const words of expected.her.content) expect(her.content).toContain(words);
      const neighbour = html(build.site.read('reviews/her/index.html')).querySelector(
        '.prev-next a[rel="prev"] .prev-next__title',
      );
      for (const furniture of [text(neighbour), ...expected.her.furniture]) {
        expect(her.content).not.toContain(furniture);
      }
    });

    test('never holds spoiler text', () => {
      for (const fragment of fragments()) {
        expect(fragment.content).not.toContain(expected.rawSpoilerWord);
        expect(fragment.content).not.toContain(expected.herSpoilerText);
      }
    });

    test('the search page loads the bundle under the base path and offers the filters', () => {
      const doc = html(build.site.read('search/index.html'));
      expect(doc.querySelector('marquee-search')?.getAttribute('data-bundle')).toBe(
        '/pagefind/pagefind.js',
      );
      const options = (name: string) =>
        doc
          .querySelectorAll(`select[name="${name}"] option`)
          .map((option) => option.getAttribute('value'));
      expect({ genre: options('genre'), year: options('year'), rating: options('rating') }).toEqual(
        expected.options,
      );
      const [, noscript] =
        /<noscript><p[^>]*>([^<]*)<\/p><\/noscript>/.exec(build.site.read('search/index.html')) ??
        [];
      expect(noscript).toBe(expected.noscript);
      expect(
        html(build.site.read('index.html')).querySelector('.site-header a[href="/search/"]'),
      ).not.toBeNull();
      expect(doc.querySelector('.site-header a[aria-current="page"]')?.getAttribute('href')).toBe(
        '/search/',
      );
    });
  });

  describe('the feed', () => {
    const feed = () => readRss(build.site.read('rss.xml')).rss;
    const items = () => readRss(build.site.read('rss.xml')).items;

    test('is RSS 2.0 for the site, linked from every page', () => {
      const { channel } = feed();
      expect(feed()['@version']).toBe('2.0');
      expect(channel.title).toBe(expected.siteTitle);
      expect(channel.link).toBe(`${ORIGIN}/`);
      // A language and its region, as the W3C feed validator and Naver expect.
      expect(channel.language).toBe({ ko: 'ko-kr', en: 'en-us' }[language]);
      const link = html(build.site.read('index.html')).querySelector(
        'link[rel="alternate"][type="application/rss+xml"]',
      );
      expect(link?.getAttribute('href')).toBe(`${ORIGIN}/rss.xml`);
    });

    test('lists every published review, newest first, and no draft', () => {
      const links = items().map((item) => item.link);
      expect(links.map((link) => new URL(link).pathname).sort()).toEqual(reviewPages());
      const dates = items().map((item) => Date.parse(item.pubDate));
      expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      expect(build.site.read('rss.xml')).not.toContain(expected.draftTitle);
    });

    test('each item has title, link, guid, date and the spoiler-free summary of its page', () => {
      for (const item of items()) {
        const link = item.link;
        expect(link.startsWith(`${ORIGIN}/reviews/`)).toBe(true);
        expect(item.guid).toEqual({ '#text': link, '@isPermaLink': 'true' });
        const page = html(build.site.read(`${new URL(link).pathname.slice(1)}index.html`));
        expect(item.title).toBe(text(page.querySelector('h1')));
        // The page's description is the same summary, cut to 160 characters or led by the film's name when short.
        const summary = page
          .querySelector('meta[name="description"]')!
          .getAttribute('content')!
          .replace(/…$/, '');
        const description = item.description;
        expect(description.includes(summary) || summary.includes(description), summary).toBe(true);
      }
    });

    test('carries the full text with absolute links and images that exist', () => {
      const her = items().find((item) => item.link.endsWith('/reviews/her/'))!;
      const content = html(her['content:encoded']);
      expect(text(content)).toContain(expected.her.firstSentence);
      const urls = [
        ...content.querySelectorAll('[href]').map((element) => element.getAttribute('href')!),
        ...content.querySelectorAll('[src]').map((element) => element.getAttribute('src')!),
        ...content.querySelectorAll('[srcset]').flatMap((element) =>
          element
            .getAttribute('srcset')!
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0]!),
        ),
      ];
      expect(urls.length).toBeGreaterThan(3);
      for (const url of urls) expect(url).toMatch(/^https?:\/\//);
      const images = urls.filter((url) => url.startsWith(`${ORIGIN}/_astro/`));
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) expect(existsInDist(image), image).toBe(true);
    });

    test('leaves spoilers out, with a link to the review in their place', () => {
      const rss = build.site.read('rss.xml');
      expect(rss).not.toContain(expected.rawSpoilerWord);
      expect(rss).not.toContain(expected.herSpoilerText);
      const aftersun = items().find((item) => item.link.endsWith('/reviews/aftersun/'))!;
      const note = html(aftersun['content:encoded']).querySelector(
        `a[href="${ORIGIN}/reviews/aftersun/"]`,
      );
      expect(text(note)).toBe(expected.spoilerNote);
    });
  });

  describe('sitemap and robots.txt', () => {
    type Entry = { loc: string };
    const locations = (file: string) => {
      const { urlset, sitemapindex } = xml.parse(build.site.read(file)) as {
        urlset?: { url: Entry | Entry[] };
        sitemapindex?: { sitemap: Entry | Entry[] };
      };
      return [urlset?.url ?? sitemapindex?.sitemap ?? []].flat().map((entry) => entry.loc);
    };

    test('the sitemap lists every public page, and not the 404 page, drafts or redirects', () => {
      const sitemaps = locations('sitemap-index.xml');
      expect(sitemaps.length).toBeGreaterThan(0);
      const pages = sitemaps.flatMap((sitemap) => locations(new URL(sitemap).pathname.slice(1)));
      // An old term address kept as a redirect (`/genres/멜로/` → `/genres/로맨스/`) is not a page.
      const redirect = (page: string) =>
        build.site.read(`${page.slice(1)}index.html`).includes('http-equiv="refresh"');
      expect(pages.map((page) => decodeURIComponent(new URL(page).pathname)).sort()).toEqual(
        builtPages().filter((page) => !redirect(page)),
      );
      expect(pages.every((page) => page.startsWith(`${ORIGIN}/`))).toBe(true);
      expect(pages.join('\n')).not.toMatch(/404|unfinished-notes/);
    });

    test('robots.txt points to the sitemap index by its absolute URL', () => {
      expect(build.site.read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    });
  });

  describe('review pages for search engines', () => {
    const doc = () => html(build.site.read('reviews/her/index.html'));

    test('carry a schema.org Review of a Movie as JSON-LD', () => {
      const data = JSON.parse(
        doc().querySelector('script[type="application/ld+json"]')!.textContent,
      ) as { image: string };
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Review',
        url: `${ORIGIN}/reviews/her/`,
        author: { '@type': 'Person', name: expected.author },
        reviewRating: { '@type': 'Rating', ratingValue: 4.5, bestRating: 5 },
        itemReviewed: { '@type': 'Movie', ...expected.her.film },
      });
      expect(existsInDist(data.image)).toBe(true);
    });

    test('carry an absolute Open Graph image that exists: the review’s preview card', async () => {
      const image = doc().querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image.startsWith(`${ORIGIN}/og/reviews/her.`)).toBe(true);
      expect(existsInDist(image)).toBe(true);
      const { width, height, format } = await sharp(
        path.join(build.site.dist, decodeURIComponent(new URL(image).pathname)),
      ).metadata();
      expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
      expect(
        doc().querySelector('meta[property="og:image:alt"]')?.getAttribute('content'),
      ).toContain(expected.her.film.name as string);
      expect(doc().querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
        'summary_large_image',
      );
    });
  });
});
