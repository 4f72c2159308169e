/**
 * What a deployment publishes: the media fixture built under a sub-path base from the
 * environment (as the GitHub Pages workflow builds a fork), with a draft that has its own
 * photo, a photo no post uses, and camera metadata (GPS included) in the photos.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '../helpers/build-site';
import { html } from '../helpers/html';

const SITE = 'https://example.github.io';
const BASE = '/blog/';

let build: BuildResult;

/** A JPEG as a phone writes it: camera make, GPS position. */
const cameraPhoto = (seed: number) =>
  sharp({
    create: { width: 1200, height: 800, channels: 3, background: { r: seed, g: 90, b: 140 } },
  })
    .withExif({
      IFD0: { Make: 'Phone', Model: 'Camera' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 33/1 0/1' },
    })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  const [still, draftPoster, unused] = await Promise.all([
    cameraPhoto(10),
    cameraPhoto(20),
    cameraPhoto(30),
  ]);
  expect((await sharp(still).metadata()).exif, 'the fixture photo carries EXIF').toBeDefined();
  build = await buildSite({
    env: { SITE, BASE },
    content: path.join(repoRoot, 'tests/fixtures/sites/media/content'),
    edit(root) {
      const reviews = path.join(root, 'content/reviews');
      writeFileSync(path.join(reviews, 'with-media/still-1.jpg'), still);
      writeFileSync(path.join(reviews, 'with-media/never-used.jpg'), unused);
      const draft = path.join(reviews, 'plain-draft');
      writeFileSync(path.join(reviews, 'plain/draft-poster.jpg'), draftPoster);
      // A draft in its own bundle, sharing nothing with published posts.
      mkdirSync(draft);
      writeFileSync(path.join(draft, 'secret-poster.jpg'), draftPoster);
      writeFileSync(
        path.join(draft, 'index.md'),
        '---\ntitle: Not yet\npubDate: 2024-02-01\ndraft: true\nmovie:\n  title: Secret Film\n  poster: ./secret-poster.jpg\n---\n\nUnpublished.\n',
      );
    },
  });
  if (!build.ok) throw new Error(`The media fixture did not build under ${BASE}:\n${build.output}`);
});

afterAll(() => build?.site.remove());

/** Every file under dist/, with `/` separators. */
const distFiles = () =>
  readdirSync(build.site.dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(build.site.dist, file)).isFile())
    .map((file) => file.split(path.sep).join('/'));

