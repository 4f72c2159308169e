import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { createReview, reviewTemplate, yamlValue } from '../../../src/cli/scaffold';
import { movieSchema } from '../../../src/schemas/movie';
import type { ImageHelper } from '../../../src/schemas/fields';
import { reviewSchema } from '../../../src/schemas/review';
import { repoRoot } from '../../helpers/build-site';
import { renderMarkdown } from '../../helpers/render-markdown';

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
    expect(text).toMatch(/---\n\n<!-- ::trailer.* -->\n\n## 줄거리\n\n## 후기\n$/);
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

  test.each(['ko', 'en'] as const)(
    'shows every key, commented, with an example that the schema accepts (%s)',
    (language) => {
      const text = reviewTemplate({ title: '그녀' }, { language, timeZone: 'UTC' });
      const [, yaml = ''] = /^---\n([\s\S]*?)\n---/.exec(text) ?? [];
      // Every commented line is a key or a list item: uncommented, each is valid YAML.
      const uncommented = yaml.replace(/^( *)# /gm, '$1');
      expect(uncommented).not.toContain('\n#');
      const data = frontmatter(`---\n${uncommented}\n---`) as Record<string, unknown>;
      const review = reviewSchema(image).parse(data);
      expect(Object.keys(data).sort()).toEqual(Object.keys(reviewSchema(image).shape).sort());
      expect(Object.keys(data.movie as object).sort()).toEqual(
        Object.keys(movieSchema(image).shape).sort(),
      );
      expect(review.movie.cast).toEqual([
        { name: language === 'ko' ? '호아킨 피닉스' : 'Joaquin Phoenix' },
        expect.objectContaining({ role: expect.any(String) as string }),
      ]);
      // As written, only the required keys, the draft flag and tags are set.
      expect(frontmatter(text)).toEqual({
        title: '그녀',
        pubDate: expect.any(String) as string,
        draft: true,
        tags: [],
        movie: { title: '그녀' },
      });
    },
  );

  test('the body shows where ::trailer goes, in a comment that renders nothing', async () => {
    const text = reviewTemplate({ title: 'Her' }, { language: 'en', timeZone: 'UTC' });
    expect(text).toContain('\n<!-- ::trailer{youtube="ne6p6MfLBxc"} on a line of its own');
    const { html, headings } = await renderMarkdown(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    expect(headings.map((heading) => heading.text)).toEqual(['Synopsis', 'Review']);
    expect(html.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/ne6p6MfLBxc|<iframe|<figure/);
  });

  test.each([
    ['[REC]', '"[REC]"'],
    ['Mission: Impossible', '"Mission: Impossible"'],
    ['2046', '"2046"'],
    ['# 1', '"# 1"'],
    ['- x', '"- x"'],
    ['"Quoted"', '"\\"Quoted\\""'],
    ['line\nbreak', '"line\\nbreak"'],
    ['그녀', '그녀'],
    ["Schindler's List", "Schindler's List"],
  ])('writes %j as %s, which YAML reads back as written', (title, written) => {
    expect(yamlValue(title)).toBe(written);
    const text = reviewTemplate(
      { title, originalTitle: title },
      { language: 'en', timeZone: 'UTC' },
    );
    expect(frontmatter(text)).toMatchObject({
      title,
      movie: { title, originalTitle: title },
    });
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
