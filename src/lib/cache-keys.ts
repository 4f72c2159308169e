import { createHash } from 'node:crypto';
import type { Review } from './reviews/reviews';
import type { TermPage } from './taxonomies/taxonomy-pages';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from the cache instead of being
 * rendered again. A key must change whenever anything the page shows changes, so each one
 * hashes every review the page shows, in full.
 */

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url');

const digests = new WeakMap<Review, string>();

/**
 * Everything a page can show of a review: its file (Astro's digest of the Markdown and
 * frontmatter) and what is derived from every review (its terms and their slugs, its
 * running number, its description and reading time). Image fields are left to the
 * file's digest: reading them here would publish the originals (see image-metadata.ts).
 */
export function reviewDigest(review: Review): string {
  let digest = digests.get(review);
  if (!digest) {
    const {
      entry,
      slug,
      category,
      lang,
      description,
      readingMinutes,
      runningNumber,
      terms,
      credits,
    } = review;
    digest = hash([
      entry.digest ?? entry.body,
      entry.filePath,
      slug,
      category,
      lang,
      description,
      readingMinutes,
      runningNumber,
      terms,
      credits,
    ]);
    digests.set(review, digest);
  }
  return digest;
}

/** A review page: the review, its neighbours, its related reviews and its translation (the language switch). */
export function reviewPageKey(
  review: Review,
  neighbours: { older?: Review | undefined; newer?: Review | undefined },
  related: Review[],
): string {
  return hash([
    reviewDigest(review),
    review.otherLanguage && reviewDigest(review.otherLanguage),
    neighbours.older && reviewDigest(neighbours.older),
    neighbours.newer && reviewDigest(neighbours.newer),
    related.map(reviewDigest),
  ]);
}

/** A page of a list (a term's reviews, the home page): what it shows and where it sits. */
export function listPageKey(
  page: Omit<TermPage, 'taxonomy' | 'term' | 'count'> & Partial<TermPage>,
): string {
  const { reviews, ...rest } = page;
  return hash([rest, reviews.map(reviewDigest)]);
}
