import { groupByFilm, tmdbMovieId } from './film-identity';
import { mergedMovie } from './merged-facts';

/** What `withFilms` reads from a review; a published review fits. */
export interface FilmReviewSource {
  slug: string;
  lang: string;
  data: {
    pubDate: Date;
    watched?: Date | undefined;
    rewatch: boolean;
    movie: {
      title: string;
      originalTitle?: string | undefined;
      year?: number | undefined;
      links?: { tmdb?: string | undefined } | undefined;
    };
  };
}

/** When a review's viewing happened: the watch date, else the publication date. */
const viewedAt = (review: FilmReviewSource) =>
  (review.data.watched ?? review.data.pubDate).getTime();

/**
 * Reviews of one film share their facts (`mergedMovie`) and know each other; a review is a
 * rewatch when it says so or another review of the film in its language was viewed before
 * it. Each review comes back with its merged facts and `rewatch`, beside its film, whose
 * `reviews` the caller fills (with the finished reviews, newest first).
 */
export function withFilms<R extends FilmReviewSource, F>(newestFirst: R[]) {
  const groups = groupByFilm(newestFirst, ({ data: { movie } }) => ({
    title: movie.title,
    originalTitle: movie.originalTitle,
    year: movie.year,
    tmdb: tmdbMovieId(movie.links?.tmdb),
  }));
  return [...groups].flatMap(([key, reviews]) => {
    const film: { key: string; reviews: F[] } = { key, reviews: [] };
    // A review in another language is another telling, not another viewing.
    const firstViewing = (lang: string) =>
      Math.min(...reviews.filter((other) => other.lang === lang).map(viewedAt));
    return reviews.map((review) => {
      // Facts from reviews in the same language first (names as its readers write them), newest first.
      const others = reviews
        .filter((other) => other !== review)
        .sort((a, b) => Number(a.lang !== review.lang) - Number(b.lang !== review.lang))
        .map((other) => other.data.movie);
      const movie = mergedMovie(review.data.movie, others);
      const rewatch = review.data.rewatch || viewedAt(review) > firstViewing(review.lang);
      return { review: { ...review, data: { ...review.data, movie }, rewatch }, film };
    });
  });
}
