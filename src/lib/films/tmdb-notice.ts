import { getReviews } from '../reviews/reviews';
import { tmdbMovieId } from './film-identity';

/** Whether any published review carries a TMDB id (the film's, or a person's): then the site shows TMDB's notice. */
export async function usesTmdb(): Promise<boolean> {
  const reviews = await getReviews();
  let uses = cache.get(reviews);
  if (uses === undefined) cache.set(reviews, (uses = anyTmdb(reviews)));
  return uses;
}

/** By review list: every page's footer asks, so going through every review each time made the build quadratic. */
const cache = new WeakMap<object, boolean>();

function anyTmdb(reviews: Awaited<ReturnType<typeof getReviews>>): boolean {
  return reviews.some(({ data: { movie } }) => {
    const people = [...(movie.directors ?? []), ...(movie.writers ?? []), ...(movie.cast ?? [])];
    return (
      tmdbMovieId(movie.links?.tmdb) !== undefined ||
      people.some((person) => person.tmdb !== undefined)
    );
  });
}
