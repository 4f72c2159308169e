import { calendarDay } from '../format';
import type { ReviewTerms, Taxonomy, Term } from '../taxonomies/taxonomies';

/** One bar of a chart: what it counts and how many. */
export interface Datum {
  label: string;
  value: number;
}

/** What the statistics read from a review; a published `Review` fits. */
export interface StatsSource extends ReviewTerms {
  data: { pubDate: Date; rating?: number | undefined };
  /** The film reviewed: two reviews of one film count as one film. */
  film: { key: string };
}

/** The numbers on the statistics page. */
export interface SiteStats {
  /** Reviews. */
  total: number;
  /** Films reviewed (a rewatch or a second review of a film counts once). */
  films: number;
  rated: number;
  /** Mean rating of rated reviews, to one decimal. */
  averageRating: number | undefined;
  /** Reviews published each year, oldest first, years without reviews included. */
  perYear: Datum[];
  genres: Datum[];
  countries: Datum[];
  /** Rated reviews per rating step, 0.5 to 5 (and 0 when used). */
  ratings: Datum[];
  directors: Datum[];
  actors: Datum[];
}

/** The `limit` most frequent terms, most first, ties in the site's alphabetical order. */
export function mostFrequent(termLists: Term[][], locale: string, limit: number): Datum[] {
  const counts = new Map<string, Datum>();
  for (const terms of termLists) {
    for (const term of new Map(terms.map((item) => [item.slug, item])).values()) {
      const datum = counts.get(term.slug) ?? { label: term.name, value: 0 };
      datum.value += 1;
      counts.set(term.slug, datum);
    }
  }
  const collator = new Intl.Collator(locale, { numeric: true });
  return [...counts.values()]
    .sort((a, b) => b.value - a.value || collator.compare(a.label, b.label))
    .slice(0, limit);
}

function perYear(reviews: StatsSource[]): Datum[] {
  const years = reviews.map((review) => calendarDay(review.data.pubDate).year);
  if (!years.length) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => {
    const year = first + index;
    return { label: String(year), value: years.filter((item) => item === year).length };
  });
}

/** Ratings counted per step, 0.5 to 5 (and 0 when used), labelled in the locale (`4.5`). */
export function ratingSteps(ratings: number[], locale: string): Datum[] {
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1 });
  const steps = Array.from({ length: 11 }, (_, index) => index / 2).filter(
    (step) => step > 0 || ratings.includes(0),
  );
  return steps.map((step) => ({
    label: number.format(step),
    value: ratings.filter((rating) => rating === step).length,
  }));
}

/** Counts for the statistics page; `limit` caps the ranked charts (default: 10). */
export function siteStats(reviews: StatsSource[], locale: string, limit = 10): SiteStats {
  const ratings = reviews.flatMap((review) =>
    review.data.rating === undefined ? [] : [review.data.rating],
  );
  const ranked = (taxonomy: Taxonomy) =>
    mostFrequent(
      reviews.map((review) => review.terms[taxonomy]),
      locale,
      limit,
    );
  return {
    total: reviews.length,
    films: new Set(reviews.map((review) => review.film.key)).size,
    rated: ratings.length,
    averageRating: ratings.length
      ? Math.round((ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length) * 10) / 10
      : undefined,
    perYear: perYear(reviews),
    genres: ranked('genres'),
    countries: ranked('countries'),
    ratings: ratingSteps(ratings, locale),
    directors: mostFrequent(
      reviews.map((review) => review.credits.directors),
      locale,
      limit,
    ),
    actors: mostFrequent(
      reviews.map((review) => review.credits.cast),
      locale,
      limit,
    ),
  };
}
