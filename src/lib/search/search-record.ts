import type { Review } from '../reviews/reviews';

/**
 * The id of the hidden section at the end of a review that holds its film facts for search
 * (`SearchFacts.astro`). Pagefind makes it a sub-result of its own, so the search page can
 * quote the review's text and never the facts.
 */
export const SEARCH_FACTS_ID = 'search-facts';

/** The filters of the search page, by their name in the index. */
export const SEARCH_FILTERS = ['genre', 'year', 'rating'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What the index stores for a review besides its text. */
export interface SearchRecord {
  /**
   * Shown in a result: `title`, `film`, `description` (spoiler-free, shown when the match
   * is not in the review's text), and when present `director`, `rating` and `image` (a
   * poster thumbnail URL).
   */
  meta: Record<string, string>;
  filters: Record<SearchFilter, string[]>;
}

type RecordSource = Pick<Review, 'data' | 'description' | 'terms' | 'credits'>;

/** A review's search metadata and filter values; `image` is the URL of its poster thumbnail. */
export function searchRecord(
  { data, description, terms, credits }: RecordSource,
  image?: string,
): SearchRecord {
  const { movie, rating } = data;
  const meta: Record<string, string> = {
    title: data.title,
    film: movie.year === undefined ? movie.title : `${movie.title} (${movie.year})`,
    description,
  };
  if (credits.directors.length)
    meta.director = credits.directors.map((term) => term.name).join(', ');
  if (rating !== undefined) meta.rating = String(rating);
  if (image) meta.image = image;
  return {
    meta,
    filters: {
      genre: terms.genres.map((term) => term.name),
      year: movie.year === undefined ? [] : [String(movie.year)],
      rating: rating === undefined ? [] : [String(rating)],
    },
  };
}

/**
 * Every value each filter can take among `reviews`, for the search page's menus:
 * genres in the locale's order, years and ratings highest first.
 */
export function searchFilterValues(
  reviews: RecordSource[],
  locale: string,
): Record<SearchFilter, string[]> {
  const values = (filter: SearchFilter) => [
    ...new Set(reviews.flatMap((review) => searchRecord(review).filters[filter])),
  ];
  const numeric = (filter: SearchFilter) => values(filter).sort((a, b) => Number(b) - Number(a));
  return {
    genre: values('genre').sort(new Intl.Collator(locale).compare),
    year: numeric('year'),
    rating: numeric('rating'),
  };
}
