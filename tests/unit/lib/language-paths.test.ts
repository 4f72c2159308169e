import { describe, expect, test } from 'vitest';
import {
  languageHomePath,
  languagePath,
  otherLanguage,
  pageLanguage,
  reviewPagePath,
} from '../../../src/lib/language-paths';
import { site } from '../../../src/lib/site';

/** Runs in the Korean and the English project: the site's language owns the root, the other its prefix. */
const own = site.language;
const other = own === 'ko' ? 'en' : 'ko';
const review = (lang: 'ko' | 'en', translationOf?: string) => ({
  slug: '그녀/2013',
  lang,
  data: { translationOf },
});

describe('pages of each language', () => {
  test('the other language is the one that is not the site’s', () => {
    expect(otherLanguage()).toBe(other);
  });

  test('the site’s language at the root, the other under its prefix', () => {
    expect(languagePath(own, 'rss.xml')).toBe('/rss.xml');
    expect(languagePath(other, 'rss.xml')).toBe(`/${other}/rss.xml`);
    expect(languageHomePath(own)).toBe('/');
    expect(languageHomePath(other)).toBe(`/${other}/`);
    expect(languageHomePath(other, 2)).toBe(`/${other}/page/2/`);
  });

  test('a translation into the other language lives under its prefix; every other review keeps /reviews/', () => {
    const encoded = `${encodeURIComponent('그녀')}/2013`;
    expect(reviewPagePath(review(other, 'her'))).toBe(`/${other}/reviews/${encoded}/`);
    // Written in the other language, not a translation: its address does not change.
    expect(reviewPagePath(review(other))).toBe(`/reviews/${encoded}/`);
    expect(reviewPagePath(review(own))).toBe(`/reviews/${encoded}/`);
    // A translation into the site's language (of a review written in the other).
    expect(reviewPagePath(review(own, 'her-en'))).toBe(`/reviews/${encoded}/`);
  });

  test('a translation’s page is in its language; any other review’s interface is the site’s', () => {
    expect(pageLanguage(review(other, 'her'))).toBe(other);
    expect(pageLanguage(review(other))).toBe(own);
    expect(pageLanguage(review(own))).toBe(own);
  });
});
