import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '../helpers/build-site';
import { html } from '../helpers/html';

/**
 * Edge content builds cleanly: a 300-character title, 200 cast members, 50 gallery images,
 * a post with every optional key absent, Korean, emoji and spaces in folder names; an empty
 * site gets a friendly home page; and two builds of the same content are byte-identical.
 */
const content = path.join(repoRoot, 'tests/fixtures/sites/edge/content');
let first: BuildResult;
let second: BuildResult;

beforeAll(async () => {
  first = await buildSite({ content });
  if (!first.ok) throw new Error(first.output);
  second = await buildSite({ content });
  if (!second.ok) throw new Error(second.output);
});

afterAll(() => {
  first?.site.remove();
  second?.site.remove();
});

function files(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('the edge-content site', () => {
  test('Korean, emoji and spaces in folder names give readable, percent-encoded addresses', () => {
    expect(first.site.exists('reviews/기생충-🎬-리뷰/index.html')).toBe(true);
    expect(first.site.exists('reviews/emoji-🍿-only/index.html')).toBe(true);
    const links = html(first.site.read('index.html'))
      .querySelectorAll('.review-card__title a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(`/reviews/${encodeURIComponent('기생충-🎬-리뷰')}/`);
    expect(
      html(first.site.read('reviews/기생충-🎬-리뷰/index.html'))
        .querySelector('link[rel="canonical"]')
        ?.getAttribute('href'),
    ).toBe(`https://fixture.example.com/reviews/${encodeURIComponent('기생충-🎬-리뷰')}/`);
  });

  test('a 300-character title is shown whole', () => {
    const title =
      html(first.site.read('reviews/long-title/index.html'))
        .querySelector('h1')
        ?.textContent?.trim() ?? '';
    expect(title.length).toBe(300);
  });

  test('200 cast members and 50 gallery images are all rendered', () => {
    expect(first.site.read('reviews/big-cast/index.html')).toContain('Actor 199');
    expect(first.site.read('reviews/big-cast/index.html')).toContain('배우 200');
    expect(
      html(first.site.read('reviews/fifty-stills/index.html')).querySelectorAll(
        '.review__gallery .marquee-gallery__link',
      ),
    ).toHaveLength(50);
  });

  test('two builds of the same content are byte-identical', () => {
    const a = files(first.site.dist);
    expect(files(second.site.dist)).toEqual(a);
    const different = a.filter(
      (file) =>
        !readFileSync(path.join(first.site.dist, file)).equals(
          readFileSync(path.join(second.site.dist, file)),
        ),
    );
    expect(different).toEqual([]);
  });
});

test('an empty site builds, with a friendly home page', async () => {
  const empty = await buildSite({
    content,
    edit: (root) => rmSync(path.join(root, 'content/reviews'), { recursive: true }),
  });
  const home = empty.ok ? empty.site.read('index.html') : '';
  empty.site.remove();
  expect(empty.ok, empty.output).toBe(true);
  expect(home).toContain('No reviews yet.');
});
