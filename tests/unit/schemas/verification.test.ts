import { beforeEach, describe, expect, test } from 'vitest';
import { defineSite } from '../../../src/schemas/site';
import { robotsText, verificationMeta } from '../../../src/lib/page-meta/verification';

const valid = {
  title: '마키',
  description: '영화 리뷰',
  author: '마키',
  language: 'ko',
  url: 'https://example.com/',
} as const;

beforeEach(() => {
  delete process.env.SITE;
  delete process.env.BASE;
});

describe('portal verification settings', () => {
  test('every portal is optional; the tokens are kept as written, trimmed', () => {
    expect(defineSite(valid).verification).toEqual({});
    const site = defineSite({
      ...valid,
      verification: {
        naver: ' 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901 ',
        daum: 'ee0b70d5e0d5ff9d9cfc:NpQpHJzuUVS2bnqcS8c6YQ==',
        google: 'Xy_9-AbC0dEfGhIjKlMnOpQrStUvWxYz0123456789a',
        bing: '0A1B2C3D4E5F60718293A4B5C6D7E8F9',
      },
    });
    expect(site.verification.naver).toBe('3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901');
    expect(site.verification.daum).toBe('ee0b70d5e0d5ff9d9cfc:NpQpHJzuUVS2bnqcS8c6YQ==');
  });

  test.each([
    [
      'verification.naver',
      { naver: '<meta name="naver-site-verification" content="abc">' },
      'found "<" in "<meta name="naver-site-verification"…", expected the token Naver Search Advisor shows (letters, digits and - _ : = + / . only); paste only the value of content="…", not the whole <meta> tag',
    ],
    [
      'verification.daum',
      { daum: '#DaumWebMasterTool:abc:def' },
      'found "#" in "#DaumWebMasterTool:abc:def", expected the token Daum Webmaster Tool shows (letters, digits and - _ : = + / . only); paste only what follows #DaumWebMasterTool:',
    ],
    [
      'verification.google',
      { google: 'abc def' },
      'found " " in "abc def", expected the token Google Search Console shows',
    ],
    [
      'verification.bing',
      { bing: '' },
      'found "", expected the verification token Bing Webmaster Tools shows; remove the key to leave it out',
    ],
    [
      'verification.bing',
      { bing: 12345 },
      'found 12345, expected the verification token Bing Webmaster Tools shows, as text',
    ],
    ['verification.yandex', { yandex: 'abc' }, 'unknown key'],
  ])('a bad %s is an error naming the file and the field', (field, verification, message) => {
    expect(() => defineSite({ ...valid, verification } as never)).toThrow(
      `content/site.config.ts ${field}: ${message}`,
    );
  });

  test('meta tags for Naver, Google and Bing; Daum only in robots.txt', () => {
    const verification = { naver: 'n1', daum: 'd:1=', google: 'g-1', bing: 'B1' };
    expect(verificationMeta(verification)).toEqual([
      { name: 'naver-site-verification', content: 'n1' },
      { name: 'google-site-verification', content: 'g-1' },
      { name: 'msvalidate.01', content: 'B1' },
    ]);
    expect(verificationMeta({})).toEqual([]);
    expect(robotsText('https://example.com/sitemap-index.xml', verification)).toBe(
      '#DaumWebMasterTool:d:1=\nUser-agent: *\nAllow: /\n\nSitemap: https://example.com/sitemap-index.xml\n',
    );
    expect(robotsText('https://example.com/sitemap-index.xml', {})).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.com/sitemap-index.xml\n',
    );
  });
});
