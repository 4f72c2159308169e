import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '../helpers/build-site';
import { html, text } from '../helpers/html';

let build: BuildResult;

beforeAll(async () => {
  build = await buildSite({
    content: path.join(repoRoot, 'tests/fixtures/sites/minimal/content'),
    edit(root) {
      writeFileSync(
        path.join(root, 'content/site.config.ts'),
        `import { defineSite } from '../src/schemas/site';
export default defineSite({
  title: 'Night Screenings',
  description: 'Reviews after dark.',
  author: 'Tester',
  language: 'en',
  url: 'https://example.com/films/',
  defaultCategory: 'Reviews',
  comments: { provider: 'giscus', repo: 'me/films', repoId: 'R_1', category: 'Comments', categoryId: 'C_1' },
  listView: 'posters',
  font: 'system',
});
`,
      );
    },
  });
  if (!build.ok) throw new Error(build.output);
});

afterAll(() => build?.site.remove());

describe('site settings shape the built site', () => {
  test('an English site has English interface text and dates', () => {
    const doc = html(build.site.read('reviews/good/index.html'));
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('.skip-link'))).toBe('Skip to content');
    expect(text(doc.querySelector('.review-header__published'))).toBe('Published January 1, 2024');
    expect(text(doc.querySelector('.review-header__category'))).toBe('Reviews · No. 1');
  });

  test('a base path from the site URL prefixes every link', () => {
    const doc = html(build.site.read('index.html'));
    expect(
      doc.querySelectorAll('.review-card__title a').map((a) => a.getAttribute('href')),
    ).toContain('/films/reviews/good/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.com/films/',
    );
  });

  test('a Korean folder name with a space becomes a readable, percent-encoded address', () => {
    expect(build.site.exists('reviews/그녀-두번째/index.html')).toBe(true);
    const links = html(build.site.read('index.html'))
      .querySelectorAll('.review-card__title a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(`/films/reviews/${encodeURIComponent('그녀-두번째')}/`);
  });

  test('comments appear when enabled, for the review only, and giscus loads only when the reader scrolls near', () => {
    const review = html(build.site.read('reviews/good/index.html'));
    // No request to giscus in the page itself: src/scripts/comments.ts adds its script near the comments.
    expect(review.querySelector('script[src*="giscus"]')).toBeNull();
    const comments = review.querySelector('.comments marquee-comments');
    expect(comments?.getAttribute('data-repo')).toBe('me/films');
    expect(comments?.getAttribute('data-term')).toBe('good');
    // The loader is the review's own script file (scripts are cached files, not inlined).
    const loader = review
      .querySelectorAll('script[src]')
      .find((script) => script.getAttribute('src')?.includes('Comments'));
    expect(
      build.site.read(String(loader?.getAttribute('src')).replace(/^\/films\//, '')),
    ).toContain('https://giscus.app/client.js');
    expect(build.site.read('index.html')).not.toContain('giscus.app/client.js');
    // The site's one policy (also in _headers) allows giscus as a frame and script source.
    expect(build.site.read('_headers')).toMatch(/frame-src [^;]*https:\/\/giscus\.app/);
  });

  test("listView: 'posters' makes lists a wall of posters, without summaries", () => {
    const doc = html(build.site.read('index.html'));
    expect(doc.querySelector('.review-card-list--posters')).not.toBeNull();
    expect(doc.querySelectorAll('.review-card--posters').length).toBeGreaterThan(0);
    expect(doc.querySelector('.review-card__description')).toBeNull();
  });

  test("font: 'system' downloads no font", () => {
    const page = build.site.read('index.html');
    expect(page).not.toContain('@font-face');
    const assets = readdirSync(path.join(build.site.dist, '_astro'));
    expect(assets.filter((file) => file.endsWith('.woff2'))).toEqual([]);
    const css = assets
      .filter((file) => file.endsWith('.css'))
      .map((file) => build.site.read(`_astro/${file}`));
    expect(css.join('')).not.toContain('@font-face');
  });
});
