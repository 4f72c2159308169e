import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '../helpers/build-site';

/**
 * The one test that builds the author's own `content/` (the other build tests build
 * `tests/fixtures/sites/`, so replacing the sample reviews keeps the suite green): it
 * only checks that the site builds, with a home page and a page per review.
 */
let build: BuildResult;

beforeAll(async () => {
  build = await buildSite({ content: path.join(repoRoot, 'content') });
});

afterAll(() => build?.site.remove());

test('the content/ folder builds', () => {
  expect(build.ok, build.output).toBe(true);
  expect(build.site.exists('index.html')).toBe(true);
  expect(build.site.exists('reviews/index.html') || build.site.exists('404.html')).toBe(true);
});
