import { describe, expect, test } from 'vitest';
import {
  byNewest,
  isPublished,
  neighbours,
  runningNumbers,
} from '../../../../src/lib/reviews/reviews';
import { slugFromEntryPath } from '../../../../src/lib/slugs';

const review = (slug: string, date: string, category = '영화 추천') => ({
  slug,
  category,
  data: { pubDate: new Date(date) },
});

describe('published reviews', () => {
  test('drafts are shown while developing only', () => {
    const pubDate = new Date('2022-06-18');
    expect(isPublished({ data: { draft: true, pubDate } } as never, false)).toBe(false);
    expect(isPublished({ data: { draft: true, pubDate } } as never, true)).toBe(true);
    expect(isPublished({ data: { draft: false, pubDate } } as never, false)).toBe(true);
  });

  test('a post dated in the future is shown while developing only, until its date', () => {
    const entry = { data: { draft: false, pubDate: new Date('2030-01-01') } } as never;
    expect(isPublished(entry, false, new Date('2029-12-31T12:00:00Z'))).toBe(false);
    expect(isPublished(entry, true, new Date('2029-12-31T12:00:00Z'))).toBe(true);
    expect(isPublished(entry, false, new Date('2030-01-01T00:00:00Z'))).toBe(true);
  });

  test('newest first, ties broken by slug', () => {
    const sorted = [
      review('b', '2022-01-01'),
      review('c', '2023-01-01'),
      review('a', '2022-01-01'),
    ].sort(byNewest);
    expect(sorted.map((item) => item.slug)).toEqual(['c', 'a', 'b']);
  });

  test('running numbers count each category from its oldest review', () => {
    const numbers = runningNumbers([
      review('new', '2023-01-01'),
      review('old', '2021-01-01'),
      review('healing', '2022-01-01', '힐링 영화'),
      review('mid', '2022-06-01'),
    ]);
    expect(Object.fromEntries(numbers)).toEqual({ old: 1, mid: 2, new: 3, healing: 1 });
  });

  test('neighbours: older is previous, newer is next', () => {
    const list = [review('c', '2023-01-01'), review('b', '2022-01-01'), review('a', '2021-01-01')];
    expect(neighbours(list, 'b')).toEqual({ newer: list[0], older: list[2] });
    expect(neighbours(list, 'c')).toEqual({ newer: undefined, older: list[1] });
    expect(neighbours(list, 'missing')).toEqual({});
  });
});

describe('slugs from paths', () => {
  test.each([
    ['her/index.md', 'her'],
    ['her.md', 'her'],
    ['그녀/index.md', '그녀'],
    ['2023/paterson/index.md', '2023/paterson'],
    ['Index.md', 'Index'],
    ['그녀 두번째/index.md', '그녀-두번째'],
    ['a  b.md', 'a-b'],
    ['\u1100\u1161/index.md', '가'],
  ])('%s → %s', (entry, slug) => {
    expect(slugFromEntryPath(entry)).toBe(slug);
  });
});
