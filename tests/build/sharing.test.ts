import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, rebuildSite, repoRoot, type BuildResult } from '../helpers/build-site';
import { changedShare, inkColumnRuns } from '../helpers/cards';
import { readRss, type JsonFeed } from '../helpers/feeds';
import { html } from '../helpers/html';
import { drawCard } from '../../src/lib/share-cards/render';

const JAPANESE_TITLE = '花束みたいな恋をした';
/** The browse fixture under a sub-path, with a cache of its own so the first build draws every card. */
const BLOG = 'https://example.com/blog/';
const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/sites', name, 'content');
const SITES = {
  browse: {
    content: fixture('browse'),
    url: BLOG,
    edit: (root: string) => {
      const config = path.join(root, 'content/site.config.ts');
      writeFileSync(
        config,
        readFileSync(config, 'utf8').replace(
          "url: 'https://browse.example.com/'",
          `url: '${BLOG}'`,
        ),
      );
      const astro = path.join(root, 'astro.config.mjs');
      writeFileSync(
        astro,
        readFileSync(astro, 'utf8').replace(
          'devToolbar:',
          "cacheDir: './card-cache/',\n  devToolbar:",
        ),
      );
    },
  },
  media: {
    content: fixture('media'),
    url: 'https://media.example.com/',
    // A Japanese film title, which Pretendard cannot draw alone.
    edit: (root: string) => {
      const review = path.join(root, 'content/reviews/plain/index.md');
      writeFileSync(
        review,
        readFileSync(review, 'utf8').replace('title: Plain Film', `title: ${JAPANESE_TITLE}`),
      );
    },
  },
};
/** Vitest types its asymmetric matchers as `any`; held as `unknown`, they stay out of the unsafe-`any` lint. */
const anyString: unknown = expect.any(String);

/** The JSON-LD objects the pages carry, as far as these tests read them. */
type JsonLd =
  | {
      '@type': 'Review';
      url: string;
      name: string;
      datePublished: string;
      description: string;
      author: { name: string };
      itemReviewed: { image?: string };
      keywords?: string;
      image?: string;
      reviewRating?: { ratingValue: number; bestRating: number };
    }
  | { '@type': 'BreadcrumbList'; itemListElement: { position: number; item: string }[] }
  | { '@type': 'ItemList'; itemListElement: { url: string }[] }
  | { '@type': 'WebSite'; potentialAction: unknown };
/** The page's JSON-LD object of `type`. */
const ofType = <T extends JsonLd['@type']>(data: JsonLd[], type: T) =>
  data.find((item): item is Extract<JsonLd, { '@type': T }> => item['@type'] === type);

type SiteName = keyof typeof SITES;

const builds = {} as Record<SiteName, BuildResult>;
let second: BuildResult;

beforeAll(async () => {
  for (const [name, { content, edit }] of Object.entries(SITES) as [
    SiteName,
    (typeof SITES)[SiteName],
  ][]) {
    builds[name] = await buildSite({ content, edit });
    if (!builds[name].ok)
      throw new Error(`The ${name} fixture did not build:\n${builds[name].output}`);
  }
});
afterAll(() => Object.values(builds).forEach((build) => build.site.remove()));

/** Every built HTML page as [file under dist, URL path]. */
function pages(name: SiteName): [string, string][] {
  return readdirSync(builds[name].site.dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort()
    .map((file) => [file, file === '404.html' ? '404.html' : file.slice(0, -'index.html'.length)]);
}

const meta = (page: ReturnType<typeof html>, key: string) =>
  page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const metas = (page: ReturnType<typeof html>, key: string) =>
  page.querySelectorAll(`meta[property="${key}"]`).map((m) => m.getAttribute('content'));
const jsonLd = (page: ReturnType<typeof html>) =>
  page
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as JsonLd);
/** `https://example.com/blog/og/x.png` → `dist/og/x.png` exists (the URL must be under the site's address). */
function fileOf(name: SiteName, url: string): string {
  expect(url.startsWith(SITES[name].url), url).toBe(true);
  return decodeURIComponent(url.slice(SITES[name].url.length));
}