/** The file a site URL serves, or undefined for a URL outside the site. */
function servedFile(url: string): string | undefined {
  const parsed = new URL(url, `${SITE}${BASE}`);
  if (parsed.origin !== SITE) return undefined;
  expect(parsed.pathname, `${url} is under the base path`).toMatch(/^\/blog\//);
  const file = decodeURIComponent(parsed.pathname.slice(BASE.length));
  return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

/** Every URL a built page, stylesheet, feed or sitemap names for the browser or a reader. */
function urlsIn(file: string, source: string): string[] {
  if (file.endsWith('.css'))
    return [...source.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map(([, url]) => url!);
  if (file.endsWith('.html')) {
    const page = html(source);
    const attribute = (selector: string, name: string) =>
      page.querySelectorAll(selector).map((element) => element.getAttribute(name) ?? '');
    const srcsets = attribute('[srcset]', 'srcset').flatMap((srcset) =>
      srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!),
    );
    const meta = page
      .querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')
      .map((element) => element.getAttribute('content') ?? '');
    const jsonLd = page
      .querySelectorAll('script[type="application/ld+json"]')
      .flatMap((script) =>
        [...script.textContent.matchAll(/"(https?:\/\/[^"]+)"/g)].map(([, url]) => url!),
      );
    return [
      ...attribute('[href]', 'href'),
      ...attribute('[src]', 'src'),
      ...srcsets,
      ...meta.filter((value) => /^https?:\/\//.test(value)),
      ...jsonLd,
    ];
  }
  return [...source.matchAll(/<(?:loc|link|guid)>([^<]+)<\/|(?:src|href)="([^"]+)"/g)].map(
    ([, a, b]) => (a ?? b)!.replaceAll('&amp;', '&'),
  );
}

describe('under a sub-path base from SITE and BASE', () => {
  test('canonical and feed URLs carry the environment address', () => {
    const page = html(build.site.read('reviews/plain/index.html'));
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${SITE}${BASE}reviews/plain/`,
    );
    expect(build.site.read('rss.xml')).toContain(`<link>${SITE}${BASE}</link>`);
    expect(build.site.read('sitemap-index.xml')).toContain(`${SITE}${BASE}sitemap-0.xml`);
  });

  test('every internal href, src, srcset, og:, JSON-LD, stylesheet url(), feed and sitemap URL is a file in dist/', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of distFiles().filter((name) => /\.(html|xml|css)$/.test(name))) {
      for (const url of urlsIn(file, build.site.read(file))) {
        if (!url || url.startsWith('#') || url.startsWith('mailto:') || url.startsWith('data:'))
          continue;
        const served = servedFile(url);
        if (served === undefined) continue;
        checked++;
        if (!existsSync(path.join(build.site.dist, served.split('#')[0]!)))
          missing.push(`${file}: ${url}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});

describe('published images', () => {
  const images = () =>
    distFiles().filter((file) => /\.(avif|webp|jpe?g|png|gif|tiff?)$/i.test(file));

  test('no published image carries EXIF, GPS or XMP; colour is sRGB', async () => {
    expect(images().length).toBeGreaterThan(10);
    for (const file of images()) {
      const metadata = await sharp(path.join(build.site.dist, file)).metadata();
      expect(metadata.exif, `${file} has EXIF`).toBeUndefined();
      expect(metadata.xmp, `${file} has XMP`).toBeUndefined();
      expect(metadata.space, file).toBe('srgb');
    }
  });

  test('every file in dist/_astro/ is named by some page, feed, manifest, stylesheet or script', () => {
    const texts = distFiles()
      .filter((file) => /\.(html|xml|json|css|js|webmanifest)$/.test(file))
      .map((file) => readFileSync(path.join(build.site.dist, file), 'utf8'))
      .join('\n');
    const named = (file: string) =>
      texts.includes(`_astro/${file}`) ||
      texts.includes(`./${file}`) ||
      texts.includes(encodeURI(`_astro/${file}`));
    const assets = distFiles()
      .filter((file) => file.startsWith('_astro/'))
      .map((file) => file.slice('_astro/'.length));
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((file) => !named(file))).toEqual([]);
  });

  test('no original, no draft image, no image of nothing', () => {
    const names = images().map((file) => path.basename(file));
    expect(names.filter((name) => /^(secret-poster|draft-poster|never-used)\./.test(name))).toEqual(
      [],
    );
    // Originals keep their format: the JPEG files are the two share images, nothing else.
    expect(names.filter((name) => /\.jpe?g$/.test(name))).toHaveLength(2);
  });

  test('one share image and one search thumbnail per poster: no srcset of sizes no page names', () => {
    // The review's one JPEG is the image its JSON-LD names (the preview card is og:image).
    const shared = ['plain', 'with-media'].flatMap((slug) =>
      html(build.site.read(`reviews/${slug}/index.html`))
        .querySelectorAll('script[type="application/ld+json"]')
        .map((script) => JSON.parse(script.textContent) as { '@type'?: string; image?: string })
        .filter((data) => data['@type'] === 'Review' && data.image)
        .map((data) => data.image ?? ''),
    );
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((url) => url.endsWith('.jpg'))).toBe(true);
    const jpegs = images().filter((file) => /\.jpe?g$/.test(file));
    expect(jpegs.map((file) => `${SITE}${BASE}${file}`).sort()).toEqual(
      [...new Set(shared)].sort(),
    );
    const thumbnails = images().filter(
      (file) => file.endsWith('.webp') && path.basename(file).startsWith('poster.'),
    );
    expect(thumbnails.length).toBeGreaterThan(0);
  });
});
