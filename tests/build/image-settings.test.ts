import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '../helpers/build-site';
import { html } from '../helpers/html';

const fixture = path.join(repoRoot, 'tests/fixtures/sites/minimal/content');
let result: BuildResult;

beforeAll(async () => {
  result = await buildSite({
    content: fixture,
    edit(root) {
      const config = path.join(root, 'content/site.config.ts');
      writeFileSync(
        config,
        readFileSync(config, 'utf8').replace(
          'reviewsPerPage: 10,',
          "reviewsPerPage: 10,\n  images: { formats: ['webp', 'jpeg'], widths: [240, 400], quality: 50 },",
        ),
      );
      const post = path.join(root, 'content/reviews/good');
      // A 1600 × 900 photo from the tests' own media fixture (never the author's content/).
      cpSync(
        path.join(repoRoot, 'tests/fixtures/sites/media/content/reviews/with-media/still-1.jpg'),
        path.join(post, 'still.jpg'),
      );
      appendFileSync(
        path.join(post, 'index.md'),
        '\n:::gallery\n![A still](./still.jpg "Caption")\n:::\n',
      );
    },
  });
  if (!result.ok) throw new Error(`The fixture did not build:\n${result.output}`);
});

afterAll(() => result?.site.remove());

test('the image settings choose the formats and widths of every picture', () => {
  const picture = html(result.site.read('reviews/good/index.html')).querySelector(
    '.marquee-gallery picture',
  )!;
  // Every format but the last is a <source>; the last is the <img> itself, with the same widths.
  const sources = picture.querySelectorAll('source');
  expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/webp']);
  const img = picture.querySelector('img')!;
  for (const element of [...sources, img])
    expect(
      element
        .getAttribute('srcset')
        ?.split(', ')
        .map((candidate) => candidate.split(' ')[1]),
    ).toEqual(['240w', '400w']);
  expect(img.getAttribute('srcset')).toMatch(/\.jpeg 240w/);
  expect(img.getAttribute('src')).toMatch(/\.jpeg$/);
  expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['400', '225']);
  const link = html(result.site.read('reviews/good/index.html')).querySelector(
    '.marquee-gallery__link',
  )!;
  expect(link.getAttribute('href')).toBe(img.getAttribute('src'));
});
