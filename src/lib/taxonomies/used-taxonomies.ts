import type { ReviewTerms, Taxonomy } from './taxonomies';

/**
 * The taxonomies at least one review has a term of, for menus: a blog whose reviews name no
 * genre (an import before the TMDB lookup) shows no "Genres" link leading to "Nothing here yet".
 */
export function usedTaxonomies(reviews: ReviewTerms[]): Set<Taxonomy> {
  let used = cache.get(reviews);
  if (used) return used;
  used = new Set<Taxonomy>();
  for (const review of reviews) {
    for (const [taxonomy, terms] of Object.entries(review.terms) as [Taxonomy, unknown[]][])
      if (terms.length) used.add(taxonomy);
  }
  cache.set(reviews, used);
  return used;
}

/**
 * By review list: the header of every page asks, and going through every review on each of
 * thousands of pages made the build quadratic.
 */
const cache = new WeakMap<ReviewTerms[], Set<Taxonomy>>();
