import { describe, expect, test } from 'vitest';
import { tCount, type CountKey } from '../../../src/i18n';
import en from '../../../src/i18n/en.json';
import ko from '../../../src/i18n/ko.json';

describe('counts follow the language’s plural rules (Intl.PluralRules)', () => {
  test.each([
    ['en', 'count.reviews', 1, '1 review'],
    ['en', 'count.reviews', 2, '2 reviews'],
    ['en', 'count.reviews', 0, '0 reviews'],
    ['en', 'count.reviews', 1234, '1,234 reviews'],
    ['en', 'count.categories', 1, '1 category'],
    ['en', 'count.categories', 3, '3 categories'],
    ['en', 'count.people', 1, '1 person'],
    ['en', 'count.people', 2, '2 people'],
    ['en', 'count.countries', 2, '2 countries'],
    ['ko', 'count.reviews', 1, '1편'],
    ['ko', 'count.reviews', 2, '2편'],
    ['ko', 'count.categories', 1, '카테고리 1개'],
    ['ko', 'count.categories', 3, '카테고리 3개'],
    ['ko', 'count.people', 2, '인물 2명'],
  ] as const)('%s %s %i → %s', (lang, key, count, expected) => {
    expect(tCount(lang, key as CountKey, count)).toBe(expected);
  });

  test('every plural key has both forms in both languages; no English message puts a noun after a bare count', () => {
    for (const messages of [en, ko]) {
      const keys = Object.keys(messages);
      for (const key of keys.filter((name) => name.endsWith('.one')))
        expect(keys).toContain(key.replace(/\.one$/, '.other'));
    }
    for (const [key, message] of Object.entries(en))
      if (!key.startsWith('count.'))
        expect(message, key).not.toMatch(/\{count\} (entries|reviews|films|items|terms)\b/);
  });
});
