import type { ReviewTerms, Taxonomy } from '../taxonomies/taxonomies';

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

/** How related a review is to `review`: the weighted count of the terms they share. */
export function relatedness(review: RelatedSource): (other: RelatedSource) => number {
  const weighted = (Object.entries(RELATED_WEIGHTS) as [Taxonomy, number][]).map(
    ([taxonomy, weight]) => [taxonomy, weight, new Set(review.terms[taxonomy].map((term) => term.slug))] as const,
  );
  return (other) => weighted.reduce((score, [taxonomy, weight, mine]) => score + weight * other.terms[taxonomy].filter((term) => mine.has(term.slug)).length, 0);
}

/** Better first: higher score, then newer, then by slug so builds are deterministic. */
function better(a: { score: number; review: RelatedSource }, b: { score: number; review: RelatedSource }): number {
  return b.score - a.score || b.review.data.pubDate.getTime() - a.review.data.pubDate.getTime() || a.review.slug.localeCompare(b.review.slug);
}

/**
 * Up to `limit` reviews sharing people, tags or genres with `review`, best first and
 * newest first among equals; never the review itself, never one that shares nothing.
 * Keeps only the best `limit` while scanning, so every review page of a large blog
 * costs one pass over the reviews, not a sort.
 */
export function relatedReviews<R extends RelatedSource>(review: RelatedSource, candidates: R[], limit = 4): R[] {
  const score = relatedness(review);
  const best: { score: number; review: R }[] = [];
  for (const candidate of candidates) {
    if (candidate.slug === review.slug) continue;
    const entry = { score: score(candidate), review: candidate };
    if (entry.score === 0) continue;
    const at = best.findIndex((other) => better(entry, other) < 0);
    best.splice(at < 0 ? best.length : at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map((entry) => entry.review);
}
