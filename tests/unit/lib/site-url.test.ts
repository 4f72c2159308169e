import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../../src/lib/site-url';

describe('siteUrl: SITE and BASE from the environment', () => {
  test.each([
    [{}, 'https://marquee.example.com/'],
    [{ SITE: 'https://user.github.io', BASE: '/repo/' }, 'https://user.github.io/repo/'],
    [{ SITE: 'https://user.github.io', BASE: 'repo' }, 'https://user.github.io/repo/'],
    [{ SITE: 'https://user.github.io/repo' }, 'https://user.github.io/repo/'],
    [{ SITE: 'https://example.com', BASE: '/' }, 'https://example.com/'],
    [{ BASE: '/blog/' }, 'https://marquee.example.com/blog/'],
    [{ SITE: '', BASE: '' }, 'https://marquee.example.com/'],
  ])('%j → %s', (env, expected) => {
    expect(siteUrl('https://marquee.example.com/', env)).toBe(expected);
  });

  test('SITE without a path keeps the path of the setting', () => {
    expect(
      siteUrl('https://marquee.example.com/blog/', { SITE: 'https://preview.netlify.app' }),
    ).toBe('https://preview.netlify.app/blog/');
  });

  test('a SITE that is not an http(s) URL is a clear error', () => {
    expect(() => siteUrl('https://marquee.example.com/', { SITE: 'user.github.io' })).toThrow(
      /SITE is not valid/,
    );
    expect(() => siteUrl('https://marquee.example.com/', { SITE: 'ftp://user.github.io' })).toThrow(
      /SITE is not valid/,
    );
  });
});
