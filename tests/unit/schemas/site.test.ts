import { beforeEach, describe, expect, test } from 'vitest';
import { defineSite } from '../../../src/schemas/site';

const valid = {
  title: '마키',
  description: '영화 리뷰',
  author: '마키',
  language: 'ko',
  url: 'https://example.com/',
} as const;

// SITE and BASE from the environment override `url` (a deployment's address); vitest mirrors
// Astro's `import.meta.env.SITE` into process.env, so these tests run without them.
beforeEach(() => {
  delete process.env.SITE;
  delete process.env.BASE;
});

describe('site settings', () => {
  test('defaults fill what the author leaves out', () => {
    const site = defineSite(valid);
    expect(site).toMatchObject({
      defaultCategory: '영화 추천',
      reviewsPerPage: 10,
      comments: { provider: 'none' },
      origin: 'https://example.com',
      base: '/',
    });
    expect(site.images.formats).toEqual(['avif', 'webp']);
  });

  test('the time zone defaults by language and must be an IANA name', () => {
    expect(defineSite(valid).timeZone).toBe('Asia/Seoul');
    expect(defineSite({ ...valid, language: 'en' }).timeZone).toBe('UTC');
    expect(defineSite({ ...valid, timeZone: 'Europe/Berlin' }).timeZone).toBe('Europe/Berlin');
    expect(() => defineSite({ ...valid, timeZone: 'Seoul' })).toThrow(
      'content/site.config.ts timeZone: "Seoul" is not a time zone',
    );
  });

  test('a sub-path in the URL becomes the base path', () => {
    expect(defineSite({ ...valid, url: 'https://example.com/blog' }).base).toBe('/blog/');
  });

  test.each([
    ['language', { language: 'ja' }, 'expected "ko" or "en"'],
    ['url', { url: 'example.com' }, 'expected a full http or https URL'],
    ['url', { url: 'ftp://example.com/' }, 'expected a full http or https URL'],
    ['reviewsPerPage', { reviewsPerPage: 0 }, 'expected 1 to 100'],
    ['reviewsPerPage', { reviewsPerPage: 2.5 }, 'expected a whole number'],
    ['title', { title: ' ' }, 'the site title must not be empty'],
    [
      'comments.repo',
      {
        comments: { provider: 'giscus', repo: 'nope', repoId: 'a', category: 'b', categoryId: 'c' },
      },
      'expected "owner/repo"',
    ],
    [
      'colour',
      { colour: 'red' },
      'unknown key; check the spelling against the keys in content/AUTHORING.md',
    ],
    ['autor', { autor: 'x' }, 'unknown key; did you mean "author"?'],
  ])('a bad %s is an error naming the file and the field', (field, change, message) => {
    expect(() => defineSite({ ...valid, ...change } as never)).toThrow(
      new RegExp(
        `content/site\\.config\\.ts ${field.replace(/[.()[\]]/g, '\\$&')}: [\\s\\S]*${message.replace(/[.()[\]]/g, '\\$&')}`,
      ),
    );
  });
});