describe.each(Object.keys(SITES) as SiteName[])('the %s site', (name) => {
  const site = () => builds[name].site;
  const page = (file: string) => html(site().read(file));

  test('every page has a description of 50–160 characters, each one its own', () => {
    const descriptions = pages(name).map(([file]) => meta(page(file), 'description') ?? '');
    for (const description of descriptions)
      expect(Array.from(description).length, description).toBeGreaterThanOrEqual(50);
    for (const description of descriptions)
      expect(Array.from(description).length, description).toBeLessThanOrEqual(160);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  test('every page links a 1200 × 630 PNG card with its size, type and alt, as a large Twitter card', async () => {
    for (const [file] of pages(name)) {
      const head = page(file);
      const image = meta(head, 'og:image')!;
      expect(
        [meta(head, 'og:image:width'), meta(head, 'og:image:height'), meta(head, 'og:image:type')],
        file,
      ).toEqual(['1200', '630', 'image/png']);
      expect(meta(head, 'og:image:alt')?.length, file).toBeGreaterThan(5);
      expect(meta(head, 'twitter:card')).toBe('summary_large_image');
      const png = await sharp(path.join(site().dist, fileOf(name, image))).metadata();
      expect([png.format, png.width, png.height], image).toEqual(['png', 1200, 630]);
    }
  });

  test('genre, country, year and category pages have a card of their own; people and tag pages share the site card', () => {
    const siteImage = meta(page('index.html'), 'og:image');
    const terms = pages(name).filter(([, urlPath]) =>
      /^(genres|people|countries|years|categories|tags)\/[^/]+\/$/.test(urlPath),
    );
    expect(terms.length).toBeGreaterThan(0);
    if (name === 'browse') {
      for (const taxonomy of ['genres', 'people', 'tags'])
        expect(terms.some(([, urlPath]) => urlPath.startsWith(`${taxonomy}/`))).toBe(true);
    }
    for (const [file, urlPath] of terms) {
      const image = meta(page(file), 'og:image')!;
      if (/^(people|tags)\//.test(urlPath)) expect(image, file).toBe(siteImage);
      else expect(decodeURIComponent(image), file).toContain(`/og/${urlPath.slice(0, -1)}.`);
    }
  });

  test('canonical and og:url are the page’s own absolute address; the 404 page has neither', () => {
    for (const [file, urlPath] of pages(name)) {
      const head = page(file);
      const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (file === '404.html') {
        expect(canonical).toBeUndefined();
        expect(meta(head, 'og:url')).toBeUndefined();
        continue;
      }
      expect(decodeURIComponent(canonical!)).toBe(`${SITES[name].url}${urlPath}`);
      expect(meta(head, 'og:url')).toBe(canonical);
    }
  });

  test('review pages are articles with dates, section and tags, Review JSON-LD with optimised images, and breadcrumbs', () => {
    const reviews = pages(name).filter(([, urlPath]) => /^reviews\/[^/]+\/$/.test(urlPath));
    expect(reviews.length).toBeGreaterThan(1);
    for (const [file, urlPath] of reviews) {
      const head = page(file);
      expect(meta(head, 'og:type')).toBe('article');
      for (const key of ['article:published_time', 'article:modified_time'])
        expect(Date.parse(meta(head, key)!), key).not.toBeNaN();
      expect(meta(head, 'article:section')).toBeTruthy();
      const data = jsonLd(head);
      const review = ofType(data, 'Review')!;
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        url: `${SITES[name].url}${urlPath}`,
      });
      for (const key of ['name', 'datePublished', 'description'] as const)
        expect(review[key], key).toBeTruthy();
      expect(review.author.name).toBeTruthy();
      expect(review.itemReviewed).toMatchObject({ '@type': 'Movie', name: anyString });
      expect(metas(head, 'article:tag').join(', '), 'one article:tag per tag').toBe(
        review.keywords ?? '',
      );
      if (review.reviewRating)
        expect(review.reviewRating.ratingValue).toBeLessThanOrEqual(review.reviewRating.bestRating);
      for (const image of [review.image, review.itemReviewed.image].filter(
        (image) => image !== undefined,
      )) {
        expect(image, 'an optimised file, not the original').toMatch(
          /\/_astro\/.+_[\w-]+\.(jpg|webp)$/,
        );
        expect(site().exists(fileOf(name, image))).toBe(true);
      }
      const crumbs = ofType(data, 'BreadcrumbList')!;
      expect(crumbs.itemListElement.map((item) => item.position)).toEqual([1, 2, 3]);
      expect(crumbs.itemListElement.at(-1)?.item).toBe(review.url);
      for (const crumb of crumbs.itemListElement)
        expect(site().exists(`${fileOf(name, crumb.item)}index.html`)).toBe(true);
    }
  });

  test('home carries WebSite JSON-LD with a SearchAction on the search page', () => {
    const website = ofType(jsonLd(page('index.html')), 'WebSite')!;
    expect(website).toMatchObject({ name: anyString, url: SITES[name].url });
    expect(website.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: `${SITES[name].url}search/?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });

  test('term pages carry breadcrumbs and an ItemList of the reviews they show', () => {
    const terms = pages(name).filter(([, urlPath]) =>
      /^(genres|people|countries|years|categories|tags)\/[^/]+\/(page\/\d+\/)?$/.test(urlPath),
    );
    expect(terms.length).toBeGreaterThan(0);
    for (const [file] of terms) {
      const data = jsonLd(page(file));
      expect(ofType(data, 'BreadcrumbList')?.itemListElement).toHaveLength(3);
      const list = ofType(data, 'ItemList')!;
      const shown = page(file).querySelectorAll('main article h2 a, main article h3 a').length;
      expect(list.itemListElement.length, file).toBe(shown);
      for (const item of list.itemListElement)
        expect(site().exists(`${fileOf(name, item.url)}index.html`)).toBe(true);
    }
  });

  test('RSS parses, names itself with atom:link and links every item absolutely', () => {
    const { rss, items } = readRss(site().read('rss.xml'));
    expect(rss.channel['atom:link']).toMatchObject({
      '@href': `${SITES[name].url}rss.xml`,
      '@rel': 'self',
      '@type': 'application/rss+xml',
    });
    for (const item of items)
      expect(site().exists(`${fileOf(name, item.link)}index.html`)).toBe(true);
  });

  test('the JSON Feed 1.1 has its required fields and the same items as RSS', () => {
    const feed = JSON.parse(site().read('feed.json')) as JsonFeed;
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: anyString,
      home_page_url: SITES[name].url,
      feed_url: `${SITES[name].url}feed.json`,
    });
    for (const item of feed.items) {
      expect(item).toMatchObject({
        id: anyString,
        url: item.id,
        content_html: anyString,
      });
      expect(Date.parse(item.date_published)).not.toBeNaN();
    }
    const rssLinks = readRss(site().read('rss.xml')).items.map((item) => item.link);
    expect(feed.items.map((item) => item.url)).toEqual(rssLinks);
    expect(
      page('index.html').querySelector('link[type="application/feed+json"]')?.getAttribute('href'),
    ).toBe(`${SITES[name].url}feed.json`);
  });

  test('each category has its own feed, announced on its page', () => {
    const categories = pages(name).filter(([, urlPath]) => /^categories\/[^/]+\/$/.test(urlPath));
    expect(categories.length).toBeGreaterThan(0);
    for (const [file, urlPath] of categories) {
      const feedUrl = page(file)
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((link) => link.getAttribute('href')!)
        .find((url) => decodeURIComponent(url) === `${SITES[name].url}${urlPath}rss.xml`);
      expect(feedUrl, file).toBeDefined();
      const { rss, items } = readRss(site().read(fileOf(name, feedUrl!)));
      expect(rss.channel['atom:link']['@href']).toBe(feedUrl);
      const listed = page(file)
        .querySelectorAll('main article h2 a, main article h3 a')
        .map((a) => a.getAttribute('href'));
      const linked = items.map((item) => new URL(item.link).pathname);
      expect(linked.slice(0, listed.length)).toEqual(listed);
    }
  });
});

describe('a card with a Japanese film title', () => {
  test('draws its kanji and kana from the CJK font, and no font file reaches dist/', async () => {
    const { site } = builds.media;
    const image = meta(html(site.read('reviews/plain/index.html')), 'og:image')!;
    const card = readFileSync(path.join(site.dist, fileOf('media', image)));
    // Pretendard's placeholder for a character no font has, where the film title begins.
    const placeholder = await drawCard({ kind: 'review', siteName: '', filmTitle: '\u0378' });
    const cell = (index: number) => ({ left: 452 + 64 * index, top: 48, width: 64, height: 80 });
    for (const [index, character] of Array.from(JAPANESE_TITLE).entries())
      expect(
        await changedShare(card, placeholder, cell(index), cell(0)),
        character,
      ).toBeGreaterThan(0.25);
    expect(
      await inkColumnRuns(card, { left: 452, top: 48, width: 700, height: 80 }),
    ).toBeGreaterThanOrEqual(Array.from(JAPANESE_TITLE).length);
    // Cards are PNGs: the CJK font is read while drawing, never shipped (Pretendard's WOFF2 slices are the site's own).
    const fonts = readdirSync(site.dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(woff2?|otf|ttf)$/i.test(file),
    );
    expect(fonts.filter((file) => !file.endsWith('.woff2') || /noto/i.test(file))).toEqual([]);
  });
});

describe('preview cards between builds', () => {
  test('a second build with nothing changed draws no card and ships the same files', async () => {
    const first = builds.browse;
    const cards = readdirSync(path.join(first.site.dist, 'og'), {
      recursive: true,
      encoding: 'utf8',
    }).filter((file) => file.endsWith('.png'));
    expect(first.output).toContain(
      `preview cards: ${cards.length} linked: ${cards.length} drawn, 0 from the card cache`,
    );
    const before = new Map(
      cards.map((file) => [file, readFileSync(path.join(first.site.dist, 'og', file))]),
    );
    second = await rebuildSite(first.site);
    expect(second.ok, second.output).toBe(true);
    expect(second.output).toContain(`preview cards: ${cards.length} linked: 0 drawn`);
    for (const [file, png] of before)
      expect(readFileSync(path.join(first.site.dist, 'og', file)).equals(png), file).toBe(true);
  });
});
