import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BodyFacts } from '../../src/lib/body-facts';
import type { BuildResult } from '../helpers/build-site';
import { readRss } from '../helpers/feeds';
import { html, text } from '../helpers/html';
import { renderMarkdown } from '../helpers/render-markdown';
import { sharedBuild } from '../helpers/shared-build';

let sample: BuildResult;
let fixture: BuildResult;

beforeAll(async () => {
  sample = await sharedBuild('sample');
  if (!sample.ok) throw new Error(`The sample site did not build:\n${sample.output}`);
  fixture = await sharedBuild('media');
  if (!fixture.ok) throw new Error(`The media fixture site did not build:\n${fixture.output}`);
});

const her = () => html(sample.site.read('reviews/her/index.html'));

/** A built file by its URL path (`/_astro/x.webp`). */
const builtFile = (build: BuildResult, url: string) =>
  path.join(build.site.dist, decodeURIComponent(url));

/** The page's scripts as text: inline ones as written, external ones read from dist. */
function scripts(build: BuildResult, page: HTMLElement): string[] {
  return page.querySelectorAll('script:not([type="application/ld+json"])').map((script) => {
    const src = script.getAttribute('src');
    return src ? readFileSync(builtFile(build, src), 'utf8') : script.textContent;
  });
}

/** The placeholder data URI inlined as the `<img>`'s background. */
const placeholder = (img: HTMLElement) =>
  /^background-image:url\((data:image\/webp,[^)]+)\)$/.exec(img.getAttribute('style') ?? '')?.[1];

/** A `<picture>` in AVIF (a `<source>`) and WebP (the `<img>` itself) over a tiny inline placeholder. */
function expectOptimisedPicture(picture: HTMLElement | null, build: BuildResult) {
  expect(picture, 'a <picture>').not.toBeNull();
  const sources = picture!.querySelectorAll('source');
  expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif']);
  const img = picture!.querySelector('img')!;
  for (const [element, extension] of [
    [sources[0]!, 'avif'],
    [img, 'webp'],
  ] as const) {
    const candidates = (element.getAttribute('srcset') ?? '').split(', ');
    expect(candidates.map((candidate) => candidate.split(' ')[1])).toEqual([
      '480w',
      '960w',
      '1600w',
    ]);
    for (const candidate of candidates)
      expect(candidate.split(' ')[0]).toMatch(new RegExp(`\\.${extension}$`));
    expect(element.getAttribute('sizes')).toBeTruthy();
  }
  expect(img.getAttribute('width')).toBe('1600');
  expect(img.getAttribute('height')).toBe('900');
  expect(img.getAttribute('decoding')).toBe('async');
  expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
  expect(readFileSync(builtFile(build, img.getAttribute('src')!)).length).toBeGreaterThan(0);
  const uri = placeholder(img);
  expect(uri, 'an inline placeholder').toBeDefined();
  expect(uri!.length).toBeLessThan(1024);
}

