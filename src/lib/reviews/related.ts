import type { ReviewTerms, Taxonomy } from '../taxonomies/taxonomies';

/** What relatedness reads from a review; a published `Review` fits. */
export interface RelatedSource extends Pick<ReviewTerms, 'terms'> {
  slug: string;
  data: { pubDate: Date };
  /** The film: its other reviews are listed apart on the page, never as related reviews. */
  film?: { key: string } | undefined;
}

/**
 * Points for each term two reviews share: a shared director, writer or actor says most
 * about a film, an author's own tag more than a broad genre.
 */
const RELATED_WEIGHTS: Partial<Record<Taxonomy, number>> = { people: 3, tags: 2, genres: 1 };

const WEIGHTED = Object.entries(RELATED_WEIGHTS) as [Taxonomy, number][];

/** How related a review is to `review`: the weighted count of the terms they share. */
export function relatedness(review: RelatedSource): (other: RelatedSource) => number {
  const weighted = WEIGHTED.map(
    ([taxonomy, weight]) =>
      [taxonomy, weight, new Set(review.terms[taxonomy].map((term) => term.slug))] as const,
  );
  return (other) =>
    weighted.reduce(
      (score, [taxonomy, weight, mine]) =>
        score + weight * other.terms[taxonomy].filter((term) => mine.has(term.slug)).length,
      0,
    );
}

/** The candidates by each weighted term (`people/스파이크-존즈`), built once per list of candidates. */
interface RelatedIndex {
  postings: Map<string, number[]>;
  /** Candidate positions in better-first order among equal scores: newest, then by slug. */
  rank: Int32Array;
}

const indexes = new WeakMap<readonly RelatedSource[], RelatedIndex>();

function indexOf(candidates: readonly RelatedSource[]): RelatedIndex {
  let index = indexes.get(candidates);
  if (index) return index;
  const postings = new Map<string, number[]>();
  candidates.forEach((candidate, position) => {
    for (const [taxonomy] of WEIGHTED) {
      for (const term of candidate.terms[taxonomy]) {
        const key = `${taxonomy}/${term.slug}`;
        const list = postings.get(key);
        if (list) list.push(position);
        else postings.set(key, [position]);
      }
    }
  });
  const order = candidates.map((_, position) => position);
  // Positions index `candidates`, and `rank` is as long.
  order.sort(
    (a, b) =>
      candidates[b]!.data.pubDate.getTime() - candidates[a]!.data.pubDate.getTime() ||
      candidates[a]!.slug.localeCompare(candidates[b]!.slug),
  );
  const rank = new Int32Array(candidates.length);
  order.forEach((position, at) => (rank[position] = at));
  indexes.set(candidates, (index = { postings, rank }));
  return index;
}

/**
 * Up to `limit` reviews sharing people, tags or genres with `review`, best first and
 * newest first among equals; never the review itself or another review of its film, never
 * one that shares nothing.
 * An inverted index (term → candidates), built once per list, means a review page only
 * visits the reviews that share a term with it, never every pair of reviews.
 */
export function relatedReviews<R extends RelatedSource>(
  review: RelatedSource,
  candidates: R[],
  limit = 4,
): R[] {
  const { postings, rank } = indexOf(candidates);
  const scores = new Map<number, number>();
  for (const [taxonomy, weight] of WEIGHTED) {
    for (const term of review.terms[taxonomy]) {
      for (const position of postings.get(`${taxonomy}/${term.slug}`) ?? [])
        scores.set(position, (scores.get(position) ?? 0) + weight);
    }
  }
  // Posted positions index `candidates`, and `rank` is as long.
  const best: [position: number, score: number][] = [];
  for (const [position, score] of scores) {
    const candidate = candidates[position]!;
    if (candidate.slug === review.slug) continue;
    if (review.film && candidate.film?.key === review.film.key) continue;
    const at = best.findIndex(
      ([other, otherScore]) =>
        score > otherScore || (score === otherScore && rank[position]! < rank[other]!),
    );
    if (at < 0 && best.length >= limit) continue;
    best.splice(at < 0 ? best.length : at, 0, [position, score]);
    if (best.length > limit) best.pop();
  }
  return best.map(([position]) => candidates[position]!);
}
