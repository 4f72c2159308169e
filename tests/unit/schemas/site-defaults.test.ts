import { beforeEach, describe, expect, test } from 'vitest';
import { defineSite } from '../../../src/schemas/site';

const english = {
  title: 'Late Show',
  description: 'Film reviews',
  author: 'Sam',
  language: 'en',
  url: 'https://example.com/',
} as const;

beforeEach(() => {
  delete process.env.SITE;
  delete process.env.BASE;
});

describe('the default category reads in the site’s language', () => {
  test.each([
    ['en', 'Reviews'],
    ['ko', '영화 추천'],
  ] as const)('%s → %s', (language, category) => {
    expect(defineSite({ ...english, language }).defaultCategory).toBe(category);
  });

  test('a category the author names wins, and is checked as a term name', () => {
    expect(defineSite({ ...english, defaultCategory: 'Essays' }).defaultCategory).toBe('Essays');
    expect(() => defineSite({ ...english, defaultCategory: ' ' })).toThrow(
      'content/site.config.ts defaultCategory',
    );
  });
});
