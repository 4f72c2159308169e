import { expect, test } from 'vitest';
import { checkedReviewRefs, startReviewRefs } from '../../../../src/lib/check/review-refs';
import type { CheckedPost } from '../../../../src/lib/check/validate-post';

/** A checked post with just what a list needs: its entry and frontmatter. */
const post = (entry: string, data: Record<string, unknown>) =>
  ({ post: { entry }, frontmatter: { data } }) as unknown as CheckedPost;

test('the list loader waits for the review check and gets its slugs and films', async () => {
  const settle = startReviewRefs('/site/content/reviews');
  const waiting = checkedReviewRefs('/site/content/reviews');
  settle([
    post('her/index.md', { movie: { title: '그녀', year: 2013, links: { tmdb: 152601 } } }),
    post('carol.md', { slug: '캐롤', movie: { title: '캐롤', originalTitle: 'Carol' } }),
    post('no-film.md', {}),
  ]);
  expect(await waiting).toEqual([
    { slug: 'her', film: { title: '그녀', originalTitle: undefined, year: 2013, tmdb: 152601 } },
    {
      slug: '캐롤',
      film: { title: '캐롤', originalTitle: 'Carol', year: undefined, tmdb: undefined },
    },
  ]);
});

test('the list loader may ask first: it gets the refs of the check that starts after it', async () => {
  const waiting = checkedReviewRefs('/blog/content/reviews');
  const settle = startReviewRefs('/blog/content/reviews');
  settle([post('her.md', { movie: { title: '그녀' } })]);
  expect((await waiting)?.map((ref) => ref.slug)).toEqual(['her']);
  // Under `astro dev`, a list saved later gets the last check's refs.
  expect((await checkedReviewRefs('/blog/content/reviews'))?.map((ref) => ref.slug)).toEqual([
    'her',
  ]);
});

test('a check that could not run leaves the list loader to read the posts itself', async () => {
  const settle = startReviewRefs('/site/content/reviews');
  const waiting = checkedReviewRefs('/site/content/reviews');
  settle(undefined);
  expect(await waiting).toBeUndefined();
});
