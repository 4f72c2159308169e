import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { createReview, reviewTemplate } from '../../../src/cli/scaffold';
import type { ImageHelper } from '../../../src/schemas/fields';
import { reviewSchema } from '../../../src/schemas/review';
import { repoRoot } from '../../helpers/build-site';

const image = (() =>
  z.string().transform((file) => `__ASTRO_IMAGE_${file}`)) as unknown as ImageHelper;
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as unknown;

describe('the new-review template', () => {
  test('parses with the review schema: a draft dated today in the site time zone', () => {
    // 23:30 UTC on 31 Dec is already 1 January in Seoul.
    const text = reviewTemplate(
      { title: '그녀', originalTitle: 'Her', year: 2013 },
      { language: 'ko', timeZone: 'Asia/Seoul' },
      new Date('2023-12-31T23:30:00Z'),
    );
    const review = reviewSchema(image).parse(frontmatter(text));
    expect(review).toMatchObject({
      title: '그녀',
      draft: true,
      tags: [],
      movie: { title: '그녀', originalTitle: 'Her', year: 2013 },
    });
    expect(review.pubDate.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(text).toMatch(/---\n\n## 줄거리\n\n## 후기\n$/);
  });

  test('English headings for an English site; YAML-quoted titles', () => {
    const text = reviewTemplate(
      { title: 'Mission: Impossible' },
      { language: 'en', timeZone: 'UTC' },
      new Date('2024-05-01T12:00:00Z'),
    );
    expect(reviewSchema(image).parse(frontmatter(text))).toMatchObject({
      title: 'Mission: Impossible',
      movie: { title: 'Mission: Impossible' },
    });
    expect(text).toMatch(/## Synopsis\n\n## Review\n$/);
  });
});

describe('creating a review', () => {
  let content: string;
  const site = { language: 'ko', timeZone: 'Asia/Seoul' } as const;
  beforeEach(() => {
    mkdirSync(path.join(repoRoot, 'tests/.tmp'), { recursive: true });
    content = mkdtempSync(path.join(repoRoot, 'tests/.tmp/new-'));
    mkdirSync(path.join(content, 'reviews/her'), { recursive: true });
    writeFileSync(
      path.join(content, 'reviews/her/index.md'),
      '---\ntitle: x\nslug: 그녀-2013\n---\n',
    );
    writeFileSync(path.join(content, 'reviews/Paterson.md'), '---\ntitle: y\n---\n');
  });
  afterEach(() => rmSync(content, { recursive: true, force: true }));

  test('writes reviews/<slug>/index.md from the title, with the site rules for slugs', () => {
    const file = createReview(content, { title: '비 오는 날' }, site);
    expect(path.relative(content, file)).toBe(path.join('reviews', '비-오는-날', 'index.md'));
    expect(readFileSync(file, 'utf8')).toContain('title: 비 오는 날');
  });

  test.each([
    ['a folder that exists', { title: 'Her' }, /"her" is already used by .*reviews\/her/],
    [
      'a frontmatter slug:',
      { title: '그녀', slug: '그녀-2013' },
      /"그녀-2013" is already used by .*reviews\/her\/index\.md/,
    ],
    [
      'a slug that differs only in case',
      { title: 'x', slug: 'paterson' },
      /"paterson" is already used by .*reviews\/Paterson\.md/,
    ],
  ])('refuses %s, writing nothing', (_name, review, message) => {
    expect(() => createReview(content, review, site)).toThrow(message);
    expect(readFileSync(path.join(content, 'reviews/her/index.md'), 'utf8')).toContain(
      'slug: 그녀-2013',
    );
  });

  test('refuses a slug the site would reject', () => {
    expect(() => createReview(content, { title: 'x', slug: 'a/b' }, site)).toThrow(
      /cannot contain/,
    );
  });
});
