import type { ReviewTerms, Taxonomy } from './taxonomies';

/**
 * The taxonomies at least one review has a term of, for menus: a blog whose reviews name no
 * genre (an import before the TMDB lookup) shows no "Genres" link leading to "Nothing here yet".
 */
export function usedTaxonomies(reviews: ReviewTerms[]): Set<Taxonomy> {
  const used = new Set<Taxonomy>();
  for (const review of reviews) {
    for (const [taxonomy, terms] of Object.entries(review.terms) as [Taxonomy, unknown[]][])
      if (terms.length) used.add(taxonomy);
  }
  return used;
}
