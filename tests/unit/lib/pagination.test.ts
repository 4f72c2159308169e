import { describe, expect, test } from 'vitest';
import { pageItems, paginate } from '../../../src/lib/pagination';

describe('pagination numbers', () => {
  test.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 20, [1, 2, 3, 'gap', 20]],
    [10, 20, [1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]],
    [20, 20, [1, 'gap', 18, 19, 20]],
    // A gap would hide a single page: the page is shown instead.
    [4, 20, [1, 2, 3, 4, 5, 6, 'gap', 20]],
  ])('page %i of %i', (current, total, expected) => {
    expect(pageItems(current, total)).toEqual(expected);
  });
});

describe('paginate', () => {
  test('pagination always has a first page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
  });
});
