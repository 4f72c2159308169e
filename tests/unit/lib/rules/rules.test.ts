import { describe, expect, test } from 'vitest';
import { isRealCalendarDay } from '../../../../src/lib/rules/calendar-date';
import { didYouMean } from '../../../../src/lib/rules/did-you-mean';
import { sniffImageFormat } from '../../../../src/lib/rules/image-format';
import { linkedReviewSlug } from '../../../../src/lib/check/review-links';
import { slugCollisionKey, slugProblem } from '../../../../src/lib/rules/slug-rules';
import { isAllowedUrl } from '../../../../src/lib/rules/url-policy';
import { mergePolicies } from '../../../../src/lib/csp/headers-file';

describe('calendar days', () => {
  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-04-31', false],
    ['2022-06-18T21:30:00+09:00', true],
    ['yesterday', undefined],
  ])('%s → %s', (text, expected) => expect(isRealCalendarDay(text)).toBe(expected));
});

describe('link schemes', () => {
  test.each([
    'https://x.test/',
    'http://x.test/',
    'mailto:me@x.test',
    '../her/',
    '/about/',
    '#후기',
    'still.jpg',
  ])('%s is allowed', (url) => expect(isAllowedUrl(url)).toBe(true));
  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:x',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
  ])('%s is refused', (url) => expect(isAllowedUrl(url)).toBe(false));
});

describe('slugs', () => {
  test.each(['.', '..', 'a/b', 'a\\b', '%2e%2e', 'what?', 'a#b', 'tab\there', ''])(
    '%j is refused',
    (slug) => expect(slugProblem(slug)).toBeDefined(),
  );
  test.each(['her', '그녀-두번째', '기생충-🎬-리뷰', 'her-2013'])('%s is accepted', (slug) =>
    expect(slugProblem(slug)).toBeUndefined(),
  );
  test('case and Unicode normalisation collide', () => {
    expect(slugCollisionKey('Her')).toBe(slugCollisionKey('her'));
    expect(slugCollisionKey('그녀'.normalize('NFD'))).toBe(slugCollisionKey('그녀'));
  });
});

test('did you mean', () => {
  const keys = ['title', 'rating', 'pubDate', 'directors', 'cast'];
  expect(didYouMean('ratng', keys)).toBe('rating');
  expect(didYouMean('director', keys)).toBe('directors');
  expect(didYouMean('pubdate', keys)).toBe('pubDate');
  expect(didYouMean('colour', keys)).toBeUndefined();
});

describe('image formats by content', () => {
  test.each([
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['gif', [...Buffer.from('GIF89a')]],
    ['webp', [...Buffer.from('RIFF\0\0\0\0WEBP')]],
    ['tiff', [...Buffer.from('II*\0')]],
    ['avif', [0, 0, 0, 0x1c, ...Buffer.from('ftypavif\0\0\0\0avifmif1')]],
  ])('%s', (format, bytes) => expect(sniffImageFormat(Buffer.from(bytes))).toBe(format));
  test('SVG and text are not images', () => {
    expect(
      sniffImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeUndefined();
    expect(sniffImageFormat(Buffer.from('export default 1'))).toBeUndefined();
  });
});

test('links to reviews', () => {
  expect(linkedReviewSlug('../her/')).toBe('her');
  expect(linkedReviewSlug('../her/#후기')).toBe('her');
  expect(linkedReviewSlug('../../reviews/%EA%B7%B8%EB%85%80/')).toBe('그녀');
  expect(linkedReviewSlug('../../tags/x/')).toBeUndefined();
  expect(linkedReviewSlug('./still.jpg')).toBeUndefined();
  expect(linkedReviewSlug('https://x.test/her/')).toBeUndefined();
});

test('policies of all pages merge into one, hashes last and sorted', () => {
  expect(
    mergePolicies(["script-src 'self' 'sha256-b'; img-src 'self'", "script-src 'self' 'sha256-a'"]),
  ).toBe("script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'");
});
