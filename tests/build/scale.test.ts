import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build-site';
import { html, text } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

/**
 * `scale: { minReviewsForTermPage: 2, reviewCards: 'site' }` (the scale fixture): people and
 * tags named in one review only get no page and no link, and reviews share the site card.
 */
let build: BuildResult;
beforeAll(async () => {
  build = await sharedBuild('scale');
  if (!build.ok) throw new Error(`The scale fixture site did not build:\n${build.output}`);
});

const page = (file: string) => html(build.site.read(file));
const exists = (file: string) => existsSync(path.join(build.site.dist, file));
/** A link's href by its text on a page, or null when the text is there without a link. */
function linkTo(file: string, name: string): string | null | undefined {
  const document = page(file);
  const link = document.querySelectorAll('a').find((element) => text(element) === name);
  if (link) return link.getAttribute('href');
  return text(document.querySelector('main')).includes(name) ? null : undefined;
}

describe('a large blog publishes only the term pages and cards it needs (scale fixture)', () => {
  test('a person named in two reviews has a page and links; one named once has neither', () => {
    expect(linkTo('reviews/first/index.html', 'Ada Twice')).toBe('/people/ada-twice/');
    expect(exists('people/ada-twice/index.html')).toBe(true);
    expect(linkTo('reviews/first/index.html', 'Bea Once')).toBeNull();
    expect(linkTo('reviews/second/index.html', 'Cy Once')).toBeNull();
    expect(readdirSync(path.join(build.site.dist, 'people')).sort()).toEqual([
      'ada-twice',
      'index.html',
    ]);
  });

  test('tags alike, and the people index names everyone, linking those with a page', () => {
    expect(linkTo('reviews/first/index.html', '#twice')).toBe('/tags/twice/');
    expect(linkTo('reviews/first/index.html', '#once-first')).toBeNull();
    expect(exists('tags/once-first/index.html')).toBe(false);
    expect(linkTo('people/index.html', 'Ada Twice')).toBe('/people/ada-twice/');
    expect(linkTo('people/index.html', 'Bea Once')).toBeNull();
    expect(build.site.read('sitemap-0.xml')).not.toMatch(/once/);
  });

  test('reviews share the site card; none is drawn per review', () => {
    const card = (file: string) =>
      page(file).querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(card('reviews/first/index.html')).toBe(card('index.html'));
    expect(card('index.html')).toMatch(/^https:\/\/scale\.example\.com\/og\/site\.\w+\.png$/);
    expect(exists('og/reviews')).toBe(false);
  });
});
