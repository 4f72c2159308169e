import { t } from '../../i18n';
import { LOCALES } from '../../i18n/languages';
import { paginate } from '../pagination';
import { getReviews, type Review } from '../reviews/reviews';
import { site } from '../site';
import { describeRoles, rolesOf } from './people';
import { TAXONOMIES, termEntries, type Taxonomy, type Term, type TermEntry } from './taxonomies';

/** Sorted terms by review list: every term page asks, and sorting thousands of names per page would make the build quadratic. */
const sortedTerms = new WeakMap<Review[], Map<Taxonomy, TermEntry<Review>[]>>();

/** A taxonomy's terms with their published reviews, sorted for its index page. */
export async function taxonomyTerms(taxonomy: Taxonomy): Promise<TermEntry<Review>[]> {
  const reviews = await getReviews();
  let byTaxonomy = sortedTerms.get(reviews);
  if (!byTaxonomy)
    sortedTerms.set(reviews, (byTaxonomy = new Map<Taxonomy, TermEntry<Review>[]>()));
  let entries = byTaxonomy.get(taxonomy);
  if (!entries)
    byTaxonomy.set(taxonomy, (entries = termEntries(reviews, taxonomy, LOCALES[site.language])));
  return entries;
}

/** One page of a term's reviews (a type, not an interface, so it fits Astro's page props). */
export type TermPage = {
  taxonomy: Taxonomy;
  term: Term;
  /** How many reviews the term has in all. */
  count: number;
  reviews: Review[];
  current: number;
  total: number;
  /** A person's roles in each film, by review slug (people pages only). */
  notes?: Record<string, { label: string; text: string }> | undefined;
};

function roleNotes(reviews: Review[], person: Term): TermPage['notes'] {
  const label = t(site.language, 'role.label');
  return Object.fromEntries(
    reviews.map((review) => [
      review.slug,
      { label, text: describeRoles(rolesOf(review, person), site.language) },
    ]),
  );
}

/**
 * Every page of every term that has pages (`term.page`, see `site.scale`): `/genres/드라마/`,
 * `/genres/드라마/page/2/`, …
 */
export async function termPages(): Promise<TermPage[]> {
  const pages: TermPage[] = [];
  for (const taxonomy of TAXONOMIES) {
    for (const { term, reviews } of await taxonomyTerms(taxonomy)) {
      if (term.page === false) continue;
      const chunks = paginate(reviews, site.reviewsPerPage);
      chunks.forEach((chunk, index) => {
        pages.push({
          taxonomy,
          term,
          count: reviews.length,
          reviews: chunk,
          current: index + 1,
          total: chunks.length,
          notes: taxonomy === 'people' ? roleNotes(chunk, term) : undefined,
        });
      });
    }
  }
  return pages;
}