describe('the Her review page (sample site)', () => {
  test('the frontmatter trailer is a local facade linking to YouTube, with no third-party request in the HTML', () => {
    // 헤어질 결심 has movie.trailer only (그녀 places the same video in its body, so shows that one).
    const page = html(sample.site.read('reviews/decision-to-leave/index.html'));
    const trailer = page.querySelector('.review__trailer marquee-trailer')!;
    expect(trailer.getAttribute('data-embed')).toBe(
      'https://www.youtube-nocookie.com/embed/1_mTc7QQ3Ik',
    );
    const link = trailer.querySelector('a.marquee-trailer__link')!;
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=1_mTc7QQ3Ik');
    expect(text(link)).toBe('헤어질 결심 예고편 보기');
    expect(link.querySelector('picture img')?.getAttribute('src')).toMatch(/^\/_astro\//);
    expect(page.querySelector('iframe')).toBeNull();
    const loaded = page
      .querySelectorAll('[src], [srcset], link[href]')
      .flatMap((element) =>
        [
          element.getAttribute('src'),
          ...(element.getAttribute('srcset') ?? '').split(', ').map((item) => item.split(' ')[0]),
          element.tagName === 'LINK' ? element.getAttribute('href') : undefined,
        ].filter(Boolean),
      );
    const external = loaded.filter(
      (url) => /^(https?:)?\/\//.test(url!) && !url!.startsWith('https://marquee.example.com/'),
    );
    expect(external).toEqual([]);
  });

  test('the frontmatter gallery is a grid of optimised pictures linking to full-size images', () => {
    const items = her().querySelectorAll('.review__gallery .marquee-gallery__item');
    expect(items).toHaveLength(3);
    for (const item of items) {
      expectOptimisedPicture(item.querySelector('picture'), sample);
      expect(item.querySelector('picture img')!.getAttribute('loading')).toBe('lazy');
      const href = item.querySelector('a.marquee-gallery__link')!.getAttribute('href')!;
      expect(href).toMatch(/^\/_astro\/still-\d\..+\.webp$/);
      expect(readFileSync(builtFile(sample, href)).length).toBeGreaterThan(0);
    }
    expect(items.map((item) => text(item.querySelector('figcaption')))).toEqual([
      '테오도르의 붉은 셔츠처럼 따뜻한 색',
      '해 질 녘 해변',
      '',
    ]);
  });

  test('body media: a captioned figure, the directive trailer and the directive gallery', () => {
    const body = her().querySelector('.review__body')!;
    const figure = body.querySelector('figure.marquee-figure')!;
    expectOptimisedPicture(figure.querySelector('picture'), sample);
    expect(text(figure.querySelector('figcaption'))).toBe('영화의 색감을 닮은 붉은 톤');
    const trailer = body.querySelector('marquee-trailer')!;
    expect(trailer.getAttribute('data-title')).toBe('그녀 공식 예고편');
    expect(text(body.querySelector('.marquee-trailer__caption'))).toBe('그녀 공식 예고편');
    const gallery = body.querySelectorAll('marquee-gallery .marquee-gallery__item');
    expect(gallery.map((item) => item.querySelector('picture img')!.getAttribute('alt'))).toEqual([
      '노을빛 원들이 겹쳐진 추상 이미지',
      '푸른빛과 분홍빛이 섞인 추상 이미지',
    ]);
    for (const item of gallery) expectOptimisedPicture(item.querySelector('picture'), sample);
    expect(body.toString()).not.toContain('marquee-media');
  });

  test('spoilers are collapsed and kept out of search; colons in text survive', () => {
    const body = her().querySelector('.review__body')!;
    const spoiler = body.querySelector('details.marquee-spoiler')!;
    expect(spoiler.hasAttribute('open')).toBe(false);
    expect(spoiler.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(text(spoiler.querySelector('summary'))).toBe('결말에 대한 이야기');
    expect(text(body)).toContain('오후 12:30에 시작한 영화');
    expect(text(body)).toContain('3:2 정도로');
  });

  test('every heading has an id and a self-link, and the table of contents lists them', () => {
    const page = her();
    const headings = page.querySelectorAll('.review__body h2, .review__body h3');
    expect(headings.map((heading) => heading.id)).toEqual([
      '줄거리',
      '후기',
      '함께-보면-좋은-영화',
    ]);
    for (const heading of headings)
      expect(heading.querySelector('a.marquee-heading-link')?.getAttribute('href')).toBe(
        `#${heading.id}`,
      );
    const toc = page.querySelectorAll('nav.toc a');
    expect(toc.map((link) => [link.getAttribute('href'), text(link)])).toEqual([
      ['#줄거리', '줄거리'],
      ['#후기', '후기'],
      ['#함께-보면-좋은-영화', '함께 보면 좋은 영화'],
    ]);
  });

  test('every image on the page has its width and height (no layout shift)', () => {
    for (const img of her().querySelectorAll('img')) {
      expect(img.getAttribute('width'), img.toString()).toMatch(/^\d+$/);
      expect(img.getAttribute('height'), img.toString()).toMatch(/^\d+$/);
    }
  });

  test('no page keeps a media marker', () => {
    for (const slug of [
      'her',
      'aftersun',
      'columbus',
      'decision-to-leave',
      'little-forest',
      'paterson',
    ]) {
      expect(sample.site.read(`reviews/${slug}/index.html`)).not.toContain('<marquee-media');
    }
  });
});

describe('scripts (media fixture site)', () => {
  const page = (file: string) => html(fixture.site.read(file));
  // The element name as a string literal, whichever quotes the minifier chose.
  const trailerScript = (source: string) => /["'`]marquee-trailer["'`]/.test(source);
  const lightboxScript = (source: string) => /["'`]marquee-gallery["'`]/.test(source);

  test('a page with trailers and galleries ships each script once, together within 4 KB gzipped', () => {
    const found = scripts(fixture, page('reviews/with-media/index.html'));
    const media = found.filter((source) => trailerScript(source) || lightboxScript(source));
    expect(found.filter(trailerScript)).toHaveLength(1);
    expect(found.filter(lightboxScript)).toHaveLength(1);
    const gzipped = media.reduce(
      (total, source) => total + gzipSync(source, { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThanOrEqual(4096);
  });

  test('a review without media carries no script beyond the site-wide ones', () => {
    const siteWide = scripts(fixture, page('404.html'));
    const plain = scripts(fixture, page('reviews/plain/index.html'));
    expect(plain.filter((source) => !siteWide.includes(source))).toEqual([]);
    expect(plain.some((source) => trailerScript(source) || lightboxScript(source))).toBe(false);
  });

  test('a post with fewer than three headings has no table of contents', () => {
    expect(page('reviews/plain/index.html').querySelector('nav.toc')).toBeNull();
    expect(page('reviews/with-media/index.html').querySelectorAll('nav.toc a')).toHaveLength(3);
  });

  test('a Vimeo directive trailer uses the do-not-track player', () => {
    const trailer = page('reviews/with-media/index.html').querySelector(
      '.review__body marquee-trailer',
    )!;
    expect(trailer.getAttribute('data-embed')).toBe(
      'https://player.vimeo.com/video/182212442?dnt=1',
    );
    expect(trailer.querySelector('a')!.getAttribute('href')).toBe('https://vimeo.com/182212442');
  });
});

describe('what the pipeline records of a body (media fixture site), as its page and feed show it', () => {
  const post = 'tests/fixtures/sites/media/content/reviews/with-media/index.md';
  let recorded: BodyFacts;
  beforeAll(async () => {
    const source = readFileSync(post, 'utf8');
    const end = source.indexOf('\n---\n', 3);
    recorded = (await renderMarkdown(source.slice(end + 5), post)).body;
  });
  const page = () => html(fixture.site.read('reviews/with-media/index.html'));
  const body = () => page().querySelector('.review__body')!;

  test('the body shows the recorded media, in their order', () => {
    expect(recorded.media.map((part) => part.type)).toEqual(['image', 'trailer', 'gallery']);
    const shown = body()
      .querySelectorAll('*')
      .flatMap((element) => {
        if (element.tagName === 'MARQUEE-TRAILER') return ['trailer'];
        if (element.tagName === 'MARQUEE-GALLERY') return ['gallery'];
        const inside = element.closest('marquee-trailer') ?? element.closest('marquee-gallery');
        return element.tagName === 'PICTURE' && !inside ? ['image'] : [];
      });
    expect(shown).toEqual(recorded.media.map((part) => part.type));
    const [image, trailer, gallery] = recorded.media;
    expect(image?.type === 'image' && image.image.alt).toBe(
      body().querySelector('figure.marquee-figure picture img')?.getAttribute('alt'),
    );
    expect(trailer?.type === 'trailer' && trailer.label).toBe(
      body().querySelector('marquee-trailer')?.getAttribute('data-title'),
    );
    expect(gallery?.type === 'gallery' && gallery.images.map((item) => item.alt)).toEqual(
      body()
        .querySelectorAll('marquee-gallery picture img')
        .map((img) => img.getAttribute('alt')),
    );
  });

  test('the placed video is the body trailer; the frontmatter one still shows above the body', () => {
    expect(recorded.placedVideos).toEqual([{ provider: 'vimeo', id: '182212442' }]);
    expect(body().querySelector('marquee-trailer')?.getAttribute('data-embed')).toMatch(
      /^https:\/\/player\.vimeo\.com\/video\/182212442\b/,
    );
    expect(
      page().querySelector('.review__trailer marquee-trailer')?.getAttribute('data-embed'),
    ).toBe('https://www.youtube-nocookie.com/embed/ne6p6MfLBxc');
  });

  test('the contents list the recorded headings outside spoilers; the one inside stays in its spoiler', () => {
    expect(recorded.headings.map(({ text, inSpoiler }) => [text, inSpoiler])).toEqual([
      ['The story', false],
      ['The verdict', false],
      ['Afterwards', false],
      ['Who leaves', true],
    ]);
    const toc = page().querySelectorAll('nav.toc a');
    expect(toc.map((link) => [link.getAttribute('href'), text(link)])).toEqual(
      recorded.headings
        .filter((heading) => !heading.inSpoiler)
        .map((heading) => [`#${heading.slug}`, heading.text]),
    );
    expect(body().querySelector('details.marquee-spoiler h4')?.id).toBe('who-leaves');
  });

  test('the feed carries the recorded body: its media, no spoiler', () => {
    const item = readRss(fixture.site.read('rss.xml')).items.find((entry) =>
      entry.link.endsWith('/reviews/with-media/'),
    )!;
    const content = html(item['content:encoded']);
    expect(content.querySelectorAll('picture').length).toBeGreaterThanOrEqual(3);
    expect(text(content.querySelector('figcaption'))).toBe('A caption under the picture');
    expect(content.querySelector('a[href="https://vimeo.com/182212442"]')).not.toBeNull();
    expect(item['content:encoded']).not.toMatch(/Who leaves|It ends well|marquee-media/);
    expect(content.querySelectorAll('h2').map((heading) => text(heading))).toEqual([
      'The story',
      'The verdict',
    ]);
  });
});
