/**
 * Every viewing the site knows of: each review's own (its `watched` date, or none) and each
 * entry of `content/diary.yaml`. A diary entry that names a review and was watched on the
 * review's day (or names a review without a date) is that review's viewing, not a second
 * one. The diary, `/stats/` and the year in review count viewings; every other page lists
 * reviews only.
 */
import { filmKeys, tmdbMovieId, type FilmFacts } from '../films/film-identity';
import { calendarDay, isoDate } from '../format';
import type { DiaryEntry } from './diary-file';

/** What a viewing reads from a review; a published `Review` fits. */
export interface ViewingReview {
  slug: string;
  rewatch: boolean;
  data: {
    watched?: Date | undefined;
    pubDate: Date;
    rating?: number | undefined;
    liked: boolean;
    movie: {
      title: string;
      originalTitle?: string | undefined;
      year?: number | undefined;
      links?: { tmdb?: string | number | undefined } | undefined;
    };
  };
}

/** One viewing of a film. */
export interface Viewing<R extends ViewingReview = ViewingReview> {
  /** The watch date; absent for a film only marked as watched or rated. */
  watched: Date | undefined;
  /** The film: `key` is its identity, shared with its reviews (`filmKeys`). */
  film: { key: string; title: string; year: number | undefined };
  rating: number | undefined;
  liked: boolean;
  rewatch: boolean;
  /** The published review of this viewing, the one its diary entry names, or else the film's newest review. */
  review: R | undefined;
  /** The review itself (true) or a diary entry (false). */
  isReview: boolean;
}

const reviewFacts = ({ data: { movie } }: ViewingReview): FilmFacts => ({
  title: movie.title,
  originalTitle: movie.originalTitle,
  year: movie.year,
  tmdb: tmdbMovieId(movie.links?.tmdb),
});

const day = (date: Date | undefined) => (date ? isoDate(date, 'UTC') : undefined);

/**
 * The viewings of `reviews` (published, newest first) and `entries`, newest watch date
 * first (undated last). A viewing is a rewatch when it says so or the film was seen on an
 * earlier day.
 */
export function viewingsOf<R extends ViewingReview>(
  reviews: R[],
  entries: DiaryEntry[],
): Viewing<R>[] {
  const bySlug = new Map(reviews.map((review) => [review.slug, review]));
  const viewings: Viewing<R>[] = reviews.map((review) => ({
    watched: review.data.watched,
    film: { key: '', title: review.data.movie.title, year: review.data.movie.year },
    rating: review.data.rating,
    liked: review.data.liked,
    rewatch: review.rewatch,
    review,
    isReview: true,
  }));
  const facts: FilmFacts[] = reviews.map(reviewFacts);
  for (const entry of entries) {
    const review = entry.review === undefined ? undefined : bySlug.get(entry.review);
    const same =
      review && viewings.find((viewing) => viewing.review === review && viewing.isReview);
    if (same && (!same.watched || !entry.watched || day(same.watched) === day(entry.watched))) {
      same.watched ??= entry.watched;
      same.rating ??= entry.rating;
      same.liked ||= entry.liked;
      same.rewatch ||= entry.rewatch;
      continue;
    }
    viewings.push({
      watched: entry.watched,
      film: { key: '', title: review?.data.movie.title ?? entry.film.title, year: entry.film.year },
      rating: entry.rating,
      liked: entry.liked,
      rewatch: entry.rewatch,
      review,
      isReview: false,
    });
    facts.push(review ? reviewFacts(review) : entry.film);
  }
  const keys = filmKeys(facts);
  viewings.forEach((viewing, index) => (viewing.film.key = keys[index]!));
  // An entry of a reviewed film links to the film's newest review (reviews come newest first).
  const newestReview = new Map<string, R>();
  for (const viewing of viewings)
    if (viewing.isReview && !newestReview.has(viewing.film.key))
      newestReview.set(viewing.film.key, viewing.review!);
  for (const viewing of viewings) viewing.review ??= newestReview.get(viewing.film.key);
  const firstDay = new Map<string, string>();
  for (const viewing of viewings) {
    const seen = day(viewing.watched);
    const first = firstDay.get(viewing.film.key);
    if (seen && (!first || seen < first)) firstDay.set(viewing.film.key, seen);
  }
  for (const viewing of viewings) {
    const seen = day(viewing.watched);
    if (seen && seen > firstDay.get(viewing.film.key)!) viewing.rewatch = true;
  }
  const time = (viewing: Viewing<R>) => viewing.watched?.getTime() ?? Number.NEGATIVE_INFINITY;
  return viewings.sort((a, b) => (time(a) === time(b) ? 0 : time(b) > time(a) ? 1 : -1));
}

/** The figures every viewing counts in: films watched, viewings, rewatches. */
export function viewingCounts(viewings: Viewing[]): {
  films: number;
  viewings: number;
  rewatches: number;
} {
  return {
    films: new Set(viewings.map((viewing) => viewing.film.key)).size,
    viewings: viewings.length,
    rewatches: viewings.filter((viewing) => viewing.rewatch).length,
  };
}

/** Dated viewings per calendar year, oldest first, years without any included. */
export function viewingsPerYear(
  viewings: Pick<Viewing, 'watched'>[],
): { label: string; value: number }[] {
  const years = viewings.flatMap((viewing) =>
    viewing.watched ? [calendarDay(viewing.watched).year] : [],
  );
  if (!years.length) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => ({
    label: String(first + index),
    value: years.filter((year) => year === first + index).length,
  }));
}
