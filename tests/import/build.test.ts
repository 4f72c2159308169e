import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runImport } from '../../src/cli/import/run-import';
import { createReview } from '../../src/cli/scaffold';
import { buildSite, repoRoot, type BuildResult } from '../helpers/build-site';

const fixtures = path.join(repoRoot, 'tests/fixtures/import');
let content: string;
let build: BuildResult;
let written: string[];

/** Publishes a draft, as an author does once the review is checked. */
const publish = (file: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));

beforeAll(async () => {
  content = path.join(mkdtempSync(path.join(repoRoot, 'tests/.tmp/import-build-')), 'content');
  cpSync(path.join(repoRoot, 'tests/fixtures/sites/minimal/content'), content, { recursive: true });
  const site = { language: 'en', timeZone: 'UTC' } as const;
  publish(createReview(content, { title: 'Her', originalTitle: 'Her', year: 2013 }, site));
  const pages = [
    'tistory-poster/그녀.html',
    'tistory-odyssey/post.html',
    'naver/blog.html',
    'generic/page.html',
  ].map((page) => path.join(fixtures, page));
  ({ written } = await runImport(content, site, {
    pages,
    letterboxd: path.join(fixtures, 'letterboxd'),
  }));
  for (const file of written) publish(file);
  cpSync(path.join(content, 'reviews/her'), path.join(content, 'reviews/future'), {
    recursive: true,
  });
  writeFileSync(
    path.join(content, 'reviews/future/index.md'),
    '---\ntitle: Not yet\npubDate: 2999-01-01\nmovie:\n  title: Later\n---\n\nSoon.\n',
  );
  build = await buildSite({ content });
});

afterAll(() => {
  build?.site.remove();
  rmSync(path.dirname(content), { recursive: true, force: true });
});

describe('scaffolded and imported bundles in a real build', () => {
  test('every bundle was written and the site builds', () => {
    expect(written).toHaveLength(7);
    expect(build.output).not.toMatch(/error/i);
    expect(build.ok).toBe(true);
  });

  test.each([
    ['her', 'Her'],
    ['그녀-목소리만으로-사랑에-빠질-수-있을까', '그녀, 목소리만으로 사랑에 빠질 수 있을까'],
    ['영화-헤어질-결심-무너진-사람의-사랑', '[영화] 헤어질 결심 - 무너진 사람의 사랑'],
    ['우리들-the-world-of-us-리뷰', '우리들 (The World of Us) 리뷰'],
    ['paterson-a-week-of-poems', 'Paterson, a week of poems'],
    ['her-2013', 'Her'],
  ])('reviews/%s/ is published', (slug, title) => {
    const page = build.site.read(`reviews/${slug}/index.html`);
    expect(page).toContain(title.replace('&', '&amp;'));
    expect(page).not.toMatch(/javascript:|adsbygoogle|google-analytics/);
  });

  test('an imported gallery and trailer render', () => {
    const page = build.site.read('reviews/영화-헤어질-결심-무너진-사람의-사랑/index.html');
    expect(page).toContain('marquee-gallery');
    expect(page).toContain('vimeo.com/76979871');
  });

  test('a Letterboxd viewing without a review is a diary entry, never a page; a post dated in the future is left out', () => {
    expect(build.site.exists('reviews/past-lives-2023/index.html')).toBe(false);
    expect(build.site.read('diary/2023/index.html')).toContain('Past Lives');
    expect(build.site.exists('reviews/future/index.html')).toBe(false);
    expect(build.site.read('index.html')).not.toContain('Not yet');
  });
});
