import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build-site';
import { readRss } from '../helpers/feeds';
import { html, text } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

const ORIGIN = 'https://marquee.example.com';

/**
 * One review in two languages, on the Korean sample site (`her`, translated as `her-en`)
 * and its English twin (`her`, translated as `her-ko`): each fixture also has a review
 * written in the other language without a translation (`paterson`, `little-forest`).
 */
const SITES = [
  {
    fixture: 'sample',
    language: 'ko',
    other: 'en',
    translation: 'her-en',
    untranslated: 'paterson',
    switchLabels: { toOther: 'English', toSite: '한국어' },
    /** What the translation's page says in its own language. */
    ui: { nav: ['Reviews', 'Search'], published: 'Published', date: 'June 25, 2022' },
  },
  {
    fixture: 'english',
    language: 'en',
    other: 'ko',
    translation: 'her-ko',
    untranslated: 'little-forest',
    switchLabels: { toOther: '한국어', toSite: 'English' },
    ui: { nav: ['리뷰', '검색'], published: '작성', date: '2022. 6. 25.' },
  },
] as const;

describe.each(SITES)('$fixture site', (site) => {
  let build: BuildResult;
  const page = (path: string) => html(build.site.read(`${path.slice(1)}index.html`));
  const original = '/reviews/her/';
  const translation = `/${site.other}/reviews/${site.translation}/`;
  const alternatesOf = (path: string) =>
    page(path)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);

  /** The reviews written in the other language without a translation: they keep their address and count as the site's own. */
  const writtenInOther = () =>
    (
      build.site
        .read('sitemap-0.xml')
        .match(/(?<=<loc>https:\/\/[^/]+)\/reviews\/[^/<]+\/(?=<\/loc>)/g) ?? []
    ).filter((path) => page(path).querySelector('main')?.getAttribute('lang') === site.other);

  beforeAll(async () => {
    build = await sharedBuild(site.fixture);
    if (!build.ok) throw new Error(`The ${site.fixture} site did not build:\n${build.output}`);
  });

  test('both pages of the pair name each other with hreflang, and x-default names the original', () => {
    const expected = [
      [site.language, `${ORIGIN}${original}`],
      [site.other, `${ORIGIN}${translation}`],
      ['x-default', `${ORIGIN}${original}`],
    ];
    for (const path of [original, translation])
      expect(alternatesOf(path).sort()).toEqual(expected.sort());
  });

  test('a review without a translation, and every other page, names no other language', () => {
    for (const path of [`/reviews/${site.untranslated}/`, '/reviews/aftersun/', '/', '/archive/'])
      expect(alternatesOf(path)).toEqual([]);
  });

  test('a visible switch on each page links the other, named in its language', () => {
    const switchOf = (path: string) => {
      const link = page(path).querySelector('main a[hreflang]');
      return {
        text: text(link),
        href: link?.getAttribute('href'),
        hreflang: link?.getAttribute('hreflang'),
        lang: link?.getAttribute('lang'),
      };
    };
    expect(switchOf(original)).toEqual({
      text: site.switchLabels.toOther,
      href: translation,
      hreflang: site.other,
      lang: site.other,
    });
    expect(switchOf(translation)).toEqual({
      text: site.switchLabels.toSite,
      href: original,
      hreflang: site.language,
      lang: site.language,
    });
    expect(page(`/reviews/${site.untranslated}/`).querySelector('main a[hreflang]')).toBeNull();
  });

  test('the translation’s page is in its language: html lang, interface, dates, card and JSON-LD', () => {
    const doc = page(translation);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(site.other);
    expect(doc.querySelector('main')?.getAttribute('lang')).toBeUndefined();
    expect(doc.querySelectorAll('.site-header__nav a').map(text)).toEqual(site.ui.nav);
    expect(text(doc.querySelector('.review-header__published'))).toBe(
      `${site.ui.published} ${site.ui.date}`,
    );
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${ORIGIN}${translation}`,
    );
    expect(doc.querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(
      `${ORIGIN}/${site.other}/rss.xml`,
    );
    expect(doc.querySelector('link[type="application/feed+json"]')?.getAttribute('href')).toBe(
      `${ORIGIN}/${site.other}/feed.json`,
    );
    const card = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(card).toContain(`/og/reviews/${site.translation}.`);
    expect(build.site.exists(new URL(card).pathname.slice(1))).toBe(true);
    const review = doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as Record<string, unknown>)
      .find((data) => data['@type'] === 'Review');
    expect(review).toMatchObject({ inLanguage: site.other, url: `${ORIGIN}${translation}` });
    // The original keeps its address and its language.
    expect(page(original).querySelector('html')?.getAttribute('lang')).toBe(site.language);
    expect(build.site.exists(`reviews/${site.translation}/index.html`)).toBe(false);
  });

  test('the sitemap carries the same alternates, on the pair only', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      build.site.read('sitemap-0.xml'),
    ) as {
      urlset: { url: { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[] };
    };
    const links = (path: string) =>
      (parsed.urlset.url.find((url) => url.loc === `${ORIGIN}${path}`)?.['xhtml:link'] ?? [])
        .map(({ hreflang, href }) => [hreflang, href])
        .sort();
    const expected = alternatesOf(original).sort();
    expect(expected).toHaveLength(3);
    expect(links(original)).toEqual(expected);
    expect(links(translation)).toEqual(expected);
    expect(links(`/reviews/${site.untranslated}/`)).toEqual([]);
    expect(links(`/${site.other}/`)).toEqual([]);
  });

  test('each language has its feed: the translation in the other one only', () => {
    const paths = (file: string) =>
      readRss(build.site.read(file)).items.map((item) => new URL(item.link).pathname);
    const main = readRss(build.site.read('rss.xml'));
    const other = readRss(build.site.read(`${site.other}/rss.xml`));
    expect(paths('rss.xml')).toContain(original);
    expect(paths('rss.xml')).not.toContain(translation);
    expect(writtenInOther()).toContain(`/reviews/${site.untranslated}/`);
    expect(paths(`${site.other}/rss.xml`).sort()).toEqual(
      [translation, ...writtenInOther()].sort(),
    );
    expect(other.rss.channel.language).not.toBe(main.rss.channel.language);
  });

  test('the other language has its JSON Feed too, with the items of its RSS feed', () => {
    const feed = JSON.parse(build.site.read(`${site.other}/feed.json`)) as {
      language: string;
      feed_url: string;
      home_page_url: string;
      items: { url: string }[];
    };
    expect(feed).toMatchObject({
      language: site.other,
      feed_url: `${ORIGIN}/${site.other}/feed.json`,
      home_page_url: `${ORIGIN}/${site.other}/`,
    });
    const rssPaths = readRss(build.site.read(`${site.other}/rss.xml`)).items.map(
      (item) => new URL(item.link).pathname,
    );
    expect(feed.items.map((item) => new URL(item.url).pathname)).toEqual(rssPaths);
    const main = JSON.parse(build.site.read('feed.json')) as { language: string };
    expect(main.language).toBe(site.language);
  });

  test('the other language’s home lists its reviews in its interface; no page of it is an empty fallback', () => {
    const home = page(`/${site.other}/`);
    expect(home.querySelector('html')?.getAttribute('lang')).toBe(site.other);
    expect(
      home
        .querySelectorAll('.review-card__title a')
        .map((link) => link.getAttribute('href'))
        .sort(),
    ).toEqual([translation, ...writtenInOther()].sort());
    // Each home links the other, named in its language.
    const homeLink = (path: string) => {
      const link = page(path).querySelector('.language-home-link a');
      return [link?.getAttribute('href'), link?.getAttribute('hreflang'), text(link)];
    };
    expect(homeLink('/')).toEqual([`/${site.other}/`, site.other, site.switchLabels.toOther]);
    expect(homeLink(`/${site.other}/`)).toEqual(['/', site.language, site.switchLabels.toSite]);
    expect(page(`/${site.other}/search/`).querySelector('html')?.getAttribute('lang')).toBe(
      site.other,
    );
    for (const missing of ['archive', 'stats', 'genres', 'reviews/her', 'page/2'])
      expect(build.site.exists(`${site.other}/${missing}/index.html`)).toBe(false);
  });

  test('search has an index per language: the translation in the other one', () => {
    const entry = JSON.parse(build.site.read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual([site.language, site.other].sort());
    expect(entry.languages[site.other]?.page_count).toBe(1);
  });

  test('the pair is one review of one film: lists, counts and the film’s reviews see the original only', () => {
    const reviewLinks = (path: string) =>
      page(path)
        .querySelectorAll('main a:not([hreflang])')
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => href.includes('/reviews/'));
    for (const path of ['/', '/page/2/', '/archive/', '/diary/'])
      expect(reviewLinks(path).some((href) => href.includes(site.translation))).toBe(false);
    const reviews =
      build.site.read('sitemap-0.xml').match(/<loc>https:\/\/[^/]+\/reviews\/[^/<]+\/<\/loc>/g) ??
      [];
    // Every review page is a film of its own in the fixture: films and reviews are one number each.
    const summary = text(page('/stats/').querySelector('.stats__summary'));
    const numbers = (summary.match(/\d+/g) ?? []).map(Number);
    expect(reviews.length).toBeGreaterThan(4);
    expect(numbers.slice(0, 2)).toEqual([reviews.length, reviews.length]);
    // The original's page has no "other reviews of this film": the translation is not one, nor a rewatch.
    expect(reviewLinks(original).some((href) => href.includes(site.translation))).toBe(false);
  });
});

test('a site without translations has no page under the other language’s prefix, and no link to one', async () => {
  const build = await sharedBuild('minimal');
  if (!build.ok) throw new Error(`The minimal site did not build:\n${build.output}`);
  for (const prefix of ['en', 'ko']) expect(build.site.exists(`${prefix}/index.html`)).toBe(false);
  const home = html(build.site.read('index.html'));
  expect(home.querySelector('.language-home-link')).toBeNull();
  expect(home.querySelectorAll('link[rel="alternate"][hreflang]')).toEqual([]);
  expect(build.site.read('sitemap-0.xml')).not.toContain('xhtml:link');
});
