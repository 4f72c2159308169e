/**
 * The year in review: a calendar year of viewings in figures. A viewing's day is its watch
 * date, or a review's publication date when the review gives none; diary entries count as
 * reviews do. Film facts (runtime, directors, genres…) come from the film's review, where
 * the blog has one: an entry of a film never reviewed counts in every figure but those.
 */
import { calendarDay } from '../format';
import { mostFrequent, ratingSteps, type Datum } from '../browse/stats';
import type { ReviewTerms } from '../taxonomies/taxonomies';
import type { Viewing, ViewingReview } from './viewings';

/** What the year in review reads from a review; a published `Review` fits. */
export interface YearReview extends ViewingReview, ReviewTerms {
  data: ViewingReview['data'] & {
    movie: ViewingReview['data']['movie'] & { runtime?: number | undefined };
  };
}

/** One film of the year, for the best-rated list and the longest and shortest film. */
export interface YearFilm<R extends YearReview = YearReview> {
  key: string;
  title: string;
  year: number | undefined;
  /** The best rating the year gave it. */
  rating: number | undefined;
  runtime: number | undefined;
  review: R | undefined;
}

export interface YearInReview<R extends YearReview = YearReview> {
  year: number;
  /** Films seen this year (a film seen twice counts once). */
  films: number;
  viewings: number;
  /** Reviews published this year. */
  reviews: number;
  /** Minutes of the viewings whose runtime is known, and how many those are. */
  minutes: number;
  timedViewings: number;
  firstViewings: number;
  rewatches: number;
  /** Rated viewings per step, 0.5 to 5 (0 when used). */
  ratings: Datum[];
  /** Viewings per month, January to December (labels 1–12; pages name them). */
  months: Datum[];
  directors: Datum[];
  actors: Datum[];
  genres: Datum[];
  countries: Datum[];
  /** The highest-rated films, best first (ties by title). */
  best: YearFilm<R>[];
  longest: YearFilm<R> | undefined;
  shortest: YearFilm<R> | undefined;
}

/** The day a viewing counts on: its watch date, else its review's publication date. */
export function viewedOn(
  viewing: Pick<Viewing, 'watched' | 'isReview' | 'review'>,
): Date | undefined {
  return viewing.watched ?? (viewing.isReview ? viewing.review?.data.pubDate : undefined);
}

/** Every year with at least one viewing, newest first. */
export function reviewYears(
  viewings: Pick<Viewing, 'watched' | 'isReview' | 'review'>[],
): number[] {
  const years = new Set(
    viewings.flatMap((viewing) => {
      const day = viewedOn(viewing);
      return day ? [calendarDay(day).year] : [];
    }),
  );
  return [...years].sort((a, b) => b - a);
}

/** The figures of `year` from every viewing and the published reviews. */
export function yearInReview<R extends YearReview>(
  year: number,
  viewings: Viewing<R>[],
  reviews: Pick<R, 'data'>[],
  locale: string,
  limit = 5,
): YearInReview<R> {
  const inYear = viewings.filter((viewing) => {
    const day = viewedOn(viewing);
    return day !== undefined && calendarDay(day).year === year;
  });
  const films = new Map<string, YearFilm<R>>();
  for (const viewing of inYear) {
    const film = films.get(viewing.film.key) ?? {
      key: viewing.film.key,
      title: viewing.film.title,
      year: viewing.film.year,
      rating: undefined,
      runtime: viewing.review?.data.movie.runtime,
      review: viewing.review,
    };
    if (viewing.rating !== undefined && (film.rating === undefined || viewing.rating > film.rating))
      film.rating = viewing.rating;
    film.review ??= viewing.review;
    film.runtime ??= viewing.review?.data.movie.runtime;
    films.set(viewing.film.key, film);
  }
  const timed = inYear.filter((viewing) => viewing.review?.data.movie.runtime !== undefined);
  const ratings = inYear.flatMap((viewing) =>
    viewing.rating === undefined ? [] : [viewing.rating],
  );
  const reviewed = [...films.values()].flatMap((film) => (film.review ? [film.review] : []));
  const collator = new Intl.Collator(locale, { numeric: true });
  const withRuntime = [...films.values()]
    .filter((film) => film.runtime !== undefined)
    .sort((a, b) => b.runtime! - a.runtime! || collator.compare(a.title, b.title));
  return {
    year,
    films: films.size,
    viewings: inYear.length,
    reviews: reviews.filter((review) => calendarDay(review.data.pubDate).year === year).length,
    minutes: timed.reduce((sum, viewing) => sum + viewing.review!.data.movie.runtime!, 0),
    timedViewings: timed.length,
    firstViewings: inYear.filter((viewing) => !viewing.rewatch).length,
    rewatches: inYear.filter((viewing) => viewing.rewatch).length,
    ratings: ratingSteps(ratings, locale),
    months: Array.from({ length: 12 }, (_, index) => ({
      label: String(index + 1),
      value: inYear.filter((viewing) => calendarDay(viewedOn(viewing)!).month === index + 1).length,
    })),
    directors: mostFrequent(
      reviewed.map((review) => review.credits.directors),
      locale,
      limit,
    ),
    actors: mostFrequent(
      reviewed.map((review) => review.credits.cast),
      locale,
      limit,
    ),
    genres: mostFrequent(
      reviewed.map((review) => review.terms.genres),
      locale,
      limit,
    ),
    countries: mostFrequent(
      reviewed.map((review) => review.terms.countries),
      locale,
      limit,
    ),
    best: [...films.values()]
      .filter((film) => film.rating !== undefined)
      .sort((a, b) => b.rating! - a.rating! || collator.compare(a.title, b.title))
      .slice(0, limit),
    longest: withRuntime[0],
    shortest: withRuntime.length > 1 ? withRuntime.at(-1) : undefined,
  };
}
