import type { ReviewTerms, Taxonomy } from './taxonomies';

/** What relatedness reads from a review; a published `Review` fits. */
export interface RelatedSource extends Pick<ReviewTerms, 'terms'> {
  slug: string;
  data: { pubDate: Date };
}

/**
 * Points for each term two reviews share: a shared director, writer or actor says most
 * about a film, an author's own tag more than a broad genre.
 */
export const RELATED_WEIGHTS: Partial<Record<Taxonomy, number>> = { people: 3, tags: 2, genres: 1 };

/** How related two reviews are: the weighted count of the terms they share. */
export function relatedScore(a: RelatedSource, b: RelatedSource): number {
  let score = 0;
  for (const [taxonomy, weight] of Object.entries(RELATED_WEIGHTS) as [Taxonomy, number][]) {
    const mine = new Set(a.terms[taxonomy].map((term) => term.slug));
    score += weight * b.terms[taxonomy].filter((term) => mine.has(term.slug)).length;
  }
  return score;
}

/**
 * Up to `limit` reviews sharing people, tags or genres with `review`, best first and
 * newest first among equals; never the review itself, never one that shares nothing.
 */
export function relatedReviews<R extends RelatedSource>(review: RelatedSource, candidates: R[], limit = 4): R[] {
  return candidates
    .filter((candidate) => candidate.slug !== review.slug)
    .map((candidate) => ({ candidate, score: relatedScore(review, candidate) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.candidate.data.pubDate.getTime() - a.candidate.data.pubDate.getTime() ||
        a.candidate.slug.localeCompare(b.candidate.slug),
    )
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
