import { describe, expect, test } from 'vitest';
import { listPageKey, reviewDigest, reviewPageKey } from '../../../src/lib/cache-keys';
import type { Review } from '../../../src/lib/reviews/reviews';

const review = (slug: string, digest: string, extra: Partial<Review> = {}) =>
  ({
    slug,
    entry: { digest, filePath: `content/reviews/${slug}/index.md` },
    category: '영화 추천',
    lang: 'ko',
    description: '요약',
    readingMinutes: 3,
    runningNumber: 1,
    terms: { genres: [], people: [], countries: [], years: [], categories: [], tags: [] },
    credits: { directors: [], writers: [], cast: [] },
    ...extra,
  }) as unknown as Review;

describe('incremental build keys', () => {
  const her = review('her', 'a');
  const older = review('older', 'b');
  const related = review('related', 'c');

  test('the same reviews give the same key', () => {
    expect(reviewPageKey(her, { older }, [related])).toBe(
      reviewPageKey(review('her', 'a'), { older: review('older', 'b') }, [review('related', 'c')]),
    );
  });

  test('a page key changes when the review, a neighbour or a related review changes', () => {
    const key = reviewPageKey(her, { older }, [related]);
    expect(reviewPageKey(review('her', 'a2'), { older }, [related])).not.toBe(key);
    expect(reviewPageKey(her, { older: review('older', 'b2') }, [related])).not.toBe(key);
    expect(reviewPageKey(her, { older }, [review('related', 'c2')])).not.toBe(key);
    expect(reviewPageKey(her, { newer: older }, [related])).not.toBe(key);
  });

  test('what is derived from other reviews counts too: running number, terms', () => {
    expect(reviewDigest(review('her', 'a', { runningNumber: 2 }))).not.toBe(reviewDigest(her));
    const tagged = review('her', 'a', {
      terms: { ...her.terms, tags: [{ name: 'SF', slug: 'sf-2' }] },
    });
    expect(reviewDigest(tagged)).not.toBe(reviewDigest(her));
  });

  test('a list page key changes with its reviews and its place in the list', () => {
    const page = { reviews: [her, related], current: 1, total: 2 };
    expect(listPageKey(page)).toBe(
      listPageKey({ reviews: [review('her', 'a'), review('related', 'c')], current: 1, total: 2 }),
    );
    expect(listPageKey({ ...page, total: 3 })).not.toBe(listPageKey(page));
    expect(listPageKey({ ...page, reviews: [related, her] })).not.toBe(listPageKey(page));
  });
});
